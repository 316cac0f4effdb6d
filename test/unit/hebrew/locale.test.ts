import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const load = (lang: string): Record<string, Entry> =>
  JSON.parse(readFileSync(new URL(`../../../_locales/${lang}/messages.json`, import.meta.url), 'utf8'));

const english = load('en');
const hebrew = load('he');
const placeholdersIn = (message: string) => [...message.matchAll(/\$([A-Z_]+)\$/g)].map((found) => found[1]).sort();

describe('the Hebrew UI strings', () => {
  it('have exactly the keys of the English ones', () => {
    expect(Object.keys(hebrew).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(Object.keys(english))('%s keeps the placeholders of the English string', (key) => {
    expect(placeholdersIn(hebrew[key]!.message)).toEqual(placeholdersIn(english[key]!.message));
    expect(hebrew[key]!.placeholders).toEqual(english[key]!.placeholders);
  });

  it('are written in Hebrew, apart from the product name', () => {
    const untranslated = Object.entries(hebrew).filter(([, entry]) => !/[\u05D0-\u05EA]/.test(entry.message) && entry.message !== 'Reframe');
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });
});
