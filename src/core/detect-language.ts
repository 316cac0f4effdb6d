// Which language a piece of text is in. Hebrew script means Hebrew; anything else is
// analysed as English (the only other language with a module).
import type { Lang } from './types';

const HEBREW_LETTER = /[\u05D0-\u05EA]/g;
const ANY_LETTER = /\p{L}/gu;

/** Hebrew when at least a fifth of the letters are Hebrew (an English product name inside Hebrew stays Hebrew). */
export function detectLanguage(text: string): Lang {
  const hebrew = text.match(HEBREW_LETTER)?.length ?? 0;
  if (hebrew === 0) return 'en';
  const letters = text.match(ANY_LETTER)?.length ?? 0;
  return hebrew * 5 >= letters ? 'he' : 'en';
}

const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/g;
/** Greek, Cyrillic, Armenian, Arabic, the Indic scripts, Thai, Georgian, Japanese, Chinese, Korean. */
const OTHER_SCRIPT_LETTER = /[\u0370-\u058F\u0600-\u077F\u0900-\u0E7F\u10A0-\u10FF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF]/g;
const LATIN_WORD = /[a-z\u00C0-\u024F]+(?:['’][a-z]+)?/g;

/** Common English words that other Latin-script languages do not share. */
const ENGLISH_WORDS = new Set(
  ('the and you your we our us to of for is are was were it this that have has be will can not with please thanks thank ' +
    'sorry if i my me on at by from what when how so but or any all just get let know would could should there here').split(' '),
);
/** Function words of the Latin-script languages agents most often reply in besides English. */
const OTHER_WORDS = new Set(
  ('el los las del que por para con una usted hola gracias mensaje nuestro nuestra muy pero como esta este est\u00e1 de te hemos un es su sus ya m\u00e1s nos ' +
    'le les des est et vous nous pour pas une avec sur merci bonjour votre vos dans aux je avons sommes cette mais ' +
    'der die das und ist nicht sie wir ich mit f\u00fcr auf ein eine den dem bitte danke hallo ihre ihr uns haben sind wird k\u00f6nnen auch noch ihnen ' +
    'os n\u00e3o voc\u00ea com obrigado ol\u00e1 seu sua nosso ' +
    'il di che \u00e8 per non sono grazie ciao della questo ' +
    'het een niet je jij wij bedankt voor ons').split(' '),
);

/**
 * The language to analyse a paragraph in, or null when it is one Reframe does not analyse:
 * mostly another script (Cyrillic, Arabic, Chinese ...), or Spanish, French, German and the
 * like in Latin script. Short or unclear paragraphs count as English.
 */
export function paragraphLanguage(text: string): Lang | null {
  const lang = detectLanguage(text);
  if (lang === 'he') return lang;
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  const other = text.match(OTHER_SCRIPT_LETTER)?.length ?? 0;
  if (other > latin) return null;
  let english = 0;
  let foreign = 0;
  for (const word of text.toLowerCase().match(LATIN_WORD) ?? []) {
    if (ENGLISH_WORDS.has(word)) english++;
    else if (OTHER_WORDS.has(word)) foreign++;
  }
  return foreign >= 3 && foreign > english * 2 ? null : 'en';
}
