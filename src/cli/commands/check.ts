// `reframe check`: replies in, findings out; the exit code tells CI whether to fail.
import { analyze } from '../../core/index';
import type { StoppedRule } from '../../core/types';
import type { EffectivePolicy } from '../../policy/types';
import { CliError } from '../cli-error';
import { parseJsonlLine, LANG_CHOICES, type LangChoice } from '../inputs/jsonl-rows';
import { readReplies, STDIN_NAME } from '../inputs/read-replies';
import { skippedLine, type InputReplies } from '../inputs/reply-item';
import type { Io } from '../io';
import { effectivePolicy } from '../load-policy';
import { failsCheck, type CheckedReply } from '../output/checked-reply';
import { jsonlReport, jsonReport } from '../output/json-report';
import { printableJson } from '../output/printable';
import { accountFor, notCheckedSentence, stoppedRulesOf, stoppedSentence, textReport } from '../output/text-report';
import { defineCommand, oneOf } from '../define-command';

export const CHECK_HELP = `Usage: reframe check [options] [FILE...]
       reframe check --jsonl FILE [options]

Checks support replies for what makes a difficult customer angrier, and suggests
what to write instead. With no FILE (or FILE "-"), reads one reply from standard input.

Each FILE is read by its extension, else by its content:
  *.json   a Zendesk macros export, as GET /api/v2/macros returns it; the reply of
           each macro is its comment_value (or comment_value_html, as text)
  *.csv    canned replies: a header row naming a column text, reply, body or
           content, and optionally title, name or id; findings are shown per row
  other    JSON (a macros export, or an error saying what is wrong), a CSV of canned
           replies, or else one reply as plain text
A row or macro that cannot be checked (an empty reply, a comment that is not text) is
named on standard error with its line and why, counted in the summary, and makes the
exit code 2. Each input may be at most 10 MB.

Options:
  --format text|json|jsonl  text for people (default), json: one array of results,
                            jsonl: one result per line
  --policy FILE             a team phrase policy (JSON) on top of the built-in rules
  --lang en|he|auto         the language of the replies (default: auto, per reply)
  --customer FILE           the customer's message the replies answer: adds a
                            reflection drafted from it, the mood and demands
  --jsonl FILE              read JSON Lines ("-" for standard input): one object per
                            line, {"id", "text", "customer"?, "lang"?}; writes one line
                            per input line, in the same order: {"id", "lang",
                            "findings", "moves"}, and "customer" (mood, sarcasm,
                            reflection, demands) when the line has a customer
                            message. A malformed line, or one whose id an earlier
                            line has, is answered with {"line", "id"?, "error"} and
                            reported on standard error; the other lines are still
                            checked, and the exit code is 2.
  -h, --help                this help

Exit codes:
  0  nothing at warning or above
  1  findings at warning or above
  2  bad usage or invalid input (the message says what to do), a row that could not
     be checked, or a policy rule stopped for taking too long

Examples:
  echo "You should have read the manual." | reframe check
  reframe check --policy team-policy.json macros.json canned-replies.csv
  reframe check --jsonl replies.jsonl > findings.jsonl
`;

const FORMATS = ['text', 'json', 'jsonl'] as const;

