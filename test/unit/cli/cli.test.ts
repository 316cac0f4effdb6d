// The `reframe` command as people and CI use it: formats, exit codes, inputs, messages.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../../package.json';
import { BROKEN_POLICIES } from '../policy/broken-policies';
import { buildCli, runCli, runCliOnTerminal, writeTemp } from './run-cli';

const ANGRY_REPLY = 'I understand your problem. You should have read the manual.';
const CALM_REPLY = 'Thank you for your patience. Your refund was sent today; it reaches your card within five working days.';
const ESCAPE = '\u001b[';

interface JsonFinding {
  ruleId: string;
  category: string;
  severity: string;
  start: number;
  end: number;
  text: string;
  message: string;
  suggestions: { text: string }[];
}

beforeAll(() => buildCli(), 120_000);

describe('reframe check (text)', () => {
  it('prints each finding as file:line:col, category and message, with suggestions under it, and exits 1', () => {
    const run = runCli(['check'], { input: `${ANGRY_REPLY}\n` });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^<stdin>:1:1 {2}hollow-acknowledgement {2}\S/m);
    expect(run.stdout).toMatch(/^<stdin>:1:28 {2}blame {2}\S/m);
    expect(run.stdout.match(/^ {4}→ /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(run.stdout).toMatch(/2 findings \(.*\) in 1 of 1 reply\./);
  });

  it('reports a template placeholder left in the reply as an error, never "No findings"', () => {
    const run = runCli(['check'], { input: "Thanks for waiting. I'll update you by [time] either way." });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^<stdin>:1:\d+ {2}unfilled-placeholder {2}Fill in "\[time\]"/m);
    expect(run.stdout).toMatch(/1 error/);
  });

  it('exits 0 and says so when nothing is found', () => {
    const run = runCli(['check'], { input: CALM_REPLY });
    expect(run).toMatchObject({ code: 0, stdout: 'No findings in 1 reply.\n' });
  });

  it('reads files, numbering lines and columns within each', () => {
    const run = runCli(['check', 'test/fixtures/macros/clean-canned-replies.csv', '-'], { input: `Hello.\n\n${ANGRY_REPLY}` });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^<stdin>:3:1 {2}hollow-acknowledgement/m);
  });

  it('colours only on a terminal, and not when NO_COLOR is set', () => {
    expect(runCli(['check'], { input: ANGRY_REPLY }).stdout).not.toContain(ESCAPE);
    expect(runCliOnTerminal(['check'], ANGRY_REPLY).stdout).toContain(ESCAPE);
    expect(runCliOnTerminal(['check'], ANGRY_REPLY, { NO_COLOR: '1' }).stdout).not.toContain(ESCAPE);
  });
});

describe('reframe check --format json|jsonl', () => {
  it('gives every finding with offsets that slice to the flagged text', () => {
    const run = runCli(['check', '--format', 'json'], { input: ANGRY_REPLY });
    expect(run.code).toBe(1);
    const [result] = JSON.parse(run.stdout) as { file: string; lang: string; findings: JsonFinding[]; moves: string[] }[];
    expect(result).toMatchObject({ file: '<stdin>', lang: 'en' });
    expect(result!.findings.map((f) => f.category)).toEqual(['hollow-acknowledgement', 'blame']);
    for (const finding of result!.findings) {
      expect(ANGRY_REPLY.slice(finding.start, finding.end)).toBe(finding.text);
      expect(finding.suggestions.length).toBeGreaterThanOrEqual(1);
      expect(finding.message).not.toBe('');
    }
  });

  it('writes one line per reply in jsonl', () => {
    const run = runCli(['check', '--format', 'jsonl', 'test/fixtures/macros/dirty-macros.json']);
    const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { title: string; findings: unknown[] });
    expect(lines.map((line) => line.title)).toEqual(['Refunds::Denied', 'Account::Password reset', 'Shipping::Late delivery']);
    for (const line of lines) expect(line.findings.length).toBeGreaterThan(0);
  });

  it('text output with --customer shows the mood, the reflection line and the reply structure', () => {
    const customer = writeTemp('customer-text.txt', 'I was charged twice and nobody answered my emails!');
    const run = runCli(['check', '--customer', customer], { input: ANGRY_REPLY });
    expect(run.stdout).toMatch(/^ {4}mood: (frustrated|angry)$/m);
    expect(run.stdout).toMatch(/^ {4}reflection: If I understand correctly, you were charged twice/m);
    expect(run.stdout).toMatch(/^ {4}structure: Reflect (yes|no) · Empathize (yes|no) · Answer (yes|no) · Offer (yes|no)$/m);
  });

  it('reads the customer message from --customer: mood and a reflection in their words', () => {
    const customer = writeTemp('customer.txt', 'I was charged twice and nobody answered my emails!');
    const run = runCli(['check', '--format', 'json', '--customer', customer], { input: ANGRY_REPLY });
    const [result] = JSON.parse(run.stdout) as { customer: { mood: string; reflection: string } }[];
    expect(result!.customer.mood).not.toBe('calm');
    expect(result!.customer.reflection).toContain('you were charged twice');
  });
});

