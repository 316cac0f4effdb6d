// The active team policy as the agent sees it in the options page: name, version, source,
// last fetch, what changed, the last failure; and the agent's own controls for it (a policy
// URL, the one "Import a policy file" flow, "check now"), disabled where the administrator decides.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../platform/i18n';
import type { PolicyError } from '../../policy/policy-error';
import type { Send } from '../../shared/protocol';
import type { TeamPolicyUpdate } from '../../team/team-policy-sync';
import type { TeamPolicyState } from '../../team/team-policy-state';
import { PolicyErrorList } from './policy-error-list';
import { TeamPolicySummaryView } from './team-policy-summary';

/** An example only: a URL reads the same in every UI language. */
const URL_EXAMPLE = 'https://intranet.example.com/reframe-policy.json';

interface Props {
  send: Send;
  /** Subscribes to storage changes (a refresh in the background); returns the unsubscribe. */
  subscribe?: (onChange: () => void) => () => void;
}

export function TeamPolicyStatus({ send, subscribe }: Props) {
  const [state, setState] = useState<TeamPolicyState | null>(null);
  const [url, setUrl] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [refused, setRefused] = useState<{ fileName: string; errors: readonly PolicyError[] } | null>(null);

  const show = (next: TeamPolicyState) => {
    setState(next);
    setUrl(next.url ?? '');
  };
  useEffect(() => {
    // Only the status follows the background: the URL field keeps what the agent is typing.
    const load = () => void send({ type: 'team.state' }).then(setState);
    void send({ type: 'team.state' }).then(show);
    return subscribe?.(load);
  }, [send, subscribe]);
  if (!state) return null;

  const adminDecides = state.source === 'managed' || state.urlSetBy === 'admin';
  const report = (result: TeamPolicyUpdate, done: string) => {
    show(result.state);
    setRefused(null);
    setMessage(result.ok ? { text: done, error: false } : { text: result.message, error: true });
  };
  const importFile = async (file: File) => {
    const text = await file.text();
    // Checked first so that every problem can be listed where it is; the background checks it
    // again before using it, and a refused file changes nothing.
    const validation = await send({ type: 'policy.check-text', text });
    if (!validation.ok) {
      setMessage(null);
      setRefused({ fileName: file.name, errors: validation.errors });
      return;
    }
    report(await send({ type: 'team.import', fileName: file.name, text }), t('importDone', file.name));
  };

  return (
    <section class="rf-team-status" aria-labelledby="rf-team-status-title" data-source={state.source}>
      <h2 id="rf-team-status-title">{t('teamPolicyHeading')}</h2>
      <TeamPolicySummaryView state={state} />
      <form
        class="rf-row"
        onSubmit={(event) => {
          event.preventDefault();
          void send({ type: 'team.set-url', url: url.trim() || null }).then((result) =>
            report(result, url.trim() ? t('policyUrlSaved') : t('policyUrlRemoved')),
          );
        }}
      >
        <label for="rf-policy-url">{t('policyUrlLabel')}</label>
        <input
          id="rf-policy-url"
          type="url"
          dir="ltr"
          placeholder={URL_EXAMPLE}
          value={url}
          disabled={adminDecides}
          onInput={(event) => setUrl(event.currentTarget.value)}
        />
        <button type="submit" disabled={adminDecides}>
          {t('policyUrlSave')}
        </button>
        <button type="button" disabled={!state.url} onClick={() => void send({ type: 'team.refresh' }).then(show)}>
          {t('policyUrlCheckNow')}
        </button>
      </form>
      {adminDecides && <p class="rf-note">{t('setByAdministrator')}</p>}
      <div class="rf-import">
        <div class="rf-row">
          <label class="rf-file">
            {t('importPolicyFile')}
            <input
              type="file"
              accept="application/json,.json"
              aria-describedby="rf-import-hint"
              disabled={state.source === 'managed'}
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                event.currentTarget.value = '';
                if (file) void importFile(file);
              }}
            />
          </label>
          {state.imported && (
            <button type="button" onClick={() => void send({ type: 'team.remove-import' }).then(show)}>
              {t('importRemove', state.imported.fileName)}
            </button>
          )}
        </div>
        <small id="rf-import-hint">{t('importPolicyFileHint')}</small>
        {refused && (
          <div class="rf-import-refused" role="alert">
            <p class="rf-notice-error">{t('importRefused', refused.fileName)}</p>
            <PolicyErrorList errors={refused.errors} />
          </div>
        )}
      </div>
      {message && (
        <p class={message.error ? 'rf-notice rf-notice-error' : 'rf-notice'} role="status">
          {message.text}
        </p>
      )}
    </section>
  );
}
