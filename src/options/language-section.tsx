// Which language replies are analysed in: detected per reply, or always English or Hebrew.
import { t } from '../platform/i18n';
import { languageLabel } from '../popup/labels';
import { ANALYSIS_LANGUAGES, type AnalysisLanguage } from '../settings/preferences';
import { Choice, ChoiceGroup } from './choice-group';

export function LanguageSection({ value, onChange }: { value: AnalysisLanguage; onChange: (language: AnalysisLanguage) => void }) {
  return (
    <ChoiceGroup heading={t('languageHeading')}>
      {ANALYSIS_LANGUAGES.map((language) => (
        <Choice key={language} type="radio" name="language" value={language} checked={value === language} onChange={() => onChange(language)}>
          {t(languageLabel(language))}
        </Choice>
      ))}
    </ChoiceGroup>
  );
}
