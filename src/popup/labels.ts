// Message keys for the analyser's ids (message names allow no hyphens).
import type { Category, FindingKind, Mood, Move, Severity } from '../core/types';
import type { MessageKey } from '../platform/i18n';
import type { DetectorId } from '../policy/types';
import type { AnalysisLanguage } from '../settings/preferences';

export const categoryLabel = (category: FindingKind) => `category_${category.replace(/-/g, '_')}` as MessageKey;
export const categoryMeaning = (category: Category) => `categoryMeaning_${category.replace(/-/g, '_')}` as MessageKey;
export const severityLabel = (severity: Severity) => `severity_${severity}` as MessageKey;
export const severityHint = (severity: Severity) => `severityHint_${severity}` as MessageKey;
export const moveLabel = (move: Move) => `move_${move.replace(/-/g, '_')}` as MessageKey;
export const detectorLabel = (detector: DetectorId) => `detector_${detector.replace(/-/g, '_')}` as MessageKey;

const MOODS: Record<Mood, MessageKey> = {
  calm: 'moodCalm',
  anxious: 'moodAnxious',
  frustrated: 'moodFrustrated',
  angry: 'moodAngry',
  abusive: 'moodAbusive',
};
export const moodLabel = (mood: Mood) => MOODS[mood];
/** What to do for a customer in this mood (anxious: facts and a time; angry: acknowledge first; abusive: the boundary). */
export const moodAdvice = (mood: Mood) => `moodAdvice_${mood}` as MessageKey;

const LANGUAGES: Record<AnalysisLanguage, MessageKey> = { auto: 'languageAuto', en: 'languageEn', he: 'languageHe' };
export const languageLabel = (language: AnalysisLanguage) => LANGUAGES[language];
