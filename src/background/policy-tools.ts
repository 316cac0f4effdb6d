// The rule editor's checks, answered in the background so the options page carries no copy of
// the analyser: a draft validated whole (shape and meaning: its patterns compile), one rule's
// examples run as `reframe policy test` runs them, a sample reply tried on the policy.
import { analyze } from '../core/index';
import { runExamples } from '../policy/examples';
import { keptQuiet } from '../policy/kept-quiet';
import { resolvePolicy } from '../policy/resolve';
import type { EffectivePolicy, Policy } from '../policy/types';
import { validatePolicy, validatePolicyText } from '../policy/validate';
import type { Message, ResponseTo } from '../shared/protocol';

/** Enough for the draft and the version before it, while a lead edits and tries it. */
const KEPT = 4;

export function createPolicyTools() {
  // Policies resolved by their JSON: a draft keeps its compiled rules while a sample is typed.
  const resolved = new Map<string, EffectivePolicy>();
  const effective = (policy: Policy): EffectivePolicy => {
    const key = JSON.stringify(policy);
    let known = resolved.get(key);
    if (known) resolved.delete(key);
    else known = resolvePolicy({ team: policy });
    resolved.set(key, known);
    if (resolved.size > KEPT) resolved.delete(resolved.keys().next().value!);
    return known;
  };
  return {
    check(message: Message<'policy.check'>): ResponseTo<'policy.check'> {
      const validation = validatePolicy(message.policy);
      if (!validation.ok || message.examplesOf === undefined) return { validation, exampleFailures: [] };
      const policy = effective(validation.policy);
      return { validation, exampleFailures: runExamples({ ...policy, rules: policy.rules.filter((rule) => rule.id === message.examplesOf) }) };
    },
    checkText(message: Message<'policy.check-text'>): ResponseTo<'policy.check-text'> {
      return validatePolicyText(message.text);
    },
    try(message: Message<'policy.try'>): ResponseTo<'policy.try'> {
      if (message.text.trim() === '') return { findings: [], quiet: [], rules: [] };
      const policy = effective(message.policy);
      const findings = analyze(message.text, policy).findings;
      const fired = new Set(findings.map((finding) => finding.ruleId));
      return { findings, quiet: keptQuiet(message.text, policy), rules: policy.rules.filter((rule) => fired.has(rule.id)) };
    },
  };
}
