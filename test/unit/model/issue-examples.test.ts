// The examples of issues 10 (English) and 11 (Hebrew): what each must be flagged as, and what
// must stay quiet. Rules and the sentence model together, as Reframe ships.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { DEFAULT_EFFECTIVE_POLICY } from '../../../src/policy/default-policy';

const categories = (text: string) => [...new Set(analyze(text, DEFAULT_EFFECTIVE_POLICY).findings.map((finding) => finding.category))];

const FLAGGED: [string, string][] = [
  // English (issue 10)
  ['blame', 'The size chart is right there on the product page.'],
  ['blame', 'This is covered in step 3 of the setup guide.'],
  ['blame', 'High bills usually come down to how the heating is used.'],
  ['deflection', "The courier is a separate company, so you'll need to take it up with them."],
  ['deflection', "That's one for the landlord."],
  ['over-promise', 'This fix is permanent.'],
  ['over-promise', "You'll never see that error again."],
  ['over-promise', "I'd stake my job on it."],
  ['minimizing', "It's a tiny scratch, most people wouldn't notice."],
  ['minimizing', "That's a five-minute job."],
  ['minimizing', 'Hi Sam, calm down please.'],
  ['minimizing', 'Sam, calm down.'],
  ['hollow-acknowledgement', 'Totally get where you\u2019re coming from.'],
  ['hollow-acknowledgement', 'Your concerns have been logged.'],
  ['confrontational', 'To be perfectly clear, the fee was in the contract you signed.'],
  ['confrontational', "I'm not going to repeat myself."],
  ['vague-timeline', "We'll sort it out when things quieten down."],
  ['vague-timeline', "We'll look at it once the team gets to it."],
  ['vague-timeline', 'Your refund will be processed in the fullness of time.'],
  // Hebrew (issue 11)
  ['blame', 'כל המידע מופיע בתקנון שאישרת.'],
  ['blame', 'מי שקורא את ההוראות לא נתקע בשלב הזה.'],
  ['deflection', 'זה כבר בטיפול של חברת השליחויות, מולם צריך לברר.'],
  ['deflection', 'אצלנו במערכת הכול תקין.'],
  ['over-promise', 'אין סיכוי שזה יחזור.'],
  ['over-promise', 'מחר בבוקר זה אצלך, סגור.'],
  ['minimizing', 'זה עניין של חמש דקות.'],
  ['minimizing', 'סך הכול שריטה קטנה.'],
  ['hollow-acknowledgement', 'קיבלנו את הפנייה והיא נרשמה.'],
  ['hollow-acknowledgement', 'ברור לי לגמרי מה את מרגישה.'],
  ['confrontational', 'בוא נדייק.'],
  ['confrontational', 'אני כבר לא יודע איך להסביר את זה אחרת.'],
  ['vague-timeline', 'כשיתפנה נציג נחזור אליך.'],
  ['vague-timeline', 'זה ייקח עוד קצת זמן.'],
];

const QUIET = [
  // A declined promise is the honest answer the coaching asks for.
  "I can't promise it will never happen again; here is what changed: the courier now photographs every drop.",
  'אני לא יכול להבטיח שזה לא יקרה שוב, אבל שינינו את התהליך.',
  // Quoted and reported speech is not the agent's claim.
  "The driver told you 'not my problem', and he was wrong to. I've booked a new delivery for Thursday morning.",
  // A word in another sense.
  "We'd rather remake it than send one that isn't right.",
  // A reply in another language and script, with Latin acronyms.
  'Te hemos enviado un mensaje privado con las instrucciones para el PIN y el IBAN a través de Twitter.',
  'Мы отправили вам SMS с кодом и счёт в PDF.',
  // Standard acronyms are not shouting.
  'I have attached the PDF of your VAT invoice and sent the code by SMS.',
  // COACHING.md's look-alikes.
  'I just sent you a DM.',
  'You should now be able to log in.',
  "We can't wait to see you!",
  'I understand you were charged twice after cancelling.',
];

describe('the examples of issues 10 and 11', () => {
  it.each(FLAGGED)('flags %s in "%s"', (category, text) => {
    expect(categories(text)).toContain(category);
  });

  it.each(QUIET)('leaves "%s" quiet', (text) => {
    expect(categories(text)).toEqual([]);
  });
});
