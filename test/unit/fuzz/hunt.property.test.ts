// Issue 13, "tests that hunt": generated policies (valid and hostile) and replies (unicode,
// right-to-left marks, emoji, long tokens, binary) hold the invariants: validation never
// throws, analysis finishes under its budget, offsets stay in range and text.slice(start,
// end) is the flagged text, and nothing in the command line's input goes unaccounted.
// A quick seeded run here; `npm run fuzz` runs the same properties long, with a new seed
// (FUZZ_RUNS, FUZZ_SEED to repeat one).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../../src/cli/cli-error';
import { checkCommand } from '../../../src/cli/commands/check';
import { readReplies } from '../../../src/cli/inputs/read-replies';
import type { Io } from '../../../src/cli/io';
import { analyze } from '../../../src/core';
import { resolvePolicy } from '../../../src/policy/resolve';
import type { EffectivePolicy, Policy, PolicyRule } from '../../../src/policy/types';
import { validatePolicy, validatePolicyText } from '../../../src/policy/validate';
import { anyJson, cannedRepliesCsv, jsonLines, macrosExport, policy, reply, runsOf, SEED, TIMEOUT_MS } from './arbitraries';
import { expectOffsetsHold } from '../core/report-offsets';

const PLAIN = { bold: String, dim: String, red: String, yellow: String, cyan: String, green: String };
const BUDGET = { perRuleMs: 100, totalMs: 400 };
/** What a busy shared machine may add to an analysis beyond the rules' budget. */
const SLACK_MS = 3_000;

/**
 * The patterns and rules of a generated policy that are valid on their own, put together so
 * the whole is valid: the hostile patterns the validator lets through are the ones worth
 * analysing with.
 */
function salvaged(generated: unknown): Policy | null {
  if (typeof generated !== 'object' || generated === null) return null;
  const { rules = [], ...rest } = generated as Policy;
  const validAlone = (each: PolicyRule) => validatePolicy({ name: 'x', version: '1', rules: [each] }).ok;
  const kept = new Map<string, PolicyRule>();
  for (const each of rules) {
    if (typeof each !== 'object' || each === null || kept.has(each.id)) continue;
    const patterns = Array.isArray(each.patterns) ? each.patterns.filter((one) => validAlone({ ...each, patterns: [one], exceptions: [] })) : undefined;
    const exceptions = Array.isArray(each.exceptions) ? each.exceptions.filter((one) => validAlone({ ...each, patterns: ['fine'], exceptions: [one] })) : undefined;
    const candidate = { ...each, ...(patterns?.length ? { patterns } : {}), ...(exceptions ? { exceptions } : {}) };
    if (validAlone(candidate)) kept.set(each.id, candidate);
  }
  const candidate: Policy = { name: rest.name || 'Fuzz', version: rest.version || '1', extends: rest.extends ?? 'reframe:default', rules: [...kept.values()] };
  const result = validatePolicy(candidate);
  return result.ok ? result.policy : null;
}

function fakeIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    out: (text) => void out.push(text),
    err: (text) => void err.push(text),
    read: async (path) => {
      if (!(path in files)) throw new CliError(`cannot read ${path}`);
      return files[path]!;
    },
    stdinIsTerminal: false,
    style: PLAIN,
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}


/** `reframe check` on the file answers each item read, names each one skipped, and exits 2 exactly when one was skipped. */
async function expectEveryItemAnswered(name: string, text: string, input: ReturnType<typeof readReplies>): Promise<void> {
  const run = fakeIo({ [name]: text });
  const code = await checkCommand(['--format', 'json', name], run.io);
  expect((JSON.parse(run.out()) as unknown[]).length).toBe(input.items.length);
  expect(run.err().match(/it was not checked\./g)?.length ?? 0).toBe(input.skipped.length);
  expect(code === 2).toBe(input.skipped.length > 0);
}

