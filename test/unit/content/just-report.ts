// The report the content tests' fake analysers answer with: every "just" flagged as minimizing,
// so a test can tell which text a report was for.
import type { Finding, Report } from '../../../src/core/types';

/** `removable`: each finding offers to remove the word. `extra`: fields to set on the report. */
export function justReport(text: string, { removable = false, extra = {} }: { removable?: boolean; extra?: Partial<Report> } = {}): Report {
  return {
    lang: /[\u05D0-\u05EA]/.test(text) ? 'he' : 'en',
    moves: [],
    customer: null,
    structure: { present: [], steps: { reflect: false, empathize: false, answer: false, offer: false }, orderOk: true, notes: [] },
    findings: [...text.matchAll(/\bjust\b/g)].map(
      (match): Finding => ({
        ruleId: 'minimizing-just', category: 'minimizing', severity: 'warning', lang: 'en', text: 'just',
        start: match.index, end: match.index + 4, message: 'm', why: 'w',
        suggestions: removable ? [{ kind: 'replace', label: 'Remove', text: '', start: match.index, end: match.index + 4 }] : [],
      }),
    ),
    ...extra,
  };
}
