// The team lead's rule editor: write a phrase policy (starting from a copy of the built-in
// one, an empty one or a JSON file opened into it), see validation errors next to each field,
// try it live, export it as JSON or use it in this browser. The draft is saved as it is typed, so
// closing the page loses nothing.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../../platform/i18n';
import { DEFAULT_POLICY } from '../../policy/default-policy';
import type { ExampleFailure } from '../../policy/examples';
import { parseJson } from '../../policy/parse-json';
import type { Policy, PolicyRule } from '../../policy/types';
import type { PolicyValidation } from '../../policy/validate';
import type { Send } from '../../shared/protocol';
import type { StorageArea } from '../../team/storage-area';
import { errorsByField } from './field-errors';
import { FieldErrors } from './field-errors-view';
import { LiveTester } from './live-tester';
import { RuleForm } from './rule-form';
import { RuleList } from './rule-list';

export const DRAFT_KEY = 'teamPolicyDraft';

interface Props {
  storage: StorageArea;
  send: Send;
  download: (fileName: string, mimeType: string, text: string) => void;
}

export function PolicyEditor({ storage, send, download }: Props) {
  const [draft, setDraft] = useState<Policy | null>(null);
  const [selected, setSelected] = useState(0);
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  const [lastValid, setLastValid] = useState<Policy | null>(null);

  useEffect(() => {
    void storage.get(DRAFT_KEY).then((stored) => {
      const saved = stored[DRAFT_KEY];
      setDraft(saved && typeof saved === 'object' ? (saved as Policy) : emptyPolicy());
    });
  }, [storage]);

  const edit = (next: Policy) => {
    setDraft(next);
    void storage.set({ [DRAFT_KEY]: next });
  };

  // The background checks the draft (its patterns compile there) and, once it is valid, runs the
  // selected rule's own examples as `reframe policy test` does. The newest draft's answer wins.
  const [checked, setChecked] = useState<{ validation: PolicyValidation; exampleFailures: ExampleFailure[] } | null>(null);
  const examplesOf = draft?.rules?.[selected]?.id;
  useEffect(() => {
    if (!draft) return;
    let current = true;
    void send({ type: 'policy.check', policy: draft, ...(typeof examplesOf === 'string' ? { examplesOf } : {}) }).then((answer) => current && setChecked(answer));
    return () => {
      current = false;
    };
  }, [draft, examplesOf, send]);
  const validation = checked?.validation ?? null;
  useEffect(() => {
    if (validation?.ok) setLastValid(validation.policy);
  }, [validation]);
  const errors = useMemo(() => (validation && !validation.ok ? errorsByField(validation.errors) : new Map<string, string[]>()), [validation]);
  const exampleFailures = validation?.ok ? (checked?.exampleFailures ?? []) : [];

  if (!draft) return null;
  const rules = draft.rules ?? [];
  const rule = rules[selected];
  const locks = new Set(draft.lock ?? []);

  const setRule = (index: number, next: PolicyRule) => {
    const previousId = rules[index]?.id;
    const lock = previousId && locks.has(previousId) ? (draft.lock ?? []).map((id) => (id === previousId ? next.id : id)) : draft.lock;
    edit({ ...draft, rules: rules.map((existing, at) => (at === index ? next : existing)), ...(lock ? { lock } : {}) });
  };
  const setLocked = (id: string, locked: boolean) => {
    const lock = (draft.lock ?? []).filter((lockedId) => lockedId !== id);
    edit({ ...draft, lock: locked ? [...lock, id] : lock });
  };
  const start = (policy: Policy, text: string) => {
    edit(policy);
    setSelected(0);
    setNotice({ text, error: false });
  };

  /** Opens a file into the editor (not into use: that is "Use in this browser"). */
  const openFile = async (file: File) => {
    const parsed = parseJson((await file.text()).replace(/^\uFEFF/, ''));
    if (!parsed.ok) {
      setNotice({ text: t('editorNotJson', file.name, parsed.message), error: true });
      return;
    }
    const json = parsed.value;
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      setNotice({ text: t('editorNotPolicy', file.name), error: true });
      return;
    }
    // Opened even when invalid: the errors then show next to the fields to fix.
    start(json as Policy, t('editorOpened', file.name));
  };

  const useHere = async () => {
    const result = await send({ type: 'team.import', fileName: t('editorWrittenHere', draft.name), text: JSON.stringify(draft) });
    setNotice(result.ok ? { text: t('editorInUse', draft.name, draft.version), error: false } : { text: result.message, error: true });
  };

  return (
    <section class="rf-editor" aria-labelledby="rf-editor-title">
      <h2 id="rf-editor-title">{t('editorHeading')}</h2>
      <div class="rf-toolbar">
        <button type="button" onClick={() => start(copyOfDefaults(), t('editorStartedFromDefault'))}>
          {t('editorStartFromDefault')}
        </button>
        <button type="button" onClick={() => start(emptyPolicy(), t('editorStartedEmpty'))}>
          {t('editorStartEmpty')}
        </button>
        <label class="rf-file">
          {t('editorOpenFile')}
          <input type="file" accept="application/json,.json" aria-describedby="rf-open-hint" onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void openFile(file);
          }} />
        </label>
        <button type="button" onClick={() => download(`${slug(draft.name)}-${slug(draft.version)}.json`, 'application/json', JSON.stringify(draft, null, 2) + '\n')}>
          {t('editorExport')}
        </button>
        <button type="button" disabled={!validation?.ok} onClick={() => void useHere()}>
          {t('editorUseHere')}
        </button>
      </div>
      <small id="rf-open-hint">{t('editorOpenFileHint')}</small>
      {notice && (
        <p class={notice.error ? 'rf-notice rf-notice-error' : 'rf-notice'} role="status">
          {notice.text}
        </p>
      )}
      <p class="rf-validity" data-valid={validation?.ok ? 'true' : 'false'}>
        {validation?.ok ? t('editorValid') : t('editorProblems', String(validation?.ok === false ? validation.errors.length : 0))}
      </p>
      <div class="rf-row">
        <div class="rf-field" data-field="name">
          <label for="rf-policy-name">{t('policyNameLabel')}</label>
          <input id="rf-policy-name" dir="auto" value={draft.name} onInput={(event) => edit({ ...draft, name: event.currentTarget.value })} />
          <FieldErrors errors={errors.get('name')} />
        </div>
        <div class="rf-field" data-field="version">
          <label for="rf-policy-version">{t('policyVersionLabel')}</label>
          <input id="rf-policy-version" value={draft.version} onInput={(event) => edit({ ...draft, version: event.currentTarget.value })} />
          <FieldErrors errors={errors.get('version')} />
        </div>
        <label class="rf-extends">
          <input
            type="checkbox"
            checked={draft.extends !== null}
            onChange={(event) => edit({ ...draft, extends: event.currentTarget.checked ? 'reframe:default' : null })}
          />{' '}
          {t('policyExtends')}
        </label>
      </div>
      {['extends', 'rules', 'disable', 'severity', 'lock', ''].map((key) => (
        <FieldErrors key={key} errors={errors.get(key)} />
      ))}
      <div class="rf-rules">
        <div class="rf-rules-nav">
          <RuleList rules={rules} selected={selected} locks={locks} errors={errors} onSelect={setSelected} />
          <div class="rf-toolbar">
            <button type="button" onClick={() => {
              edit({ ...draft, rules: [...rules, newRule(rules)] });
              setSelected(rules.length);
            }}>
              {t('editorAddRule')}
            </button>
            <button type="button" disabled={!rule} onClick={() => {
              edit({ ...draft, rules: rules.filter((_, at) => at !== selected), lock: (draft.lock ?? []).filter((id) => id !== rule?.id) });
              setSelected(Math.max(0, selected - 1));
            }}>
              {t('editorRemoveRule')}
            </button>
          </div>
        </div>
        {rule && (
          <RuleForm
            key={selected}
            rule={rule}
            index={selected}
            locked={locks.has(rule.id)}
            errors={errors}
            exampleFailures={exampleFailures}
            onChange={(next) => setRule(selected, next)}
            onLockedChange={(locked) => setLocked(rule.id, locked)}
          />
        )}
      </div>
      <LiveTester policy={lastValid} stale={!validation?.ok && lastValid !== null} send={send} />
    </section>
  );
}

function emptyPolicy(): Policy {
  return { name: t('editorNewPolicyName'), version: '1', extends: 'reframe:default', rules: [], lock: [] };
}

/** The built-in rules as editable team rules (same ids, so each replaces its default). */
function copyOfDefaults(): Policy {
  return { name: t('editorNewPolicyName'), version: '1', extends: 'reframe:default', rules: structuredClone(DEFAULT_POLICY.rules ?? []), lock: [] };
}

function newRule(rules: readonly PolicyRule[]): PolicyRule {
  let n = rules.length + 1;
  while (rules.some((rule) => rule.id === `team-rule-${n}`)) n++;
  return {
    id: `team-rule-${n}`,
    category: 'over-promise',
    severity: 'warning',
    lang: 'en',
    patterns: [],
    message: '',
    why: '',
    suggestions: [],
    examples: { flag: [], pass: [] },
  };
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'policy';
}
