// Findings for programs: one object per reply, as a JSON array (--format json) or one per
// line (--format jsonl).
import type { CheckedReply } from './checked-reply';

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
  };
}

export function jsonReport(replies: CheckedReply[]): string {
  return `${JSON.stringify(replies.map(replyResult), null, 2)}\n`;
}

export function jsonlReport(replies: CheckedReply[]): string {
  return replies.map((reply) => `${JSON.stringify(replyResult(reply))}\n`).join('');
}
