// A stand-in for src/platform/browser in happy-dom tests: browser.i18n answers from the real
// _locales/<lang>/messages.json of the UI language (placeholders and $1.. substitutions as
// browsers do), browser.i18n.getUILanguage() names that language, and it can be switched to Hebrew.
import englishMessages from '../../../_locales/en/messages.json';
import hebrewMessages from '../../../_locales/he/messages.json';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const MESSAGES: Record<string, Messages> = { en: englishMessages, he: hebrewMessages };

export const uiLocale = { locale: 'en' as 'en' | 'he' };

/** Switches the UI language as the browser would. */
export function useUiLanguage(locale: 'en' | 'he'): void {
  uiLocale.locale = locale;
}

/** The browser's language tag, as Chrome and Firefox give it. */
export function getUILanguage(): string {
  return uiLocale.locale === 'he' ? 'he' : 'en-US';
}

export function getMessage(key: string, substitutions: string[] = []): string {
  const entry = MESSAGES[uiLocale.locale]?.[key];
  if (!entry) throw new Error(`no message "${key}" in _locales/${uiLocale.locale}/messages.json`);
  const withPlaceholders = entry.message.replace(/\$(\w+)\$/g, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '');
  return withPlaceholders.replace(/\$(\d)/g, (_, index: string) => substitutions[Number(index) - 1] ?? '');
}

export const fakeBrowser = { i18n: { getMessage, getUILanguage } };
