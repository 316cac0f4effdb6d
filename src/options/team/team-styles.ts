// The team section's styles, scoped by the rf- prefix.
export const TEAM_STYLES = `
.rf-team section { margin: 1.5rem 0; }
.rf-row { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: flex-end; }
.rf-field { display: flex; flex-direction: column; gap: 0.2rem; margin: 0.5rem 0; min-width: 12rem; }
.rf-field small { color: #555; }
.rf-field [aria-invalid="true"] { border-color: #b91c1c; outline: 1px solid #b91c1c; }
.rf-errors { color: #b91c1c; margin: 0.2rem 0; padding-left: 1.2rem; }
.rf-toolbar { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0.5rem 0; }
.rf-notice-error { color: #b91c1c; }
.rf-rule-list { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3rem; }
.rf-rule-list [aria-current="true"] { font-weight: bold; }
.rf-badge { color: #b91c1c; }
.rf-rule { border: 1px solid #ccc; border-radius: 6px; }
.rf-tester textarea, .rf-field textarea { width: 100%; max-width: 48rem; }
.rf-tester mark { background: #fde68a; }
.rf-file input { margin-left: 0.3rem; }
`;
