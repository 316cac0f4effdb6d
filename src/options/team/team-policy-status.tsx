// The active team policy as the agent sees it in the options page: name, version, source,
// last fetch, what changed, the last failure; and the agent's own controls for it (a policy
// URL, a file to import, "check now"), disabled where the administrator decides.
import { useEffect, useState } from 'preact/hooks';
import type { Send } from '../../shared/protocol';
import type { TeamPolicyState } from '../../team/team-policy-state';
import { TeamPolicySummaryView } from './team-policy-summary';

interface Props {
  send: Send;
  /** Subscribes to storage changes (a refresh in the background); returns the unsubscribe. */
  subscribe?: (onChange: () => void) => () => void;
}

export function TeamPolicyStatus({ send, subscribe }: Props) {
  const [state, setState] = useState<TeamPolicyState | null>(null);
  const [url, setUrl] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

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
  const report = (result: { ok: true; state: TeamPolicyState } | { ok: false; message: string; state: TeamPolicyState }, done: string) => {
    show(result.state);
    setMessage(result.ok ? { text: done, error: false } : { text: result.message, error: true });
  };

  return (
    <section class="rf-team-status" aria-labelledby="rf-team-status-title" data-source={state.source}>
      <h2 id="rf-team-status-title">Team policy</h2>
      <TeamPolicySummaryView state={state} />
      <form
        class="rf-row"
        onSubmit={(event) => {
          event.preventDefault();
          void send({ type: 'team.set-url', url: url.trim() || null }).then((result) =>
            report(result, url.trim() ? 'Policy URL saved and fetched.' : 'Policy URL removed.'),
          );
        }}
      >
        <label for="rf-policy-url">Policy URL</label>
        <input
          id="rf-policy-url"
          type="url"
          placeholder="https://intranet.example.com/reframe-policy.json"
          value={url}
          disabled={adminDecides}
          onInput={(event) => setUrl(event.currentTarget.value)}
        />
        <button type="submit" disabled={adminDecides}>
          Save
        </button>
        <button type="button" disabled={!state.url} onClick={() => void send({ type: 'team.refresh' }).then(show)}>
          Check now
        </button>
      </form>
      {adminDecides && <p class="rf-note">Set by your administrator.</p>}
      <div class="rf-row">
        <label class="rf-file">
          Import a policy file…
          <input
            type="file"
            accept="application/json,.json"
            disabled={state.source === 'managed'}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) void file.text().then((text) => send({ type: 'team.import', fileName: file.name, text })).then((result) => report(result, `Imported ${file.name}.`));
            }}
          />
        </label>
        {state.imported && (
          <button type="button" onClick={() => void send({ type: 'team.remove-import' }).then(show)}>
            Remove {state.imported.fileName}
          </button>
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
