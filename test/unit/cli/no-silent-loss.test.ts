// Issue 13, "nothing dropped without a word": a linter that drops rows passes CI on what it
// never read. Every input row is checked or reported with its line and why, counted in the
// summary, and makes the exit code 2; input is read by its content where the name does not
// say; a closed pipe ends quietly; terminal control characters are shown escaped; input has
// a size cap.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCli, writeTemp } from './run-cli';

beforeAll(() => buildCli(), 120_000);

const ANGRY = 'You should have read the manual.';
const CALM = 'Thank you for your patience. Your refund was sent today.';
const ESC = '\u001b';

function macro(id: number, value: unknown, field = 'comment_value') {
  return { id, title: `Macro ${id}`, actions: [{ field, value }] };
}

describe('canned replies (CSV)', () => {
  // 5 rows in: two have no reply (no text cell, an empty one); one spans two lines.
  const csv = ['id,title,text', `1,First,"${ANGRY}"`, '2,No cell', `3,Third,"${CALM}\nSecond line."`, '4,Empty,""', `5,Fifth,${CALM}`, ''].join('\n');

  it('reports each row it could not check with its line and why, counts it, and exits 2', () => {
    const run = runCli(['check', writeTemp('five.csv', csv)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/five\.csv:3: row 3 \("No cell"\) has no text cell; it was not checked\./);
    expect(run.stderr).toMatch(/five\.csv:6: row 5 \("Empty"\) has an empty text cell; it was not checked\./);
    expect(run.stdout).toMatch(/in 1 of 3 replies; 2 rows of 5 were not checked \(see above\)\./);
  });

  it('still exits 2 with the JSON formats, and says so on standard error', () => {
    const run = runCli(['check', '--format', 'json', writeTemp('five.csv', csv)]);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toHaveLength(3);
    expect(run.stderr).toContain('2 rows of 5 were not checked');
  });

  it('reports an unclosed quote at the line it opens on, with CR line ends too', () => {
    const run = runCli(['check', writeTemp('cr.csv', 'title,body\rx,"a\rb"\ry,"never closed\r')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('line 4: a quoted field is never closed');
  });
});

describe('Zendesk macros', () => {
  // 8 macros in: 4 with a reply, 4 whose comment is not text.
  const macros = {
    macros: [
      macro(1, ANGRY),
      macro(2, 42),
      macro(3, ['channel:all', CALM]),
      macro(4, { text: CALM }),
      macro(5, ['channel:all', 7]),
      macro(6, `<p>${CALM}</p>`, 'comment_value_html'),
      macro(7, null, 'comment_value_html'),
      macro(8, CALM),
    ],
  };

  it('reports each macro whose comment is not text, with its line, and exits 2', () => {
    const path = writeTemp('eight.json', JSON.stringify(macros, null, 2));
    const run = runCli(['check', path]);
    expect(run.code).toBe(2);
    for (const [id, why] of [
      [2, 'comment_value is a number, not text'],
      [4, 'comment_value is an object, not text'],
      [5, 'comment_value is a list whose last item is a number, not text'],
      [7, 'comment_value_html is null, not text'],
    ] as const) {
      expect(run.stderr).toMatch(new RegExp(`eight\\.json:\\d+: macros\\[${id - 1}\\] \\("Macro ${id}"\\) .*${why.replace(/[[\]]/g, '\\$&')}; it was not checked\\.`));
    }
    expect(run.stdout).toMatch(/of 4 replies; 4 macros of 8 were not checked/);
  });

  it('gives the line each unchecked macro starts on', () => {
    const text = JSON.stringify(macros, null, 2);
    const run = runCli(['check', writeTemp('eight.json', text)]);
    const line = text.slice(0, text.indexOf('"id": 2')).split('\n').length - 1;
    expect(run.stderr).toContain(`eight.json:${line}: macros[1] ("Macro 2")`);
  });

  it('counts macros that only set fields as no reply, without failing', () => {
    const run = runCli(['check', 'test/fixtures/macros/dirty-macros.json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/in 3 of 3 replies; 1 macro writes no reply\./);
  });

  it('reads a JSON list of macros on standard input as a macros export', () => {
    const run = runCli(['check', '--format', 'json'], { input: JSON.stringify([macro(1, ANGRY), macro(2, CALM)]) });
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as { title: string }[]).map((reply) => reply.title)).toEqual(['Macro 1', 'Macro 2']);
  });

  it.each([
    ['on standard input', '-'],
    ['saved without .json', 'macros.txt'],
  ])('refuses a malformed macros export %s instead of checking it as text', (_case, name) => {
    const broken = '{"macros": [{"id": 1, "actions": [{"field": "comment_value", "value": "Hi"}]},]}';
    const run = name === '-' ? runCli(['check'], { input: broken }) : runCli(['check', writeTemp(name, broken)]);
    expect(run.code).toBe(2);
    expect(run.stdout).not.toContain('No findings');
    expect(run.stderr).toMatch(/is not valid JSON: line 1, column \d+/);
  });

  it('refuses JSON that is not a macros export, pointing to --jsonl', () => {
    const run = runCli(['check'], { input: '{"id": 1, "text": "You should have read the manual."}\n{"id": 2, "text": "Hi"}\n' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--jsonl');
  });

  it('still reads a reply that starts with a bracket as text', () => {
    const run = runCli(['check'], { input: '[Customer name], thank you for your patience.' });
    expect(run.stdout).toMatch(/in 1 of 1 reply|No findings in 1 reply/);
  });
});

describe('JSON Lines', () => {
  it('answers a duplicate id as an error in its place, names both lines and exits 2', () => {
    const input = [{ id: 'r1', text: CALM }, { id: 'r2', text: CALM }, { id: 'r1', text: ANGRY }].map((row) => JSON.stringify(row)).join('\n');
    const run = runCli(['check', '--jsonl', '-'], { input });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('<stdin>:3: the id "r1" is already used on line 1');
    const out = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(out).toHaveLength(3);
    expect(out[2]).toMatchObject({ line: 3, id: 'r1', error: expect.stringContaining('already used') });
    expect(run.stderr).toContain('1 line of 3 was not checked');
  });

  it('splits lines that end with a lone carriage return', () => {
    const input = [{ id: 1, text: CALM }, { id: 2, text: ANGRY }].map((row) => JSON.stringify(row)).join('\r');
    const run = runCli(['check', '--jsonl', '-'], { input });
    expect(run.stderr).toBe('');
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(2);
  });
});

describe('the ends of the input and the output', () => {
  it('says an empty input has no reply to check, and exits 2', () => {
    for (const input of ['', '  \n\n']) {
      const run = runCli(['check'], { input });
      expect(run.code).toBe(2);
      expect(run.stdout).not.toContain('No findings in 1 reply');
      expect(run.stderr).toContain('<stdin>:1: it is empty; there is no reply to check.');
    }
  });

  it('says an empty JSON Lines input has no lines to check, and exits 2', () => {
    const run = runCli(['check', '--jsonl', '-'], { input: '\n\n' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('<stdin>:1: it is empty; there are no lines to check.');
  });

  it('ends quietly when the reader closes the pipe (| head)', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: `${ANGRY} Ticket ${i % 10}.` })).join('\n');
    const input = writeTemp('many.jsonl', rows);
    const errors = writeTemp('head-errors.txt', '');
    const shell = spawnSync('sh', ['-c', `node bin/reframe.js check --jsonl '${input}' 2>'${errors}' | head -n 1 >/dev/null; cat '${errors}'`], { encoding: 'utf8' });
    expect(shell.stdout).toBe('');
  });

  it('refuses input over the size cap with a clear message', () => {
    const run = runCli(['check', '/dev/zero']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot read /dev/zero: it is larger than 10 MB');
    expect(run.stderr).not.toContain('Invalid string length');
    const zero = spawnSync('sh', ['-c', 'node bin/reframe.js check < /dev/zero'], { encoding: 'utf8', timeout: 60_000 });
    expect(zero.status).toBe(2);
    expect(zero.stderr).toContain('standard input is larger than 10 MB');
    const big = writeTemp('big.txt', '');
    writeFileSync(big, 'word '.repeat(2_000_001));
    const piped = spawnSync('sh', ['-c', `node bin/reframe.js check < '${big}'`], { encoding: 'utf8' });
    expect(piped.status).toBe(2);
    expect(piped.stderr).toContain('standard input is larger than 10 MB');
  });
});

describe('terminal control characters', () => {
  const title = `Refund ${ESC}]0;pwned\u0007 ${ESC}[2J done \u009b31m`;
  const csv = `title,text\n"${title}","${ANGRY} ${ESC}[5m"\n"${title} 2",""\n`;

  it('are shown escaped in the text report and on standard error', () => {
    const run = runCli(['check', writeTemp('escapes.csv', csv)]);
    expect(run.stdout).not.toContain(ESC);
    expect(run.stderr).not.toContain(ESC);
    expect(run.stdout).not.toContain('\u009b');
    expect(run.stdout).toContain('Refund \\x1b]0;pwned\\x07 \\x1b[2J done \\u009b31m');
    expect(run.stderr).toContain('\\x1b]0;pwned\\x07');
  });

  it('are escaped in JSON output too, C1 controls included', () => {
    const run = runCli(['check', '--format', 'json', writeTemp('escapes.csv', csv)]);
    expect(run.stdout).not.toContain(ESC);
    expect(run.stdout).not.toContain('\u009b');
    expect((JSON.parse(run.stdout) as { title: string }[])[0]!.title).toBe(title);
  });

  it('are escaped in policy messages', () => {
    const policy = { name: `Team ${ESC}[2J`, version: '1', rules: [] };
    const run = runCli(['policy', 'validate', writeTemp('escape-policy.json', JSON.stringify(policy))]);
    expect(run.stdout).not.toContain(ESC);
    expect(run.stdout).toContain('Team \\x1b[2J');
  });
});

describe('a rule stopped for time', () => {
  it('is named in the text summary and the JSON, and the run exits 2', () => {
    const policy = {
      name: 'Slow',
      version: '1',
      extends: null,
      rules: [
        {
          id: 'slow-runs',
          category: 'minimizing',
          severity: 'warning',
          lang: 'en',
          // Each is within the caps; together, on sentences of 300 words with none of them, they run long.
          patterns: ['a .* #Noun', 'a .* #Value', 'a .* #Date', 'a .* #Money', 'a .* #Email'],
          message: 'm',
          why: 'w',
          suggestions: ['s'],
          examples: { flag: ['a b c dog'], pass: ['b'] },
        },
      ],
    };
    const reply = Array.from({ length: 200 }, (_, i) => `${'a '.repeat(295)}very ${i} slow.`).join('\n');
    const path = writeTemp('slow-policy.json', JSON.stringify(policy));
    const run = runCli(['check', '--policy', path, writeTemp('slow.txt', reply)]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('The rule "slow-runs" was stopped: it took too long on this input, so its findings are missing; the other rules still ran.');
  });
});
