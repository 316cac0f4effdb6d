// The sites the agent chose: turned on (beyond the built-in helpdesks) or off; add and forget.
import { useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import { normalizeHost, type Preferences } from '../settings/preferences';
import type { SiteSetting } from '../shared/protocol';

export function SitesSection({ sites, onChange }: { sites: Preferences['sites']; onChange: (host: string, setting: SiteSetting) => void }) {
  const [input, setInput] = useState('');
  const [error, setError] = useState('');
  const hosts = Object.keys(sites).sort();
  const add = (event: Event) => {
    event.preventDefault();
    const host = normalizeHost(input);
    if (host === null) {
      setError(t('siteInvalid', input));
      return;
    }
    setError('');
    setInput('');
    onChange(host, 'on');
  };
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('sitesHeading')}</h2>
      <p>{t('sitesBuiltIn')}</p>
      {hosts.length === 0 ? (
        <p class="empty">{t('sitesNone')}</p>
      ) : (
        <ul class="sites">
          {hosts.map((host) => (
            <li key={host}>
              <span class="site-host">{host}</span> <span class="site-setting">{t(sites[host] === 'on' ? 'siteOn' : 'siteOff')}</span>{' '}
              <button type="button" onClick={() => onChange(host, 'default')}>
                {t('siteRemove', host)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} class="add-site">
        <label for="site-input">{t('siteAddLabel')}</label>
        <input
          id="site-input"
          type="text"
          value={input}
          onInput={(event) => setInput(event.currentTarget.value)}
          aria-invalid={error !== ''}
          aria-describedby={error ? 'site-error' : undefined}
        />
        <button type="submit">{t('siteAdd')}</button>
        {error && (
          <p id="site-error" class="error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
