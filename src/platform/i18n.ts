// Every user-visible string comes from _locales/<lang>/messages.json through browser.i18n.
import type englishMessages from '../../_locales/en/messages.json';
import { browser } from './browser';

export type MessageKey = keyof typeof englishMessages;

/** The UI string for a key, with $1.. substitutions. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions);
}

/** The UI language as a BCP 47 tag ("he", "en-US"), for dates and numbers in that language. */
export function uiLocale(): string {
  return browser.i18n.getUILanguage();
}

/** Lays the whole page out right to left when the browser's UI language is Hebrew (the tag the page's dates use too). */
export function applyUiDirection(root: HTMLElement): void {
  root.lang = uiLocale();
  root.dir = uiLocale().toLowerCase().startsWith('he') ? 'rtl' : 'ltr';
}
