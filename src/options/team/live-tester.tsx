// Type a sample reply, see which rules of the policy being written fire and where: the
// sample with each finding marked, and a line per finding with its rule, category and span.
import { useMemo, useState } from 'preact/hooks';
import { analyze } from '../../core/index';
import type { Finding } from '../../core/types';
import { resolvePolicy } from '../../policy/resolve';
import type { Policy } from '../../policy/types';

interface Props {
  /** The last valid version of the policy being written (null: none yet). */
  policy: Policy | null;
  /** True when the editor holds errors, so the tester runs an older version. */
  stale: boolean;
}

export function LiveTester({ policy, stale }: Props) {
  const [sample, setSample] = useState('');
  const findings = useMemo(() => {
    if (!policy || sample.trim() === '') return [];
    return analyze(sample, resolvePolicy({ team: policy })).findings;
  }, [policy, sample]);

  return (
    <section class="rf-tester" aria-labelledby="rf-tester-title">
      <h3 id="rf-tester-title">Try it</h3>
      <label for="rf-tester-sample">Type a sample reply</label>
      <textarea id="rf-tester-sample" rows={4} value={sample} onInput={(event) => setSample(event.currentTarget.value)} />
      {stale && <p class="rf-note">Testing the last valid version of this policy: fix the errors marked above to test your latest edits.</p>}
      {sample.trim() !== '' && (
        <>
          <p class="rf-tester-marked" data-testid="tester-marked">
            {marked(sample, findings)}
          </p>
          <p class="rf-tester-count" role="status">
            {findings.length === 0 ? 'No rule fires on this reply.' : `${findings.length} ${findings.length === 1 ? 'finding' : 'findings'}:`}
          </p>
          <ol class="rf-tester-findings">
            {findings.map((finding) => (
              <li key={`${finding.ruleId}-${finding.start}`} data-rule-id={finding.ruleId} data-start={finding.start} data-end={finding.end}>
                <code>{finding.ruleId}</code> ({finding.category}, {finding.severity}) at {finding.start}–{finding.end}: “{finding.text}”
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
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
