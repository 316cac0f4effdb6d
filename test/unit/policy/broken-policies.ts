// Broken policies (test/fixtures/policies) and what a team lead must be told about each.
// Used by the validator's tests and by the CLI's (`reframe policy validate` exits 2).

export interface BrokenPolicy {
  file: string;
  /** Each expected error: the rule it names (if any), the field, and how its message starts. */
  errors: { ruleId?: string; field: string; says: string }[];
}

export const BROKEN_POLICIES: BrokenPolicy[] = [
  {
    file: 'unknown-category.json',
    errors: [{ ruleId: 'no-sorry', field: 'rules[0].category', says: '"apologies" is not a category; use one of: hollow-acknowledgement, blame,' }],
  },
  {
    file: 'duplicate-ids.json',
    errors: [{ ruleId: 'no-courier-date-promise', field: 'rules[1].id', says: 'the id "no-courier-date-promise" is already used by rules[0]; give each rule its own id.' }],
  },
  {
    file: 'bad-pattern.json',
    errors: [{ ruleId: 'no-courier-date-promise', field: 'rules[0].patterns[1]', says: 'The pattern "you should have #PastTensee" uses the tag #PastTensee, which does not exist.' }],
  },
  {
    file: 'regex-pattern.json',
    errors: [{ ruleId: 'no-courier-date-promise', field: 'rules[0].patterns[0]', says: 'The pattern "/arrive.*tomorrow/" looks like a /regular expression/' }],
  },
  {
    file: 'missing-suggestions.json',
    errors: [{ ruleId: 'no-courier-date-promise', field: 'rules[0].suggestions', says: 'is missing; add one to three replacements' }],
  },
  {
    file: 'unknown-disable-lock.json',
    errors: [
      { field: 'disable[0]', says: '"no-courier-date-promsie" is not a rule in this policy or the built-in defaults. Did you mean "no-courier-date-promise"?' },
      { field: 'lock[0]', says: '"no-such-rule" is not a rule in this policy or the built-in defaults.' },
    ],
  },
  {
    file: 'wrong-types.json',
    errors: [
      { field: 'version', says: 'must be text in double quotes, not the number 3.' },
      { ruleId: 'no-courier-date-promise', field: 'rules[0].patterns', says: 'must be a list in [ ], not the text "it will arrive tomorrow".' },
      { ruleId: 'no-courier-date-promise', field: 'rules[0].minCount', says: 'must be a whole number, not the text "2".' },
    ],
  },
  {
    file: 'not-json.json',
    errors: [{ field: '', says: "is not valid JSON: line 6, column 5: expected ',' or ']' after the list item (a missing comma?)" }],
  },
];
