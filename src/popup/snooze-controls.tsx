// Pause coaching everywhere for an hour or until tomorrow, and resume early.
import { t, uiLocale } from '../platform/i18n';
import type { SnoozeChoice } from '../settings/snooze';

export function SnoozeControls({ until, onSnooze }: { until: number | null; onSnooze: (choice: SnoozeChoice | null) => void }) {
  return (
    <section class="snooze" aria-labelledby="snooze-heading">
      <h2 id="snooze-heading">{t('snoozeHeading')}</h2>
      {until === null ? (
        <>
          <button type="button" onClick={() => onSnooze('hour')}>
            {t('snoozeHour')}
          </button>
          <button type="button" onClick={() => onSnooze('tomorrow')}>
            {t('snoozeTomorrow')}
          </button>
        </>
      ) : (
        <>
          <p>{t('snoozedUntil', formatTime(until))}</p>
          <button type="button" onClick={() => onSnooze(null)}>
            {t('snoozeResume')}
          </button>
        </>
      )}
    </section>
  );
}

function formatTime(epochMs: number): string {
  return new Date(epochMs).toLocaleString(uiLocale(), { weekday: 'short', hour: '2-digit', minute: '2-digit' });
}
