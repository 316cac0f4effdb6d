// Runs each rule's own examples (`reframe policy test`): every `flag` line must fire the
// rule, no `pass` line may. Examples are analysed with the whole policy, as a reply would be.
import { analyze } from '../core';
import type { EffectivePolicy } from './types';

export interface ExampleFailure {
  ruleId: string;
  example: string;
  expected: 'flag' | 'pass';
  /** What happened instead, in words ("no finding", "flagged \"you should have read\""). */
  got: string;
}

export function runExamples(policy: EffectivePolicy): ExampleFailure[] {
  return policy.rules.flatMap((rule) => {
    const flagged = (example: string) =>
      analyze(example, policy, { lang: rule.lang }).findings.filter((finding) => finding.ruleId === rule.id);
    return [
      ...rule.examples.flag.flatMap((example) =>
        flagged(example).length > 0 ? [] : [{ ruleId: rule.id, example, expected: 'flag' as const, got: 'no finding' }],
      ),
      ...rule.examples.pass.flatMap((example) => {
        const hits = flagged(example);
        return hits.length === 0 ? [] : [{ ruleId: rule.id, example, expected: 'pass' as const, got: `flagged ${hits.map((hit) => `"${hit.text}"`).join(', ')}` }];
      }),
    ];
  });
}
