// Every suggestion of every default English rule, taken on each of the rule's flag examples,
// must leave a reply the agent could send: clean spacing and punctuation, a capital where a
// sentence starts, and the problem gone (an added sentence that only completes the reply
// must at least bring no new problem of its own).
import { describe, expect, it } from 'vitest';
import { analyze, type Finding, type Suggestion } from '../../../src/core';
import type { PolicyRule } from '../../../src/policy/types';
import { DEFAULT_EFFECTIVE_POLICY } from '../../../src/policy/default-policy';
import { applySuggestion, filledIn } from '../core/apply-suggestion';

const check = (text: string) => analyze(text, DEFAULT_EFFECTIVE_POLICY, { lang: 'en' });
const englishRules = DEFAULT_EFFECTIVE_POLICY.rules.filter((rule) => rule.lang === 'en');

/** Judged on the whole reply (no offer anywhere, too many apologies): an added sentence can settle it. */
const judgedOnTheReply = (rule: PolicyRule) => Boolean(rule.unlessMoves?.length || (rule.minCount ?? 1) > 1);

/** What is wrong with the reply as written; "..." is a blank left for the agent to fill. */
function writingProblems(reply: string): string[] {
  const text = reply.replaceAll('...', '…');
  const problems: string[] = [];
  if (/ {2}/.test(text)) problems.push('a double space');
  if (/\s[,.;:!?]/.test(text)) problems.push('a space before punctuation');
  if (/(^|[.!?]\s+)\p{Ll}/u.test(text)) problems.push('a sentence starting in lower case');
  if (/^\s*[,;:]|[,;:]\s*([.!?]|$)|,\s*,/.test(text)) problems.push('a dangling comma');
  return problems;
}

function problemsAfter(rule: PolicyRule, example: string, finding: Finding, suggestion: Suggestion): string[] {
  const applied = filledIn(applySuggestion(example, suggestion));
  const problems = writingProblems(applied);
  const after = check(applied).findings;
  if (suggestion.kind === 'replace' || judgedOnTheReply(rule)) {
    if (after.some((found) => found.ruleId === rule.id)) problems.push(`${rule.id} still fires`);
  } else {
    const end = suggestion.start + filledIn(suggestion.text).length;
    const raised = after.filter((found) => found.start < end && found.end > suggestion.start);
    problems.push(...raised.map((found) => `the added text raises ${found.ruleId} on "${found.text}"`));
  }
  return problems.map((problem) => `"${suggestion.label}" on "${finding.text}" → "${applied}": ${problem}`);
}

describe('default English suggestions, applied', () => {
  it.each(englishRules.map((rule) => [rule.id, rule] as const))('%s: each suggestion leaves a clean reply', (_, rule) => {
    const problems = rule.examples.flag.flatMap((example) =>
      check(example)
        .findings.filter((finding) => finding.ruleId === rule.id)
        .flatMap((finding) => finding.suggestions.flatMap((suggestion) => problemsAfter(rule, example, finding, suggestion))),
    );
    expect(problems).toEqual([]);
  });

  it('finds the problems it is meant to find', () => {
    expect(writingProblems('The box is  the wrong size.')).toEqual(['a double space']);
    expect(writingProblems('Sorry again , and thanks.')).toEqual(['a space before punctuation']);
    expect(writingProblems('Thanks. again, and thanks.')).toEqual(['a sentence starting in lower case']);
    expect(writingProblems('The lid is cracked,.')).toEqual(['a dangling comma']);
    expect(writingProblems('What I can do for you is ...')).toEqual([]);
  });
});
