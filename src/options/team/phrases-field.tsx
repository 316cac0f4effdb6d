// What a rule finds, written as plain phrases, one a line, with the pattern each becomes shown
// live beside it (patternFromPhrase): a lead needs no pattern syntax to write a rule.
import { useState } from 'preact/hooks';
import type { Lang } from '../../core/types';
import { t } from '../../platform/i18n';
import { patternFromPhrase } from '../../policy/phrase-pattern';
import { ListField } from './list-field';

interface Props {
  id: string;
  lang: Lang;
  /** The rule's patterns: each a plain phrase already (the form offers this field only then). */
  value: readonly string[];
  onChange: (patterns: string[]) => void;
  errors: readonly string[] | undefined;
}

export function PhrasesField({ id, lang, value, onChange, errors }: Props) {
  const [phrases, setPhrases] = useState<readonly string[]>(value);
  return (
    <>
      <ListField
        id={id}
        field="patterns"
        label={t('rulePhrasesLabel')}
        hint={t('rulePhrasesHint')}
        value={value}
        errors={errors}
        onChange={(items) => {
          setPhrases(items);
          // An empty pattern is kept, so "Line N" in an error still points at the phrase typed.
          onChange(items.map((phrase) => patternFromPhrase(phrase, lang)));
        }}
      />
      {phrases.length > 0 && (
        <div class="rf-phrase-patterns">
          <p id={`${id}-preview`}>{t('rulePhrasesPreview')}</p>
          <dl aria-labelledby={`${id}-preview`}>
            {phrases.map((phrase, at) => {
              const pattern = patternFromPhrase(phrase, lang);
              return (
                <div key={at}>
                  <dt dir="auto">{phrase}</dt>
                  <dd>{pattern ? <code dir="auto">{pattern}</code> : <em>{t('rulePhraseNoWords')}</em>}</dd>
                </div>
              );
            })}
          </dl>
        </div>
      )}
    </>
  );
}
