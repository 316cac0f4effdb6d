// Findings for people: `file:line:col  category  message`, the flagged words and the why
// under it, then each suggestion; a summary line at the end.
import type { Finding, Severity } from '../../core/types';
import { lineColumn } from '../../policy/parse-json';
import type { CheckedReply } from './checked-reply';
import type { Style } from './style';

export function textReport(replies: CheckedReply[], style: Style): string {
  const lines = replies.flatMap(({ item, report }) => {
    const where = item.title === undefined ? item.file : `${item.file} › ${item.title}`;
    return report.findings.flatMap((finding) => findingLines(where, item.text, finding, style));
  });
  lines.push(summary(replies, style));
  return `${lines.join('\n')}\n`;
}

function findingLines(where: string, text: string, finding: Finding, style: Style): string[] {
  const { line, column } = lineColumn(text, finding.start);
  const paintSeverity = SEVERITY_COLOURS[finding.severity](style);
  return [
    `${style.bold(`${where}:${line}:${column}`)}  ${paintSeverity(finding.category)}  ${finding.message}`,
    `    ${style.dim(`"${oneLine(finding.text)}" · ${finding.severity} · ${finding.ruleId}`)}`,
    `    ${style.dim(`why: ${finding.why}`)}`,
    ...(finding.because?.length ? [`    ${style.dim(`flagged because of: ${finding.because.join(', ')}`)}`] : []),
    ...finding.suggestions.map((suggestion) => `    ${style.green(`→ ${suggestion.label}:`)} ${oneLine(suggestion.text.trim())}`),
    '',
  ];
}

const SEVERITY_COLOURS: Record<Severity, (style: Style) => (text: string) => string> = {
  error: (style) => style.red,
  warning: (style) => style.yellow,
  info: (style) => style.cyan,
};

function summary(replies: CheckedReply[], style: Style): string {
  const findings = replies.flatMap(({ report }) => report.findings);
  const replyCount = `${replies.length} ${replies.length === 1 ? 'reply' : 'replies'}`;
  if (findings.length === 0) return style.green(`No findings in ${replyCount}.`);
  const bySeverity = (['error', 'warning', 'info'] as const)
    .map((severity) => [severity, findings.filter((finding) => finding.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}${count === 1 ? '' : 's'}`);
  const withFindings = replies.filter(({ report }) => report.findings.length > 0).length;
  return style.bold(`${findings.length} finding${findings.length === 1 ? '' : 's'} (${bySeverity.join(', ')}) in ${withFindings} of ${replyCount}.`);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ⏎ ');
}
