// Message keys for the analyser's ids (message names allow no hyphens).
import type { FindingKind, Mood, Severity } from '../core/types';
import type { MessageKey } from '../platform/i18n';
import type { AnalysisLanguage } from '../settings/preferences';

export const categoryLabel = (category: FindingKind) => `category_${category.replace(/-/g, '_')}` as MessageKey;
export const severityLabel = (severity: Severity) => `severity_${severity}` as MessageKey;

const MOODS: Record<Mood, MessageKey> = {
  calm: 'moodCalm',
  frustrated: 'moodFrustrated',
  angry: 'moodAngry',
  abusive: 'moodAbusive',
};
export const moodLabel = (mood: Mood) => MOODS[mood];

const LANGUAGES: Record<AnalysisLanguage, MessageKey> = { auto: 'languageAuto', en: 'languageEn', he: 'languageHe' };
export const languageLabel = (language: AnalysisLanguage) => LANGUAGES[language];
