// The reply-structure meter: Reflect, Empathize, Answer, Offer — which are there, which are
// missing, and whether they come in that order (with the analyser's notes when not).
import type { Structure } from '../core/types';
import { t, type MessageKey } from '../platform/i18n';

const STEPS: { step: keyof Structure['steps']; label: MessageKey }[] = [
  { step: 'reflect', label: 'stepReflect' },
  { step: 'empathize', label: 'stepEmpathize' },
  { step: 'answer', label: 'stepAnswer' },
  { step: 'offer', label: 'stepOffer' },
];

export function StructureMeter({ structure }: { structure: Structure }) {
  return (
    <section aria-labelledby="structure-heading">
      <h2 id="structure-heading">{t('structureHeading')}</h2>
      <ol class="steps">
        {STEPS.map(({ step, label }) => {
          const present = structure.steps[step];
          return (
            <li key={step} class={present ? 'step present' : 'step missing'} data-step={step}>
              <span class="step-name">{t(label)}</span>
              <span class="step-state">{t(present ? 'stepPresent' : 'stepMissing')}</span>
            </li>
          );
        })}
      </ol>
      {!structure.orderOk ? (
        <div class="order wrong">
          <p>{t('orderWrong')}</p>
          <ul>
            {structure.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      ) : (
        // With fewer than two steps there is no order to praise.
        presentCount(structure) >= 2 && <p class="order ok">{t('orderOk')}</p>
      )}
    </section>
  );
}

const presentCount = (structure: Structure) => Object.values(structure.steps).filter(Boolean).length;
