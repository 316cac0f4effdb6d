// The team section's styles, scoped by the rf- prefix. Logical properties (inline-start/end)
// so the section mirrors in right-to-left languages, like the rest of the options page.
export const TEAM_STYLES = `
.rf-team section { margin: 1.5rem 0; }
.rf-row { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: flex-end; }
.rf-field { display: flex; flex-direction: column; gap: 0.2rem; margin: 0.5rem 0; min-inline-size: 12rem; }
.rf-field small, .rf-team small { color: var(--muted); }
.rf-field [aria-invalid="true"] { border-color: #b91c1c; outline: 1px solid #b91c1c; }
.rf-errors { color: #b91c1c; margin: 0.2rem 0; padding-inline-start: 1.2rem; }
.rf-toolbar { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0.5rem 0; }
.rf-notice-error { color: #b91c1c; }
.rf-import { margin-block: 0.5rem; }
.rf-rule-list { display: flex; flex-direction: column; gap: 0.3rem; margin-block: 0.5rem; }
.rf-group { border: 1px solid color-mix(in srgb, currentColor 20%, transparent); border-radius: 6px; padding: 0.3rem 0.6rem; }
.rf-group summary { cursor: pointer; }
.rf-group-name { font-weight: 600; }
.rf-group-meaning { display: block; margin-inline-start: 1rem; }
.rf-group ul { list-style: none; padding: 0; margin: 0.4rem 0; display: flex; flex-wrap: wrap; gap: 0.3rem; }
.rf-group button { text-align: start; }
.rf-rule-list [aria-current="true"] { font-weight: bold; outline: 2px solid currentColor; }
.rf-rule-id { font-family: ui-monospace, monospace; font-size: 0.75rem; }
.rf-conditions { border-inline-start: 3px solid #2563eb; padding: 0.2rem 0.8rem; margin-block: 0.5rem; }
.rf-conditions-title { font-weight: 600; margin: 0; }
.rf-conditions ul { margin: 0.2rem 0; padding-inline-start: 1.2rem; }
.rf-severity, .rf-finds { border: none; padding: 0; margin-inline: 0; }
.rf-severity legend, .rf-finds legend { padding: 0; }
.rf-severity-option { display: block; }
.rf-finds > label { margin-inline-end: 1rem; }
.rf-phrase-patterns p { margin: 0.3rem 0 0; }
.rf-phrase-patterns dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem; margin: 0.2rem 0; }
.rf-phrase-patterns dl > div { display: contents; }
.rf-phrase-patterns dd { margin: 0; }
.rf-badge { color: #b91c1c; }
.rf-rule { border: 1px solid #ccc; border-radius: 6px; min-inline-size: 0; }
.rf-rule > legend { font-weight: 600; font-size: 1.1rem; }
/* Wide enough: the rule list beside the form of the selected rule, one rule a line. */
@media (min-width: 960px) {
  .rf-rules { display: grid; grid-template-columns: minmax(15rem, 20rem) minmax(0, 1fr); gap: 1rem; align-items: start; }
  .rf-rules .rf-group ul { flex-direction: column; align-items: stretch; }
}
.rf-tester textarea, .rf-field textarea { display: block; inline-size: 100%; max-inline-size: 48rem; }
.rf-tester mark { background: #fde68a; }
.rf-file input { margin-inline-start: 0.3rem; }
.rf-chart { border-collapse: collapse; inline-size: 100%; }
.rf-chart caption { text-align: start; color: var(--muted); }
.rf-chart th, .rf-chart td { text-align: start; padding: 0.15rem 0.4rem; font-weight: normal; }
.rf-chart td { inline-size: 25%; white-space: nowrap; }
.rf-bar { display: inline-block; vertical-align: middle; block-size: 0.7rem; inline-size: calc(var(--share) * 0.8); min-inline-size: 1px; }
.rf-bar[data-event="flagged"] { background: #c2410c; }
.rf-bar[data-event="applied"] { background: #15803d; }
.rf-bar[data-event="dismissed"] { background: #64748b; }
`;
