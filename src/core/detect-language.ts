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
