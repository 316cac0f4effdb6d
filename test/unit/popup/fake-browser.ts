// A stand-in for src/platform/browser in happy-dom tests: browser.i18n answers from the real
// _locales/en/messages.json (placeholders and $1.. substitutions as browsers do), and the UI
// direction can be switched to right to left.
import englishMessages from '../../../_locales/en/messages.json';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const english: Messages = englishMessages;

export const uiLocale = { dir: 'ltr' as 'ltr' | 'rtl', locale: 'en' };

export function getMessage(key: string, substitutions: string[] = []): string {
  if (key === '@@bidi_dir') return uiLocale.dir;
  if (key === '@@ui_locale') return uiLocale.locale;
  const entry = english[key];
  if (!entry) throw new Error(`no message "${key}" in _locales/en/messages.json`);
  const withPlaceholders = entry.message.replace(/\$(\w+)\$/g, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '');
  return withPlaceholders.replace(/\$(\d)/g, (_, index: string) => substitutions[Number(index) - 1] ?? '');
}

export const fakeBrowser = { i18n: { getMessage } };
