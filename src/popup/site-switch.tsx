// "Coach on this site": one click turns coaching on or off for the site, with no further prompt.
import { t } from '../platform/i18n';

export function SiteSwitch({ host, on, onToggle }: { host: string; on: boolean; onToggle: () => void }) {
  return (
    <section class="site">
      <label class="switch">
        <input type="checkbox" role="switch" checked={on} onChange={onToggle} aria-describedby="site-host" />
        <span>{t('siteToggle')}</span>
      </label>
      <p class="host" id="site-host">
        {t('siteHost', host)}
      </p>
    </section>
  );
}
