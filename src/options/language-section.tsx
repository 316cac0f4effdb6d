// Which language replies are analysed in: detected per reply, or always English or Hebrew.
import { t, type MessageKey } from '../platform/i18n';
import { ANALYSIS_LANGUAGES, type AnalysisLanguage } from '../settings/preferences';

const LABELS: Record<AnalysisLanguage, MessageKey> = { auto: 'languageAuto', en: 'languageEn', he: 'languageHe' };

export function LanguageSection({ value, onChange }: { value: AnalysisLanguage; onChange: (language: AnalysisLanguage) => void }) {
  return (
    <fieldset>
      <legend>
        <h2>{t('languageHeading')}</h2>
      </legend>
      {ANALYSIS_LANGUAGES.map((language) => (
        <label key={language} class="choice">
          <input
            type="radio"
            name="language"
            value={language}
            checked={value === language}
            onChange={() => onChange(language)}
          />
          {t(LABELS[language])}
        </label>
      ))}
    </fieldset>
  );
}