describe(`hunting with fast-check (seed ${SEED})`, () => {
  it(
    'validation never throws, on any JSON or any text',
    () => {
      fc.assert(
        fc.property(anyJson, fc.string({ maxLength: 300 }), (json, text) => {
          const result = validatePolicy(json);
          if (!result.ok) for (const error of result.errors) expect(typeof error.message).toBe('string');
          validatePolicyText(text);
          validatePolicyText(JSON.stringify(json) ?? 'null');
        }),
        runsOf(150),
      );
    },
    TIMEOUT_MS,
  );

  it(
    'a policy that passes validation analyses any reply within its budget, with offsets that hold',
    () => {
      let analysed = 0;
      let teamRules = 0;
      fc.assert(
        fc.property(policy, reply, (generated, text) => {
          const team = salvaged(generated);
          if (!team) return;
          const effective: EffectivePolicy = resolvePolicy({ team });
          const bare: EffectivePolicy = { name: 'none', version: '0', locked: [], rules: [] };
          const baselineStarted = performance.now();
          analyze(text, bare);
          const baseline = performance.now() - baselineStarted;
          const started = performance.now();
          const report = analyze(text, effective, { budget: BUDGET });
          const took = performance.now() - started;
          expect(took, `${took.toFixed(0)} ms for ${text.length} characters`).toBeLessThan(baseline * 2 + BUDGET.totalMs + BUDGET.perRuleMs + SLACK_MS);
          expectOffsetsHold(text, report);
          for (const stopped of report.stoppedRules ?? []) expect(report.findings.some((finding) => finding.ruleId === stopped.ruleId)).toBe(false);
          analysed++;
          teamRules += team.rules?.length ?? 0;
        }),
        runsOf(25),
      );
      expect(analysed).toBeGreaterThan(0);
      // Most runs analyse with team rules of their own, not only the built-in ones.
      expect(teamRules).toBeGreaterThan(analysed);
    },
    TIMEOUT_MS,
  );

  it(
    'the default policy keeps its offsets on any reply, with or without a customer message',
    () => {
      const effective = resolvePolicy({});
      fc.assert(
        fc.property(reply, fc.option(reply, { nil: undefined }), (text, customer) => {
          const report = analyze(text, effective, customer === undefined ? {} : { customer });
          expectOffsetsHold(text, report);
          for (const demand of report.customer?.demands ?? []) expect(customer!.slice(demand.start, demand.end)).toBe(demand.text);
        }),
        runsOf(30),
      );
    },
    TIMEOUT_MS,
  );

  it(
    'every CSV row is checked or reported, and a reported row makes the exit code 2',
    async () => {
      await fc.assert(
        fc.asyncProperty(cannedRepliesCsv, async ({ text, rows }) => {
          const input = readReplies('replies.csv', text);
          expect(input.rows).toBe(rows);
          expect(input.items.length + input.skipped.length).toBe(rows);
          await expectEveryItemAnswered('replies.csv', text, input);
        }),
        runsOf(40),
      );
    },
    TIMEOUT_MS,
  );

  it(
    'every macro is checked, reported, or counted as writing no reply',
    async () => {
      await fc.assert(
        fc.asyncProperty(macrosExport, fc.constantFrom('macros.json', '-', 'export.txt'), async ({ text, rows }, name) => {
          const input = readReplies(name, text);
          expect(input.rows).toBe(rows);
          expect(input.items.length + input.skipped.length + input.notReplies).toBe(rows);
          await expectEveryItemAnswered(name, text, input);
        }),
        runsOf(40),
      );
    },
    TIMEOUT_MS,
  );

  it(
    'every JSON Lines line is answered in its place, checked or with its error',
    async () => {
      await fc.assert(
        fc.asyncProperty(jsonLines, async ({ text, lines }) => {
          const run = fakeIo({ 'rows.jsonl': text });
          const code = await checkCommand(['--jsonl', 'rows.jsonl'], run.io);
          const answers = run.out() === '' ? [] : run.out().trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
          expect(answers).toHaveLength(lines);
          const errors = answers.filter((answer) => 'error' in answer);
          expect(run.err().match(/^reframe: rows\.jsonl:\d+: /gm)?.length ?? 0).toBe(lines === 0 ? 1 : errors.length);
          expect(code === 2).toBe(errors.length > 0 || lines === 0);
        }),
        runsOf(40),
      );
    },
    TIMEOUT_MS,
  );
});
