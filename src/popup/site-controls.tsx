// The site switch ("Coach on this site", one click, no further prompt) and the snooze.
import { t } from '../platform/i18n';
import type { SnoozeChoice } from '../settings/snooze';

export interface SiteControlsProps {
  host: string;
  on: boolean;
  onToggle: () => void;
  snoozedUntil: number | null;
  onSnooze: (choice: SnoozeChoice | null) => void;
}

export function SiteControls({ host, on, onToggle, snoozedUntil, onSnooze }: SiteControlsProps) {
  return (
    <section class="site" aria-label={t('siteHost', host)}>
      <label class="switch">
        <input type="checkbox" role="switch" checked={on} onChange={onToggle} />
        <span>{t('siteToggle')}</span>
      </label>
      <p class="host">{t('siteHost', host)}</p>
      <div class="snooze" role="group" aria-labelledby="snooze-heading">
        <h2 id="snooze-heading">{t('snoozeHeading')}</h2>
        {snoozedUntil === null ? (
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
            <p>{t('snoozedUntil', formatTime(snoozedUntil))}</p>
            <button type="button" onClick={() => onSnooze(null)}>
              {t('snoozeResume')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}

function formatTime(epochMs: number): string {
  return new Date(epochMs).toLocaleString(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit' });
}
