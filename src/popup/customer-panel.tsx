// What the customer's last message tells the agent: the mood, and a reflection drafted from
// the customer's own words that the agent can insert at the start of the reply.
import type { CustomerReading } from '../core/types';
import { t } from '../platform/i18n';
import { moodLabel } from './labels';
import { replyDirection } from './text-direction';

export function CustomerPanel({ reading, onInsert }: { reading: CustomerReading | null; onInsert: (text: string) => void }) {
  return (
    <section aria-labelledby="customer-heading">
      <h2 id="customer-heading">{t('customerHeading')}</h2>
      {reading === null ? (
        <p>{t('customerUnknown')}</p>
      ) : (
        <>
          <p class={`mood ${reading.mood}`}>{t('customerMood', t(moodLabel(reading.mood)))}</p>
          {reading.reflection !== null && (
            <div class="reflection">
              <h3 id="reflection-heading">{t('reflectionHeading')}</h3>
              <blockquote aria-labelledby="reflection-heading" {...replyDirection(reading.lang)}>
                {reading.reflectionLine ?? reading.reflection}
              </blockquote>
              <button type="button" onClick={() => onInsert(reading.reflectionLine ?? reading.reflection ?? '')}>
                {t('insertReflection')}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
