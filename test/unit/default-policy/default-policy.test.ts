import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/core';
import { DEFAULT_EFFECTIVE_POLICY, DEFAULT_POLICY } from '../../../src/policy/default-policy';
import { runExamples } from '../../../src/policy/examples';
import type { EffectivePolicy } from '../../../src/policy/types';

const rules = DEFAULT_POLICY.rules ?? [];
const WHY_THESE_RULES = readFileSync('docs/why-these-rules.md', 'utf8');
const failures = runExamples(DEFAULT_EFFECTIVE_POLICY);

describe('the default policy', () => {
  it('is named reframe:default and starts from nothing', () => {
    expect(DEFAULT_POLICY).toMatchObject({ name: 'reframe:default', extends: null });
    expect(DEFAULT_POLICY.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('covers all eight categories in English', () => {
    const covered = new Set(rules.filter((rule) => rule.lang === 'en').map((rule) => rule.category));
    expect([...CATEGORIES].filter((category) => !covered.has(category))).toEqual([]);
  });

  it('has unique rule ids', () => {
    const ids = rules.map((rule) => rule.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it.each(rules.map((rule) => [rule.id, rule]))('%s explains itself in plain words, is tied to its principle in docs/, and offers 1–3 fixes', (_, rule) => {
    expect(rule.message.length).toBeGreaterThan(10);
    // Agents read the message and why: no source references, no internal ids.
    for (const words of [rule.message, rule.why]) expect(words).not.toMatch(/\bseeds?\b|\b00[0-4]\b|מאמר|stop-list|Zendesk's benchmark|[a-z]+-[a-z]+-[a-z]+/);
    expect(WHY_THESE_RULES).toContain(`| \`${rule.id}\` |`);
    expect(rule.suggestions.length).toBeGreaterThanOrEqual(1);
    expect(rule.suggestions.length).toBeLessThanOrEqual(3);
    expect(rule.examples.flag.length).toBeGreaterThanOrEqual(1);
    expect(rule.examples.pass.length).toBeGreaterThanOrEqual(1);
  });

  it.each(rules.map((rule) => [rule.id]))('%s: every flag example fires it, no pass example does', (id) => {
    expect(failures.filter((failure) => failure.ruleId === id)).toEqual([]);
  });
});

describe('runExamples', () => {
  const [template] = rules;

  it('reports a flag example that does not fire, and a pass example that does', () => {
    const policy: EffectivePolicy = {
      name: 'broken',
      version: '1',
      locked: [],
      rules: [{ ...template!, id: 'broken', patterns: ['manual'], exceptions: [], examples: { flag: ['Read the guide.'], pass: ['Read the manual.'] } }],
    };
    expect(runExamples(policy)).toEqual([
      { ruleId: 'broken', example: 'Read the guide.', expected: 'flag', got: 'no finding' },
      { ruleId: 'broken', example: 'Read the manual.', expected: 'pass', got: 'flagged "manual"' },
    ]);
  });
});
