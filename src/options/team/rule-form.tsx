// The form for one rule of the policy being written, laid out for a team lead: the rule's
// name and when it fires in words, what it finds as plain phrases (the pattern syntax one
// choice away), then the card's words and the examples; every field with its validation
// messages next to it.
import { useState } from 'preact/hooks';
import { CATEGORIES, LANGS } from '../../core/types';
import { t, type MessageKey } from '../../platform/i18n';
import type { ExampleFailure } from '../../policy/examples';
import { patternFromPhrase } from '../../policy/phrase-pattern';
import type { PolicyRule, SuggestionSpec } from '../../policy/types';
import { categoryLabel, categoryMeaning, languageLabel } from '../../popup/labels';
import { FieldErrors } from './field-errors-view';
import { ListField } from './list-field';
import { PhrasesField } from './phrases-field';
import { RuleConditions } from './rule-conditions';
import { RuleTitle } from './rule-title';
import { SeverityField } from './severity-field';

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
  const plainPhrases = (rule.patterns ?? []).every((pattern) => patternFromPhrase(pattern, rule.lang) === pattern);
  // Plain phrases up front; a rule written in the pattern syntax opens in it, so nothing is lost.
  const [advanced, setAdvanced] = useState(!plainPhrases);

  // Phrases typed before the language was picked become that language's patterns ("-" splits Hebrew words).
  const setLang = (lang: PolicyRule['lang']) =>
    onChange({ ...rule, lang, ...(advanced || !rule.patterns ? {} : { patterns: rule.patterns.map((pattern) => patternFromPhrase(pattern, lang)) }) });

  const text = (field: 'id' | 'message' | 'why', label: string, hint: string, multiline = false) => {
    const props = {
      id: fieldId(field),
      // Ids are kebab-case Latin; a message may be Hebrew or English whatever the UI language.
      dir: field === 'id' ? 'ltr' : 'auto',
      value: rule[field],
      'aria-invalid': at(field)?.length ? 'true' : 'false',
      'aria-describedby': `${fieldId(field)}-hint`,
      onInput: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => set(field, event.currentTarget.value),
    } as const;
    return (
      <div class="rf-field" data-field={field}>
        <label for={fieldId(field)}>{label}</label>
        {multiline ? <textarea rows={3} {...props} /> : <input {...props} />}
        <small id={`${fieldId(field)}-hint`}>{hint}</small>
        <FieldErrors errors={at(field)} />
      </div>
    );
  };

  const choice = <K extends 'category' | 'lang'>(field: K, label: string, options: readonly PolicyRule[K][], optionLabel: (option: PolicyRule[K]) => MessageKey, onPick: (option: PolicyRule[K]) => void, hint?: string) => (
    <div class="rf-field" data-field={field}>
      <label for={fieldId(field)}>{label}</label>
      <select id={fieldId(field)} value={rule[field]} aria-describedby={hint ? `${fieldId(field)}-hint` : undefined} onChange={(event) => onPick(event.currentTarget.value as PolicyRule[K])}>
        {options.map((option) => (
          <option key={option} value={option}>
            {t(optionLabel(option))}
          </option>
        ))}
      </select>
      {hint && <small id={`${fieldId(field)}-hint`}>{hint}</small>}
      <FieldErrors errors={at(field)} />
    </div>
  );

  // Each list field is remounted (key) when another rule is selected, so its text is that rule's.
  const list = (field: string, label: string, hint: string, value: readonly string[], onItems: (items: string[]) => void) => (
    <ListField key={`${index}-${field}`} id={fieldId(field.replace('.', '-'))} field={field} label={label} hint={hint} value={value} onChange={onItems} errors={at(field)} />
  );

  const knownCategory = (CATEGORIES as readonly string[]).includes(rule.category);
  return (
    <fieldset class="rf-rule" data-rule-index={index}>
      <legend>
        <RuleTitle rule={rule} fallback={t('ruleNumbered', String(index + 1))} />
      </legend>
      <RuleConditions rule={rule} id={fieldId('conditions')} />
      <div class="rf-row">
        {choice('category', t('categoryField'), CATEGORIES, categoryLabel, (category) => set('category', category), knownCategory ? t(categoryMeaning(rule.category)) : undefined)}
        {choice('lang', t('ruleLanguageLabel'), LANGS, languageLabel, setLang)}
      </div>
      <SeverityField name={fieldId('severity')} value={rule.severity} onChange={(severity) => set('severity', severity)} errors={at('severity')} />
      <FieldErrors errors={errors.get(`rules[${index}]`)} />
      {!rule.detector && (
        <fieldset class="rf-field rf-finds">
          <legend>{t('ruleFindsLabel')}</legend>
          <label>
            <input type="radio" name={fieldId('finds')} checked={!advanced} disabled={!plainPhrases} aria-describedby={plainPhrases ? undefined : fieldId('finds-hint')} onChange={() => setAdvanced(false)} />{' '}
            {t('rulePhrasesMode')}
          </label>
          <label>
            <input type="radio" name={fieldId('finds')} checked={advanced} onChange={() => setAdvanced(true)} /> {t('rulePatternsMode')}
          </label>
          {!plainPhrases && <small id={fieldId('finds-hint')}>{t('rulePhrasesModeLocked')}</small>}
          {advanced ? (
            list('patterns', t('rulePatternsLabel'), t('rulePatternsHint'), rule.patterns ?? [], (items) => set('patterns', items))
          ) : (
            <PhrasesField key={`${index}-phrases`} id={fieldId('phrases')} lang={rule.lang} value={rule.patterns ?? []} errors={at('patterns')} onChange={(patterns) => set('patterns', patterns)} />
          )}
        </fieldset>
      )}
      {list('exceptions', t('ruleExceptionsLabel'), t('ruleExceptionsHint'), rule.exceptions ?? [], (items) =>
        onChange(withOptionalList(rule, 'exceptions', items)),
      )}
      {text('message', t('ruleMessageLabel'), t('ruleMessageHint'))}
      {text('why', t('ruleWhyLabel'), t('ruleWhyHint'), true)}
      {list('suggestions', t('ruleSuggestionsLabel'), t('ruleSuggestionsHint'), rule.suggestions.map(suggestionText), (items) =>
        set('suggestions', items.map((item, at) => withSuggestionText(rule.suggestions[at], item))),
      )}
      {list('examples.flag', t('ruleMustFlagLabel'), t('ruleMustFlagHint'), rule.examples.flag, (flag) => set('examples', { ...rule.examples, flag }))}
      {list('examples.pass', t('ruleMustPassLabel'), t('ruleMustPassHint'), rule.examples.pass, (pass) => set('examples', { ...rule.examples, pass }))}
      <div class="rf-field" data-field="examples">
        <FieldErrors errors={[...(at('examples') ?? []), ...exampleFailures.map(exampleFailureText)]} />
      </div>
      {text('id', t('ruleIdLabel'), t('ruleIdHint'))}
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
