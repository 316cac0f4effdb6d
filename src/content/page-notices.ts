// What the agent is told when coaching cannot do its work on a reply (issue 13): the reply is
// over the coaching limit, the coach was cut off from the extension (after an update or a
// reload of the extension; it offers to reload the page), or a policy rule was stopped for
// taking too long. Each is said once, calmly, in the reply's language, with no internal ids,
// until the situation changes.
import { detectLanguage } from '../core/detect-language';
import type { Lang, Report } from '../core/types';
import { MAX_TEXT } from './reply-limit';

/** The limit as both languages write it: "500,000". */
const LIMIT = MAX_TEXT.toLocaleString('en-US');

/** Why a reply was not analysed: too long, no extension to ask, or the analysis failed. */
export type Unanalysed = 'too-long' | 'disconnected' | 'failed';

export interface NoticeStrings {
  tooLong: string;
  disconnected: string;
  reload: string;
  ruleStopped: string;
}

export const NOTICE_STRINGS: Record<Lang, NoticeStrings> = {
  en: {
    tooLong: `This reply is too long for Reframe to coach (over ${LIMIT} characters), so it is not being checked. Shorter replies are coached as you type.`,
    disconnected: 'Reframe was updated or restarted, so it can no longer coach on this page. Copy your draft if the page might not keep it, then reload.',
    reload: 'Reload to coach again',
    ruleStopped: "One of your team's rules took too long on this reply and was paused; the other rules still coach it.",
  },
  he: {
    tooLong: `התשובה הזו ארוכה מדי בשביל Reframe (יותר מ-${LIMIT} תווים), ולכן היא לא נבדקת. תשובות קצרות יותר מלוּוות תוך כדי הקלדה.`,
    disconnected: 'Reframe עודכן או הופעל מחדש, ולכן אינו יכול ללוות יותר בדף הזה. העתיקו את הטיוטה אם הדף עלול לא לשמור אותה, ואז טענו אותו מחדש.',
    reload: 'טעינה מחדש כדי לקבל ליווי',
    ruleStopped: 'אחד הכללים של הצוות לקח יותר מדי זמן בתשובה הזו והושהה; שאר הכללים ממשיכים ללוות אותה.',
  },
};

/** Where the notices go (the coach's CardPlace). */
export interface NoticePlace {
  say(message: string): void;
  /** A notice that stays, with a button that reloads the page. */
  offerReload?(message: string, label: string): void;
}

/** True when the failure means the extension is gone from this page (updated, reloaded or removed). */
export function lostExtension(connected: boolean | undefined, error: string): boolean {
  return connected === false || /extension context invalidated|context invalidated/i.test(error);
}

export class PageNotices {
  private tooLongSaid = false;
  private disconnectedSaid = false;
  private readonly stoppedSaid = new Set<string>();

  constructor(private readonly place: NoticePlace) {}

  /** After each analysis of `text` (report), or each time it could not be analysed (unanalysed). */
  update(text: string, unanalysed: Unanalysed | null, report: Report | null): void {
    const words = NOTICE_STRINGS[report?.lang ?? detectLanguage(text.slice(0, 2_000))];
    if (unanalysed === 'too-long') {
      if (!this.tooLongSaid) this.place.say(words.tooLong);
      this.tooLongSaid = true;
      return;
    }
    this.tooLongSaid = false;
    if (unanalysed === 'disconnected') {
      if (!this.disconnectedSaid) {
        if (this.place.offerReload) this.place.offerReload(words.disconnected, words.reload);
        else this.place.say(`${words.disconnected} ${words.reload}.`);
      }
      this.disconnectedSaid = true;
      return;
    }
    const fresh = (report?.stoppedRules ?? []).filter((rule) => !this.stoppedSaid.has(rule.ruleId));
    if (fresh.length === 0) return;
    for (const rule of fresh) this.stoppedSaid.add(rule.ruleId);
    this.place.say(words.ruleStopped);
  }
}
