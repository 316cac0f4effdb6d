// Findings for programs: one object per reply, as a JSON array (--format json) or one per
// line (--format jsonl). C1 control characters are escaped too (printableJson).
import type { CheckedReply } from './checked-reply';
import { printableJson } from './printable';

function replyResult({ item, report }: CheckedReply) {
  return {
    file: item.file,
    ...(item.title !== undefined ? { title: item.title } : {}),
    ...(item.id !== undefined ? { id: item.id } : {}),
    lang: report.lang,
    findings: report.findings,
    /** The move ids the reply contains, in the contract's order. */
    moves: report.structure.present,
    structure: report.structure,
    customer: report.customer,
    /** Rules stopped for taking too long, when there are any: their findings are missing. */
    ...(report.stoppedRules ? { stoppedRules: report.stoppedRules } : {}),
  };
}

export function jsonReport(replies: CheckedReply[]): string {
  return `${printableJson(JSON.stringify(replies.map(replyResult), null, 2))}\n`;
}

export function jsonlReport(replies: CheckedReply[]): string {
  return replies.map((reply) => `${printableJson(JSON.stringify(replyResult(reply)))}\n`).join('');
}
