// Findings for people: `file:line:col  category  message`, the flagged words and the why
// under it, then each suggestion; a summary line at the end that also counts the rows that
// were not checked and names any rule stopped for time (issue 13). Text from the input is
// printed with its control characters escaped.
import type { Finding, Report, Severity, StoppedRule } from '../../core/types';
import type { InputReplies } from '../inputs/reply-item';
import type { CheckedReply } from './checked-reply';
import { printable } from './printable';
import type { Style } from './style';

/** What the inputs held beyond the replies that were checked. */
export interface Accounts {
  /** Rows, macros or inputs that could not be checked (named on standard error). */
  skipped: number;
  /** All rows of the inputs. */
  rows: number;
  rowName: 'row' | 'macro' | 'reply';
  /** Macros that write no reply. */
  notReplies: number;
}

export interface Summary extends Accounts {
  stopped: StoppedRule[];
}

export function accountFor(inputs: readonly InputReplies[]): Accounts {
  const names = new Set(inputs.filter((input) => input.skipped.length > 0).map((input) => input.rowName));
  return {
    skipped: inputs.reduce((sum, input) => sum + input.skipped.length, 0),
    rows: inputs.reduce((sum, input) => sum + input.rows, 0),
    rowName: names.size === 1 ? [...names][0]! : 'row',
    notReplies: inputs.reduce((sum, input) => sum + input.notReplies, 0),
  };
}

/** Each stopped rule once, however many replies reported it. */
export function stoppedRulesOf(reports: readonly Report[]): StoppedRule[] {
  const byId = new Map<string, StoppedRule>();
  for (const report of reports) for (const rule of report.stoppedRules ?? []) byId.set(rule.ruleId, rule);
  return [...byId.values()];
}

export function notCheckedSentence({ skipped, rows, rowName }: Accounts): string {
  const noun = rowName === 'reply' ? (rows === 1 ? 'input' : 'inputs') : `${rowName}${rows === 1 ? '' : 's'}`;
  return `${skipped} ${noun} of ${rows} ${skipped === 1 ? 'was' : 'were'} not checked (see above).`;
}

export function stoppedSentence(rule: StoppedRule): string {
  return `The rule "${printable(rule.ruleId)}" was stopped: it took too long on this input, so its findings are missing; the other rules still ran. Make its patterns simpler (\`reframe policy validate\` names what each costs).`;
}

export function textReport(replies: CheckedReply[], style: Style, summary: Summary = { skipped: 0, rows: replies.length, rowName: 'reply', notReplies: 0, stopped: [] }): string {
  const lines = replies.flatMap(({ item, report }) => {
    const where = printable(item.title === undefined ? item.file : `${item.file} › ${item.title}`);
    const place = lineColumns(item.text);
    const reading = report.customer ? customerLines(where, report, style) : [];
    return [...reading, ...report.findings.flatMap((finding) => findingLines(where, place(finding.start), finding, style))];
  });
  lines.push(summaryLine(replies, style, summary));
  for (const rule of summary.stopped) lines.push(style.red(stoppedSentence(rule)));
  return `${lines.join('\n')}\n`;
}

/**
 * 1-based line and column (UTF-16 units) of offsets into `text`: the line starts are found
 * once per reply, then each offset is a binary search (not a scan of the text before it).
 */
export function lineColumns(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

function findingLines(where: string, { line, column }: { line: number; column: number }, finding: Finding, style: Style): string[] {
  const paintSeverity = SEVERITY_COLOURS[finding.severity](style);
  return [
    `${style.bold(`${where}:${line}:${column}`)}  ${paintSeverity(finding.category)}  ${printable(finding.message)}`,
    `    ${style.dim(`"${oneLine(finding.text)}" · ${finding.severity} · ${printable(finding.ruleId)}`)}`,
    `    ${style.dim(`why: ${printable(finding.why)}`)}`,
    ...(finding.because?.length ? [`    ${style.dim(`flagged because of: ${printable(finding.because.join(', '))}`)}`] : []),
    ...finding.suggestions.map((suggestion) => `    ${style.green(`→ ${printable(suggestion.label)}:`)} ${oneLine(suggestion.text.trim())}`),
    '',
  ];
}

/** With the customer's message: what it tells the agent, and the reply's shape against it. */
function customerLines(where: string, report: Report, style: Style): string[] {
  const customer = report.customer!;
  const { steps } = report.structure;
  const mark = (present: boolean) => (present ? 'yes' : 'no');
  return [
    `${style.bold(where)}  the customer`,
    `    mood: ${customer.mood}${customer.sarcasm ? ' (sarcastic)' : ''}`,
    ...(customer.reflectionLine ? [`    reflection: ${oneLine(customer.reflectionLine)}`] : []),
    ...(customer.reflectionShortLine ? [`    shorter: ${oneLine(customer.reflectionShortLine)}`] : []),
    ...customer.demands.map((demand) => `    demand: "${oneLine(demand.text)}" · ${demand.question ? `ask: ${demand.question}` : demand.reasonGiven ? 'reason given' : 'a request: answer it'}`),
    ...(customer.boundary ? [`    boundary: ${customer.boundary}`] : []),
    `    structure: Reflect ${mark(steps.reflect)} · Empathize ${mark(steps.empathize)} · Answer ${mark(steps.answer)} · Offer ${mark(steps.offer)}`,
    ...report.structure.notes.map((note) => `    ${style.dim(note)}`),
    '',
  ];
}

const SEVERITY_COLOURS: Record<Severity, (style: Style) => (text: string) => string> = {
  error: (style) => style.red,
  warning: (style) => style.yellow,
  info: (style) => style.cyan,
};

function summaryLine(replies: CheckedReply[], style: Style, accounts: Accounts): string {
  const findings = replies.flatMap(({ report }) => report.findings);
  const replyCount = `${replies.length} ${replies.length === 1 ? 'reply' : 'replies'}`;
  const notes = [
    ...(accounts.skipped > 0 ? [notCheckedSentence(accounts).replace(/\.$/, '')] : []),
    ...(accounts.notReplies > 0 ? [`${accounts.notReplies} macro${accounts.notReplies === 1 ? ' writes' : 's write'} no reply`] : []),
  ];
  const tail = notes.length > 0 ? `; ${notes.join('; ')}.` : '.';
  if (findings.length === 0) {
    const line = `No findings in ${replyCount}${tail}`;
    return accounts.skipped > 0 ? style.red(line) : style.green(line);
  }
  const bySeverity = (['error', 'warning', 'info'] as const)
    .map((severity) => [severity, findings.filter((finding) => finding.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}${count === 1 ? '' : 's'}`);
  const withFindings = replies.filter(({ report }) => report.findings.length > 0).length;
  return style.bold(`${findings.length} finding${findings.length === 1 ? '' : 's'} (${bySeverity.join(', ')}) in ${withFindings} of ${replyCount}${tail}`);
}

function oneLine(text: string): string {
  return printable(text.replace(/\s*\n\s*/g, ' ⏎ '));
}
