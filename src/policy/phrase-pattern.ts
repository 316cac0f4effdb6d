// A plain phrase as a team lead types it ("That's on the courier!") turned into a pattern that
// finds exactly those words: nothing the lead types is read as pattern syntax.
import type { Lang } from '../core/types';

/** Characters with a meaning in compromise match syntax or in Hebrew patterns, and punctuation around words. */
const SYNTAX = /[#@()[\]{}*+?^$~<>|!.,;:"“”„«»\\/=&_]/g;
/** A hyphen or apostrophe that is not between two letters or digits ("follow-up" and "that's" keep theirs). */
const LOOSE_JOINER = /(?<![\p{L}\p{N}])['’‘-]|['’‘-](?![\p{L}\p{N}])/gu;
/** A typed geresh or gershayim between Hebrew letters (צ'יפס, ד"ר): part of the word. */
const TYPED_GERESH = /(?<=\p{Script=Hebrew})['’](?=\p{Script=Hebrew})/gu;
const TYPED_GERSHAYIM = /(?<=\p{Script=Hebrew})["”](?=\p{Script=Hebrew})/gu;
/** Where Hebrew letters meet other letters or digits: to the Hebrew analyser those are two words. */
const SCRIPT_CHANGE = /(?<=\p{Script=Hebrew})(?=[\p{L}\p{N}%])(?!\p{Script=Hebrew})|(?<=[\p{L}\p{N}%])(?<!\p{Script=Hebrew})(?=\p{Script=Hebrew})/gu;

/**
 * The pattern for one phrase: syntax characters dropped, lower case, single spaces. Hebrew
 * words stay as written. In Hebrew a hyphen would mean "any word with this prefix" and an
 * apostrophe outside a Hebrew word is no part of it, so both split words there.
 * An empty string means the phrase has no words to find.
 */
export function patternFromPhrase(phrase: string, lang: Lang): string {
  let text = phrase.normalize('NFC');
  if (lang === 'he') text = text.replace(TYPED_GERESH, '׳').replace(TYPED_GERSHAYIM, '״');
  text = text.replace(SYNTAX, ' ').replace(LOOSE_JOINER, ' ').replace(/[’‘]/g, "'");
  if (lang === 'he') text = text.replace(/['\-\u05BE]/g, ' ').replace(SCRIPT_CHANGE, ' ');
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
