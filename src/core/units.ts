// The sentences of a reply that are coached, each with the language it is read in: paragraphs
// by language (a paragraph in a language Reframe does not analyse is skipped), without quoted
// history, sign-offs and signatures, and without the greeting a sentence opens with. The
// analyser and the model's trainer read a reply through this one function.
import { detectLanguage, paragraphLanguage } from './detect-language';
import { LANGUAGES } from './languages';
import type { LanguageModule } from './language';
import { paragraphs } from './text-spans';
import type { Lang, Span } from './types';
import { inside, uncoachedLines } from './uncoached';

export interface Unit extends Span {
  lang: Lang;
  module: LanguageModule;
}

export interface Units {
  units: Unit[];
  /** Characters analysed per language: the reply's language is the most used one. */
  charsByLang: Map<Lang, number>;
}

export function coachedSentences(text: string, forced?: Lang): Units {
  const skipped = uncoachedLines(text);
  const units: Unit[] = [];
  const charsByLang = new Map<Lang, number>();
  for (const paragraph of paragraphs(text)) {
    if (inside(paragraph, skipped)) continue;
    const body = text.slice(paragraph.start, paragraph.end);
    const lang = forced ?? paragraphLanguage(withoutRegions(text, paragraph, skipped));
    if (!lang) continue;
    const module = LANGUAGES[lang];
    if (!module) continue;
    charsByLang.set(lang, (charsByLang.get(lang) ?? 0) + body.length);
    for (const sentence of module.sentences(body)) {
      let start = paragraph.start + sentence.start;
      const end = paragraph.start + sentence.end;
      if (inside({ start, end }, skipped)) continue;
      const opening = module.opening(text.slice(start, end));
      if (opening >= end - start) continue;
      start += opening;
      units.push({ start, end, lang, module });
    }
  }
  return { units, charsByLang };
}

/** The paragraph's text without the regions that are not coached (quoted history in another language, say). */
function withoutRegions(text: string, paragraph: Span, regions: readonly Span[]): string {
  let body = '';
  let at = paragraph.start;
  for (const region of [...regions].sort((a, b) => a.start - b.start)) {
    if (region.end <= at || region.start >= paragraph.end) continue;
    body += text.slice(at, Math.max(at, region.start));
    at = Math.max(at, region.end);
  }
  return body + text.slice(at, paragraph.end);
}

/** The language a reply is mostly written in. */
export function replyLanguage(text: string, charsByLang: Map<Lang, number>): Lang {
  return [...charsByLang].sort((a, b) => b[1] - a[1])[0]?.[0] ?? detectLanguage(text);
}