export const checkCommand = defineCommand({
  name: 'reframe check',
  help: CHECK_HELP,
  options: {
    format: { type: 'string' },
    policy: { type: 'string' },
    lang: { type: 'string' },
    customer: { type: 'string' },
    jsonl: { type: 'string' },
  },
  run: async ({ values, positionals }, io) => {
    const format = oneOf(values.format, FORMATS, '--format');
    const lang = oneOf(values.lang, LANG_CHOICES, '--lang') ?? 'auto';
    const policy = await effectivePolicy(values.policy, io);
    const customer = values.customer === undefined ? undefined : await io.read(values.customer);

    if (values.jsonl !== undefined) {
      if (positionals.length > 0) throw new CliError(`--jsonl reads one file; drop ${positionals.join(' ')} or check them in a separate run.`);
      if (format !== undefined && format !== 'jsonl') throw new CliError('--jsonl always writes JSON Lines; drop --format.');
      return checkJsonl(values.jsonl, { policy, lang, customer }, io);
    }

    const paths = positionals.length > 0 ? positionals : ['-'];
    if (positionals.length === 0 && io.stdinIsTerminal) io.err('reframe: reading a reply from standard input; end it with Ctrl-D (see reframe check --help).\n');
    const checked: CheckedReply[] = [];
    const inputs: InputReplies[] = [];
    for (const path of paths) {
      const input = readReplies(path, await io.read(path));
      inputs.push(input);
      for (const item of input.items) checked.push({ item, report: analyze(item.text, policy, { customer, lang }) });
    }
    // Every row that was not checked is named on standard error, with its line and why.
    for (const row of inputs.flatMap((input) => input.skipped)) io.err(`reframe: ${skippedLine(row)}\n`);
    const accounts = accountFor(inputs);
    const stopped = stoppedRulesOf(checked.map(({ report }) => report));
    if (format === 'json') io.out(jsonReport(checked));
    else if (format === 'jsonl') io.out(jsonlReport(checked));
    else io.out(textReport(checked, io.style, { ...accounts, stopped }));
    if (format !== undefined && format !== 'text') {
      if (accounts.skipped > 0) io.err(`reframe: ${notCheckedSentence(accounts)}\n`);
      for (const rule of stopped) io.err(`reframe: ${stoppedSentence(rule)}\n`);
    }
    if (accounts.skipped > 0 || stopped.length > 0) return 2;
    return checked.some(({ report }) => failsCheck(report)) ? 1 : 0;
  },
});

interface CheckSettings {
  policy: EffectivePolicy;
  lang: LangChoice;
  customer: string | undefined;
}

/** One output line per input line, in order, each written as soon as it is checked. */
async function checkJsonl(path: string, settings: CheckSettings, io: Io): Promise<number> {
  const name = path === '-' ? STDIN_NAME : path;
  // A line ends at CRLF, LF or a lone CR.
  const lines = (await io.read(path)).replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let notChecked = 0;
  let rows = 0;
  let failing = false;
  const stopped = new Map<string, StoppedRule>();
  /** The line each id was first used on: an id used twice would make two answers nobody can tell apart. */
  const firstLine = new Map<string, number>();
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    rows++;
    const parsed = parseJsonlLine(line);
    const key = parsed.ok ? JSON.stringify(parsed.row.id) : undefined;
    const usedOn = key === undefined ? undefined : firstLine.get(key);
    const problem = !parsed.ok
      ? { id: parsed.id, message: parsed.message }
      : usedOn !== undefined
        ? { id: parsed.row.id, message: `the id ${JSON.stringify(parsed.row.id)} is already used on line ${usedOn}; give each line its own id.` }
        : null;
    if (problem) {
      notChecked++;
      io.err(`reframe: ${name}:${index + 1}: ${problem.message}\n`);
      io.out(`${printableJson(JSON.stringify({ line: index + 1, ...(problem.id !== undefined ? { id: problem.id } : {}), error: problem.message }))}\n`);
      return;
    }
    if (!parsed.ok) return;
    firstLine.set(key!, index + 1);
    const { id, text, customer, lang } = parsed.row;
    const report = analyze(text, settings.policy, { customer: customer ?? settings.customer, lang: lang ?? settings.lang });
    failing ||= failsCheck(report);
    for (const rule of report.stoppedRules ?? []) stopped.set(rule.ruleId, rule);
    const reading = report.customer ? { customer: report.customer } : {};
    const result = { id, lang: report.lang, findings: report.findings, moves: report.structure.present, ...reading, ...(report.stoppedRules ? { stoppedRules: report.stoppedRules } : {}) };
    io.out(`${printableJson(JSON.stringify(result))}\n`);
  });
  for (const rule of stopped.values()) io.err(`reframe: ${stoppedSentence(rule)}\n`);
  if (rows === 0) {
    io.err(`reframe: ${name}:1: it is empty; there are no lines to check.\n`);
    return 2;
  }
  if (notChecked > 0) {
    io.err(`reframe: ${notChecked} line${notChecked === 1 ? '' : 's'} of ${rows} ${notChecked === 1 ? 'was' : 'were'} not checked in ${name}; each line must be a JSON object like {"id": 1, "text": "..."}, with an id of its own.\n`);
  }
  if (notChecked > 0 || stopped.size > 0) return 2;
  return failing ? 1 : 0;
}