describe('reframe check --jsonl', () => {
  const rows = [
    { id: 'r1', text: ANGRY_REPLY },
    { id: 2, text: CALM_REPLY, customer: 'My refund never came.' },
    { id: 'r3', text: 'It is not our fault, it is company policy.', lang: 'en' },
  ];
  const input = rows.map((row) => JSON.stringify(row)).join('\n');

  it('answers every line, in order, with id, lang, findings and moves', () => {
    const run = runCli(['check', '--jsonl', '-'], { input });
    expect(run.code).toBe(1);
    const out = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(out.map((line) => line.id)).toEqual(['r1', 2, 'r3']);
    // A line with a customer message also carries the customer reading (issue 12).
    expect(out.map((line) => Object.keys(line))).toEqual([
      ['id', 'lang', 'findings', 'moves'],
      ['id', 'lang', 'findings', 'moves', 'customer'],
      ['id', 'lang', 'findings', 'moves'],
    ]);
    const first = out[0]!.findings as JsonFinding[];
    expect(first.map((f) => f.category)).toEqual(['hollow-acknowledgement', 'blame']);
    for (const key of ['category', 'ruleId', 'start', 'end', 'message', 'suggestions']) expect(first[0]).toHaveProperty(key);
    expect(Array.isArray(out[1]!.moves)).toBe(true);
  });

  it("carries the customer reading on a line with a customer: mood, sarcasm, reflection, demands", () => {
    const customer = 'Great service as always, third outage this week. I work from home, so I need it fixed by Friday or I am switching provider.';
    const run = runCli(['check', '--jsonl', '-'], { input: JSON.stringify({ id: 'c1', text: CALM_REPLY, customer }) });
    const line = JSON.parse(run.stdout) as { customer: { mood: string; sarcasm: boolean; reflection: string; reflectionLine: string; demands: { text: string; reasonGiven: boolean; question: string | null; start: number; end: number }[] } };
    expect(line.customer.mood).toBe('angry');
    expect(line.customer.sarcasm).toBe(true);
    expect(line.customer.reflection).toContain('third outage this week');
    expect(line.customer.reflection).not.toMatch(/great service/i);
    expect(line.customer.reflectionLine).toMatch(/^If I understand correctly, .+\. Is that right\?$/);
    const [demand] = line.customer.demands;
    expect(customer.slice(demand!.start, demand!.end)).toBe(demand!.text);
    expect(demand).toMatchObject({ text: 'I need it fixed by Friday', reasonGiven: true, question: null });
  });

  it('answers a malformed line in its place, names its line number, checks the rest and exits 2', () => {
    const broken = `${JSON.stringify(rows[0])}\n{"id": "bad", "text": 42}\nnot json\n\n${JSON.stringify(rows[2])}\n`;
    const run = runCli(['check', '--jsonl', '-'], { input: broken });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('reframe: <stdin>:2: "text" is missing or not a string');
    expect(run.stderr).toContain('reframe: <stdin>:3: not valid JSON');
    const out = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(out.map((line) => line.id ?? `line ${String(line.line)}`)).toEqual(['r1', 'bad', 'line 3', 'r3']);
    expect(out[1]).toMatchObject({ line: 2, error: expect.stringContaining('"text"') });
  });

  it('refuses to mix --jsonl with files or another --format', () => {
    expect(runCli(['check', '--jsonl', '-', 'x.txt'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--jsonl reads one file') });
    expect(runCli(['check', '--jsonl', '-', '--format', 'text'])).toMatchObject({ code: 2, stderr: expect.stringContaining('drop --format') });
  });
});

describe('reframe check over macros and canned replies', () => {
  it.each([
    ['dirty-macros.json', 1, ['Refunds::Denied', 'Account::Password reset', 'Shipping::Late delivery']],
    ['dirty-canned-replies.csv', 1, ['Refund, denied', 'Manual', 'Update "soon"']],
    ['clean-macros.json', 0, []],
    ['clean-canned-replies.csv', 0, []],
  ])('%s exits %i and reports findings per macro or row by title', (file, code, titles) => {
    const run = runCli(['check', `test/fixtures/macros/${file}`]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(code);
    for (const title of titles) expect(run.stdout).toContain(`test/fixtures/macros/${file} › ${title}:`);
  });

  it('names the reply column it needs when a CSV has none, and exits 2', () => {
    const run = runCli(['check', writeTemp('notes.csv', 'title,notes\nRefund,call back\n')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no reply column; the first row must be a header naming one column text, reply, body, content');
  });
});

describe('reframe check with a team policy', () => {
  it('drops the findings of a rule the policy disables', () => {
    const [finding] = (JSON.parse(runCli(['check', '--format', 'json'], { input: ANGRY_REPLY }).stdout) as { findings: JsonFinding[] }[])[0]!.findings;
    const policy = JSON.stringify({ name: 'Quiet', version: '1', disable: [finding!.ruleId] });
    const withPolicy = (path: string) => runCli(['check', '--format', 'json', '--policy', path], { input: ANGRY_REPLY });
    const findings = (JSON.parse(withPolicy(writeTemp('quiet.json', policy)).stdout) as { findings: JsonFinding[] }[])[0]!.findings;
    expect(findings.map((f) => f.ruleId)).not.toContain(finding!.ruleId);
    expect(findings).toHaveLength(1);
  });

  it('refuses an invalid policy whole, naming the rule and the field, and exits 2', () => {
    const run = runCli(['check', '--policy', 'test/fixtures/policies/unknown-category.json'], { input: ANGRY_REPLY });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('none of it was used');
    expect(run.stderr).toContain('rule "no-sorry": field "category": "apologies" is not a category');
  });
});

describe('reframe policy validate|test', () => {
  it('accepts a valid policy', () => {
    const run = runCli(['policy', 'validate', 'test/fixtures/policies/acme-team.json']);
    expect(run).toMatchObject({ code: 0, stdout: expect.stringContaining('valid. "Acme support" version 2026-11-01, 1 rule of its own') });
  });

  it.each(BROKEN_POLICIES)('exits 2 on $file, naming the rule and field of each problem', ({ file, errors }) => {
    const run = runCli(['policy', 'validate', `test/fixtures/policies/${file}`]);
    expect(run.code).toBe(2);
    for (const error of errors) {
      const inRule = /^rules\[\d+\]\.(.+)$/.exec(error.field);
      const where = inRule ? `rule "${error.ruleId}": field "${inRule[1]}": ` : error.field ? `field "${error.field}": ` : 'policy: ';
      expect(run.stderr).toContain(`test/fixtures/policies/${file}: ${where}${error.says}`);
    }
    expect(run.stderr).toMatch(/fix (it|them) and run `reframe policy validate/);
  });

  it('runs the examples of the policy and reports them', () => {
    const run = runCli(['policy', 'test', 'test/fixtures/policies/acme-team.json']);
    expect(run).toMatchObject({ code: 0, stdout: expect.stringContaining('2 of 2 examples behave in 1 rule.') });
  });

  it('refuses to test an invalid policy, exiting 2', () => {
    const run = runCli(['policy', 'test', 'test/fixtures/policies/duplicate-ids.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('rule "no-courier-date-promise": field "id": the id "no-courier-date-promise" is already used');
  });

  it('reports an example that does not behave and exits 1', () => {
    const policy = JSON.parse(readFileSync('test/fixtures/policies/acme-team.json', 'utf8')) as { rules: { examples: { flag: string[]; pass: string[] } }[] };
    policy.rules[0]!.examples.pass.push('It will arrive tomorrow, guaranteed delivery.');
    const run = runCli(['policy', 'test', writeTemp('failing.json', JSON.stringify(policy))]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('It will arrive tomorrow, guaranteed delivery.');
    expect(run.stdout).toContain('2 of 3 examples behave in 1 rule; 1 fail.');
  });
});

describe('usage', () => {
  it('prints the version', () => {
    expect(runCli(['--version'])).toMatchObject({ code: 0, stdout: `${packageJson.version}\n` });
  });

  it.each([[['--help']], [['check', '--help']], [['policy', '--help']], [['policy', 'validate', '--help']], [['policy', 'test', '-h']]])(
    'prints help for %j',
    (args) => {
      const run = runCli(args);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Usage: reframe/);
    },
  );

  it('shows the help on standard error and exits 2 without a command', () => {
    for (const args of [[], ['policy']]) {
      const run = runCli(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^Usage: reframe/);
    }
  });

  it.each([
    [['chek'], '"chek" is not a reframe command. Did you mean "check"?'],
    [['check', '--fromat', 'json'], 'See `reframe check --help`.'],
    [['check', '--format', 'xml'], '--format xml is not known; use one of: text, json, jsonl.'],
    [['check', '--lang', 'fr'], '--lang fr is not known; use one of: en, he, auto.'],
    [['check', 'no/such/file.txt'], 'cannot read no/such/file.txt: there is no such file; check the path.'],
    [['policy', 'validate'], 'reframe policy validate takes one FILE (got 0).'],
    [['policy', 'vaildate', 'x.json'], 'Did you mean "validate"?'],
  ])('exits 2 on %j with what to do', (args, message) => {
    const run = runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
