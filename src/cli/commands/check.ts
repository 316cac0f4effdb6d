// `reframe check`: replies in, findings out; the exit code tells CI whether to fail.
import { analyze } from '../../core/index';
import type { EffectivePolicy } from '../../policy/types';
import { CliError } from '../cli-error';
import { parseJsonlLine, LANG_CHOICES, type LangChoice } from '../inputs/jsonl-rows';
import { readReplies, STDIN_NAME } from '../inputs/read-replies';
import type { Io } from '../io';
import { effectivePolicy } from '../load-policy';
import { failsCheck, type CheckedReply } from '../output/checked-reply';
import { jsonlReport, jsonReport } from '../output/json-report';
import { textReport } from '../output/text-report';
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
  other    one reply, as plain text

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
                            message. A malformed line is answered with
                            {"line", "id"?, "error"} and reported on standard error;
                            the other lines are still checked, and the exit code is 2.
  -h, --help                this help

Exit codes:
  0  nothing at warning or above
  1  findings at warning or above
  2  bad usage or invalid input (the message says what to do)

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
    for (const path of paths) {
      for (const item of readReplies(path, await io.read(path))) {
        checked.push({ item, report: analyze(item.text, policy, { customer, lang }) });
      }
    }
    if (format === 'json') io.out(jsonReport(checked));
    else if (format === 'jsonl') io.out(jsonlReport(checked));
    else io.out(textReport(checked, io.style));
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
  const lines = (await io.read(path)).replace(/^\uFEFF/, '').split(/\r?\n/);
  let malformed = 0;
  let failing = false;
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const parsed = parseJsonlLine(line);
    if (!parsed.ok) {
      malformed++;
      io.err(`reframe: ${name}:${index + 1}: ${parsed.message}\n`);
      io.out(`${JSON.stringify({ line: index + 1, ...(parsed.id !== undefined ? { id: parsed.id } : {}), error: parsed.message })}\n`);
      return;
    }
    const { id, text, customer, lang } = parsed.row;
    const report = analyze(text, settings.policy, { customer: customer ?? settings.customer, lang: lang ?? settings.lang });
    failing ||= failsCheck(report);
    const reading = report.customer ? { customer: report.customer } : {};
    io.out(`${JSON.stringify({ id, lang: report.lang, findings: report.findings, moves: report.structure.present, ...reading })}\n`);
  });
  if (malformed > 0) {
    io.err(`reframe: ${malformed} malformed line${malformed === 1 ? '' : 's'} in ${name}; each line must be a JSON object like {"id": 1, "text": "..."}.\n`);
    return 2;
  }
  return failing ? 1 : 0;
}
