// The form for one rule of the policy being written: every field of the format, each with
// its validation messages next to it.
import { CATEGORIES, LANGS, SEVERITIES } from '../../core/types';
import type { ExampleFailure } from '../../policy/examples';
import type { PolicyRule, SuggestionSpec } from '../../policy/types';
import { FieldErrors } from './field-errors-view';
import { ListField } from './list-field';

interface Props {
  rule: PolicyRule;
  index: number;
  locked: boolean;
  errors: Map<string, string[]>;
  /** This rule's examples that do not do what they say. */
  exampleFailures: readonly ExampleFailure[];
  onChange: (rule: PolicyRule) => void;
  onLockedChange: (locked: boolean) => void;
}

export function RuleForm({ rule, index, locked, errors, exampleFailures, onChange, onLockedChange }: Props) {
  const at = (field: string) => errors.get(`rules[${index}].${field}`);
  const fieldId = (field: string) => `rule-${index}-${field}`;
  const set = <K extends keyof PolicyRule>(field: K, value: PolicyRule[K]) => onChange({ ...rule, [field]: value });

  const text = (field: 'id' | 'message' | 'why', label: string, hint: string) => (
    <div class="rf-field" data-field={field}>
      <label for={fieldId(field)}>{label}</label>
      <input
        id={fieldId(field)}
        value={rule[field]}
        aria-invalid={at(field)?.length ? 'true' : 'false'}
        onInput={(event) => set(field, event.currentTarget.value)}
      />
      <small>{hint}</small>
      <FieldErrors errors={at(field)} />
    </div>
  );

  const choice = <K extends 'category' | 'severity' | 'lang'>(field: K, label: string, options: readonly string[]) => (
    <div class="rf-field" data-field={field}>
      <label for={fieldId(field)}>{label}</label>
      <select id={fieldId(field)} value={rule[field]} onChange={(event) => set(field, event.currentTarget.value as PolicyRule[K])}>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
      <FieldErrors errors={at(field)} />
    </div>
  );

  // Each list field is remounted (key) when another rule is selected, so its text is that rule's.
  const list = (field: string, label: string, hint: string, value: readonly string[], onItems: (items: string[]) => void) => (
    <ListField key={`${index}-${field}`} id={fieldId(field.replace('.', '-'))} field={field} label={label} hint={hint} value={value} onChange={onItems} errors={at(field)} />
  );

  return (
    <fieldset class="rf-rule" data-rule-index={index}>
      <legend>Rule {rule.id || index + 1}</legend>
      {text('id', 'Id', 'Lower case words joined by hyphens, e.g. "no-courier-dates".')}
      <div class="rf-row">
        {choice('category', 'Category', CATEGORIES)}
        {choice('severity', 'Severity', SEVERITIES)}
        {choice('lang', 'Language', LANGS)}
      </div>
      <FieldErrors errors={errors.get(`rules[${index}]`)} />
      {list('patterns', 'Patterns', 'One a line. A plain phrase always works; English also takes compromise match syntax ("you should have #PastTense").', rule.patterns ?? [], (items) =>
        set('patterns', items),
      )}
      {list('exceptions', 'Exceptions', 'One a line. A hit is dropped when its sentence also matches one of these.', rule.exceptions ?? [], (items) =>
        onChange(withOptionalList(rule, 'exceptions', items)),
      )}
      {text('message', 'Message', 'What the agent reads on the card.')}
      {text('why', 'Why', 'One line: why this angers a difficult customer.')}
      {list('suggestions', 'Suggestions', 'One to three, one a line: what to write instead. {match} is the flagged text.', rule.suggestions.map(suggestionText), (items) =>
        set('suggestions', items.map((item, at) => withSuggestionText(rule.suggestions[at], item))),
      )}
      {list('examples.flag', 'Must flag', 'Example replies this rule must flag, one a line (run as tests).', rule.examples.flag, (flag) =>
        set('examples', { ...rule.examples, flag }),
      )}
      {list('examples.pass', 'Must pass', 'Example replies this rule must leave alone, one a line.', rule.examples.pass, (pass) =>
        set('examples', { ...rule.examples, pass }),
      )}
      <div class="rf-field" data-field="examples">
        <FieldErrors errors={[...(at('examples') ?? []), ...exampleFailures.map(exampleFailureText)]} />
      </div>
      <label class="rf-lock">
        <input type="checkbox" checked={locked} onChange={(event) => onLockedChange(event.currentTarget.checked)} /> Locked: agents cannot switch this rule off or change it
      </label>
    </fieldset>
  );
}

function exampleFailureText(failure: ExampleFailure): string {
  return failure.expected === 'flag'
    ? `Must flag "${failure.example}", but this rule finds nothing there: widen a pattern or fix the example.`
    : `Must pass "${failure.example}", but this rule ${failure.got} there: add an exception or narrow the pattern.`;
}

function suggestionText(suggestion: SuggestionSpec): string {
  return typeof suggestion === 'string' ? suggestion : suggestion.text;
}

/** Keeps a suggestion's kind and label when only its text is edited. */
function withSuggestionText(previous: SuggestionSpec | undefined, text: string): SuggestionSpec {
  return previous && typeof previous !== 'string' ? { ...previous, text } : text;
}

/** Optional list fields are left out when empty, as a lead would write the JSON by hand. */
function withOptionalList(rule: PolicyRule, field: 'exceptions', items: string[]): PolicyRule {
  const { [field]: _dropped, ...rest } = rule;
  return items.length ? { ...rest, [field]: items } : rest;
}
