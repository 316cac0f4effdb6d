// The language modules the analyser knows. Hebrew registers itself here (lang/he).
import type { LanguageModule } from './language';
import { english } from './lang/en';
import { hebrew } from './lang/he';
import type { Lang } from './types';

export const LANGUAGES: Partial<Record<Lang, LanguageModule>> = {
  en: english,
  he: hebrew,
};
