// Type a sample reply, see which rules of the policy being written fire and where: the
// sample with each finding marked, a line per finding with its rule, category and span, and
// the rules that matched words but were kept quiet by a condition, with which one. The
// background analyses the sample (the options page carries no analyser of its own).
import { useEffect, useState } from 'preact/hooks';
import type { Finding } from '../../core/types';
import { t } from '../../platform/i18n';
import type { QuietReason, QuietRule } from '../../policy/kept-quiet';
import type { Policy, PolicyRule } from '../../policy/types';
import type { Send } from '../../shared/protocol';
import { categoryLabel, severityLabel } from '../../popup/labels';
import { movesInWords } from './rule-conditions';
import { RuleId, RuleTitle } from './rule-title';

interface Props {
  /** The last valid version of the policy being written (null: none yet). */
  policy: Policy | null;
  /** True when the editor holds errors, so the tester runs an older version. */
  stale: boolean;
  /** To the background, which analyses the sample with the policy. */
  send: Send;
}

interface Tried {
  /** The sample these results are for (the marks are drawn on it until the next answer). */
  sample: string;
  findings: Finding[];
  quiet: QuietRule[];
  /** The rules that found something (the team's or the built-in ones it extends). */
  rules: PolicyRule[];
}

const NOTHING: Tried = { sample: '', findings: [], quiet: [], rules: [] };

export function LiveTester({ policy, stale, send }: Props) {
  const [sample, setSample] = useState('');
  const [tried, setTried] = useState<Tried>(NOTHING);
  useEffect(() => {
    if (!policy || sample.trim() === '') {
      setTried(NOTHING);
      return;
    }
    // The newest sample wins: an answer for one typed over since is dropped.
    let current = true;
    void send({ type: 'policy.try', policy, text: sample })
      .then(({ findings, quiet, rules }) => current && setTried({ sample, findings, quiet, rules }))
      .catch(() => current && setTried(NOTHING));
    return () => {
      current = false;
    };
  }, [policy, sample, send]);
  const { findings, quiet } = tried;
  const ruleOf = (id: string) => tried.rules.find((rule) => rule.id === id);

  return (
    <section class="rf-tester" aria-labelledby="rf-tester-title">
      <h3 id="rf-tester-title">{t('testerHeading')}</h3>
      <label for="rf-tester-sample">{t('testerSampleLabel')}</label>
      {/* The sample's own direction (a Hebrew reply reads right to left in an English UI too). */}
      <textarea id="rf-tester-sample" dir="auto" rows={4} value={sample} onInput={(event) => setSample(event.currentTarget.value)} />
      {stale && <p class="rf-note">{t('testerStale')}</p>}
      {sample.trim() !== '' && (
        <>
          <p class="rf-tester-marked" data-testid="tester-marked" dir="auto">
            {tried.sample ? marked(tried.sample, findings) : sample}
          </p>
          <p class="rf-tester-count" role="status">
            {findings.length === 0 ? t('testerNoFindings') : t('testerFindingCount', String(findings.length))}
          </p>
          <ol class="rf-tester-findings">
            {findings.map((finding) => {
              const rule = ruleOf(finding.ruleId);
              return (
                <li key={`${finding.ruleId}-${finding.start}`} data-rule-id={finding.ruleId} data-start={finding.start} data-end={finding.end}>
                  {rule && <RuleTitle rule={rule} fallback={finding.ruleId} />} <RuleId id={finding.ruleId} />{' '}
                  {t('testerFindingWhere', t(categoryLabel(finding.category)), t(severityLabel(finding.severity)), String(finding.start), String(finding.end))}{' '}
                  <q dir="auto">{finding.text}</q>
                </li>
              );
            })}
          </ol>
          {quiet.length > 0 && (
            <>
              <h4 id="rf-tester-quiet-title">{t('testerQuietHeading')}</h4>
              <ul class="rf-tester-quiet" aria-labelledby="rf-tester-quiet-title">
                {quiet.map(({ rule, words, reason }) => (
                  <li key={`${rule.id}-${reason.kind}`} data-rule-id={rule.id} data-reason={reason.kind}>
                    <RuleTitle rule={rule} fallback={rule.id} /> <RuleId id={rule.id} /> {t('testerQuietLine', words.map((word) => `"${word}"`).join(', '))}{' '}
                    {reasonInWords(reason)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

function reasonInWords(reason: QuietReason): string {
  if (reason.kind === 'exception') return t('testerQuietException');
  if (reason.kind === 'unless-moves') return t('testerQuietMoves', movesInWords(reason.moves));
  return t('testerQuietCount', String(reason.found), String(reason.needed));
}

/** The sample with findings wrapped in <mark>; a finding overlapping an earlier one is listed but not marked again. */
function marked(text: string, findings: readonly Finding[]) {
  const parts = [];
  let at = 0;
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    if (finding.start < at || finding.end === finding.start) continue;
    parts.push(text.slice(at, finding.start));
    parts.push(
      <mark key={`${finding.ruleId}-${finding.start}`} data-rule-id={finding.ruleId} title={finding.message}>
        {text.slice(finding.start, finding.end)}
      </mark>,
    );
    at = finding.end;
  }
  parts.push(text.slice(at));
  return parts;
}
