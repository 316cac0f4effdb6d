// What the customer's last message tells the agent: the mood and what to do about it, a
// reflection drafted from the customer's own words (and a shorter one for a long message)
// that the agent can insert at the start of the reply, the boundary for an abusive customer,
// and what the customer asks for with the interest question to ask.
import type { CustomerReading } from '../core/types';
import { t } from '../platform/i18n';
import { moodAdvice, moodLabel } from './labels';
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
          <p class="advice">{t(moodAdvice(reading.mood))}</p>
          {reading.sarcasm && <p class="sarcasm">{t('customerSarcasm')}</p>}
          {reading.boundary !== null && (
            <Draft heading={t('boundaryHeading')} id="boundary-heading" className="boundary" lang={reading.lang} text={reading.boundary} button={t('insertBoundary')} onInsert={onInsert} />
          )}
          {reading.reflection !== null && (
            <Draft
              heading={t('reflectionHeading')}
              id="reflection-heading"
              className="reflection"
              lang={reading.lang}
              text={reading.reflectionLine ?? reading.reflection}
              button={t('insertReflection')}
              onInsert={onInsert}
            />
          )}
          {reading.reflectionShort !== null && (
            <Draft
              heading={t('reflectionShortHeading')}
              id="reflection-short-heading"
              className="reflection short"
              lang={reading.lang}
              text={reading.reflectionShortLine ?? reading.reflectionShort}
              button={t('insertShortReflection')}
              onInsert={onInsert}
            />
          )}
          {reading.demands.length > 0 && (
            <div class="demands">
              <h3>{t('demandsHeading')}</h3>
              <ul>
                {reading.demands.map((demand) => (
                  <li key={`${demand.start}`}>
                    <q {...replyDirection(reading.lang)}>{demand.text}</q>{' '}
                    {demand.question !== null ? (
                      <span class="ask">
                        {t('demandAsk')} <bdi {...replyDirection(reading.lang)}>{demand.question}</bdi>
                      </span>
                    ) : (
                      <span class="no-ask">{t(demand.reasonGiven ? 'demandReasonGiven' : 'demandNoQuestion')}</span>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}

/** A text the agent can insert: shown exactly as the button inserts it, in the reply's direction. */
function Draft(props: { heading: string; id: string; className: string; lang: CustomerReading['lang']; text: string; button: string; onInsert: (text: string) => void }) {
  return (
    <div class={props.className}>
      <h3 id={props.id}>{props.heading}</h3>
      <blockquote aria-labelledby={props.id} {...replyDirection(props.lang)}>
        {props.text}
      </blockquote>
      <button type="button" onClick={() => props.onInsert(props.text)}>
        {props.button}
      </button>
    </div>
  );
}
