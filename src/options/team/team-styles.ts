// The team section's styles, scoped by the rf- prefix. Logical properties (inline-start/end)
// so the section mirrors in right-to-left languages, like the rest of the options page.
export const TEAM_STYLES = `
.rf-team section { margin: 1.5rem 0; }
.rf-row { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: flex-end; }
.rf-field { display: flex; flex-direction: column; gap: 0.2rem; margin: 0.5rem 0; min-inline-size: 12rem; }
.rf-field small, .rf-team small { color: GrayText; }
.rf-field [aria-invalid="true"] { border-color: #b91c1c; outline: 1px solid #b91c1c; }
.rf-errors { color: #b91c1c; margin: 0.2rem 0; padding-inline-start: 1.2rem; }
.rf-toolbar { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0.5rem 0; }
.rf-notice-error { color: #b91c1c; }
.rf-import { margin-block: 0.5rem; }
.rf-rule-list { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3rem; }
.rf-rule-list [aria-current="true"] { font-weight: bold; }
.rf-badge { color: #b91c1c; }
.rf-rule { border: 1px solid #ccc; border-radius: 6px; }
.rf-tester textarea, .rf-field textarea { inline-size: 100%; max-inline-size: 48rem; }
.rf-tester mark { background: #fde68a; }
.rf-file input { margin-inline-start: 0.3rem; }
.rf-chart { border-collapse: collapse; inline-size: 100%; }
.rf-chart caption { text-align: start; color: GrayText; }
.rf-chart th, .rf-chart td { text-align: start; padding: 0.15rem 0.4rem; font-weight: normal; }
.rf-chart td { inline-size: 25%; white-space: nowrap; }
.rf-bar { display: inline-block; vertical-align: middle; block-size: 0.7rem; inline-size: calc(var(--share) * 0.8); min-inline-size: 1px; }
.rf-bar[data-event="flagged"] { background: #c2410c; }
.rf-bar[data-event="applied"] { background: #15803d; }
.rf-bar[data-event="dismissed"] { background: #64748b; }
`;
