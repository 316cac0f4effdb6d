// The form for one rule of the policy being written: every field of the format, each with
// its validation messages next to it.
import { CATEGORIES, LANGS, SEVERITIES } from '../../core/types';
import { t, type MessageKey } from '../../platform/i18n';
import type { ExampleFailure } from '../../policy/examples';
import type { PolicyRule, SuggestionSpec } from '../../policy/types';
import { categoryLabel, languageLabel, severityLabel } from '../../popup/labels';
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
        // Ids are kebab-case Latin; a message may be Hebrew or English whatever the UI language.
        dir={field === 'id' ? 'ltr' : 'auto'}
        value={rule[field]}
        aria-invalid={at(field)?.length ? 'true' : 'false'}
        onInput={(event) => set(field, event.currentTarget.value)}
      />
      <small>{hint}</small>
      <FieldErrors errors={at(field)} />
    </div>
  );

  const choice = <K extends 'category' | 'severity' | 'lang'>(field: K, label: string, options: readonly PolicyRule[K][], optionLabel: (option: PolicyRule[K]) => MessageKey) => (
    <div class="rf-field" data-field={field}>
      <label for={fieldId(field)}>{label}</label>
      <select id={fieldId(field)} value={rule[field]} onChange={(event) => set(field, event.currentTarget.value as PolicyRule[K])}>
        {options.map((option) => (
          <option key={option} value={option}>
            {t(optionLabel(option))}
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
      <legend>{rule.id ? t('ruleNamed', rule.id) : t('ruleNumbered', String(index + 1))}</legend>
      {text('id', t('ruleIdLabel'), t('ruleIdHint'))}
      <div class="rf-row">
        {choice('category', t('categoryField'), CATEGORIES, categoryLabel)}
        {choice('severity', t('severityField'), SEVERITIES, severityLabel)}
        {choice('lang', t('ruleLanguageLabel'), LANGS, languageLabel)}
      </div>
      <FieldErrors errors={errors.get(`rules[${index}]`)} />
      {list('patterns', t('rulePatternsLabel'), t('rulePatternsHint'), rule.patterns ?? [], (items) => set('patterns', items))}
      {list('exceptions', t('ruleExceptionsLabel'), t('ruleExceptionsHint'), rule.exceptions ?? [], (items) =>
        onChange(withOptionalList(rule, 'exceptions', items)),
      )}
      {text('message', t('ruleMessageLabel'), t('ruleMessageHint'))}
      {text('why', t('ruleWhyLabel'), t('ruleWhyHint'))}
      {list('suggestions', t('ruleSuggestionsLabel'), t('ruleSuggestionsHint'), rule.suggestions.map(suggestionText), (items) =>
        set('suggestions', items.map((item, at) => withSuggestionText(rule.suggestions[at], item))),
      )}
      {list('examples.flag', t('ruleMustFlagLabel'), t('ruleMustFlagHint'), rule.examples.flag, (flag) => set('examples', { ...rule.examples, flag }))}
      {list('examples.pass', t('ruleMustPassLabel'), t('ruleMustPassHint'), rule.examples.pass, (pass) => set('examples', { ...rule.examples, pass }))}
      <div class="rf-field" data-field="examples">
        <FieldErrors errors={[...(at('examples') ?? []), ...exampleFailures.map(exampleFailureText)]} />
      </div>
      <label class="rf-lock">
        <input type="checkbox" checked={locked} onChange={(event) => onLockedChange(event.currentTarget.checked)} /> {t('ruleLock')}
      </label>
    </fieldset>
  );
}

function exampleFailureText(failure: ExampleFailure): string {
  // runExamples words what a pass example got as 'flagged "a", "b"': the quoted texts are kept.
  return failure.expected === 'flag'
    ? t('exampleMustFlagFailed', failure.example)
    : t('exampleMustPassFailed', failure.example, failure.got.replace(/^flagged /, ''));
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
