// A stand-in for src/platform/browser in happy-dom tests: browser.i18n answers from the real
// _locales/<lang>/messages.json of the UI language (placeholders and $1.. substitutions as
// browsers do), and the UI language can be switched to Hebrew, right to left.
import englishMessages from '../../../_locales/en/messages.json';
import hebrewMessages from '../../../_locales/he/messages.json';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const MESSAGES: Record<string, Messages> = { en: englishMessages, he: hebrewMessages };

export const uiLocale = { dir: 'ltr' as 'ltr' | 'rtl', locale: 'en' };

/** Switches the UI language as the browser would: Hebrew is laid out right to left. */
export function useUiLanguage(locale: 'en' | 'he'): void {
  uiLocale.locale = locale;
  uiLocale.dir = locale === 'he' ? 'rtl' : 'ltr';
}

export function getMessage(key: string, substitutions: string[] = []): string {
  if (key === '@@bidi_dir') return uiLocale.dir;
  if (key === '@@ui_locale') return uiLocale.locale;
  const entry = MESSAGES[uiLocale.locale]?.[key];
  if (!entry) throw new Error(`no message "${key}" in _locales/${uiLocale.locale}/messages.json`);
  const withPlaceholders = entry.message.replace(/\$(\w+)\$/g, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '');
  return withPlaceholders.replace(/\$(\d)/g, (_, index: string) => substitutions[Number(index) - 1] ?? '');
}

export const fakeBrowser = { i18n: { getMessage } };
