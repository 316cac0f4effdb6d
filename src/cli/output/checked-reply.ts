import type { Report, Severity } from '../../core/types';
import type { ReplyItem } from '../inputs/reply-item';

/** A reply and what the analyser said about it. */
export interface CheckedReply {
  item: ReplyItem;
  report: Report;
}

/** Severities that fail a check (exit code 1). */
const FAILING_SEVERITIES: readonly Severity[] = ['warning', 'error'];

export function failsCheck(report: Report): boolean {
  return report.findings.some((finding) => FAILING_SEVERITIES.includes(finding.severity));
}
