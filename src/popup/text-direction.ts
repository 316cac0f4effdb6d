// The direction of words in a language of the reply, for the parts of the popup that show them.
import type { Lang } from '../core/types';

export function replyDirection(lang: Lang): { lang: Lang; dir: 'rtl' | 'ltr' } {
  return { lang, dir: lang === 'he' ? 'rtl' : 'ltr' };
}
