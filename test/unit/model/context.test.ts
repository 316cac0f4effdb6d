// Context that keeps findings about the agent's own words: what is not coached (quoted history,
// signatures, greetings, links, other languages), quoted and reported speech, declined promises.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { paragraphLanguage } from '../../../src/core/detect-language';
import { englishOpening } from '../../../src/core/lang/en/context';
import { hebrewOpening } from '../../../src/core/lang/he/context';
import { uncoachedLines } from '../../../src/core/uncoached';
import { DEFAULT_EFFECTIVE_POLICY } from '../../../src/policy/default-policy';

const check = (text: string) => analyze(text, DEFAULT_EFFECTIVE_POLICY);
const flagged = (text: string) => check(text).findings.map((finding) => finding.text);

describe('what is not coached', () => {
  it('quoted history after "On ... wrote:" and lines starting with ">"', () => {
    const reply = 'Hi Dana,\n\nYour refund went out today.\n\nOn Tue, 4 Mar 2025 at 10:02, Dana Levi wrote:\n> You should have read my email!! Calm down and fix it ASAP.';
    expect(check(reply).findings).toEqual([]);
    expect(check('Your refund went out today.\n> I NEVER got it, you people are useless!!').findings).toEqual([]);
  });

  it('Hebrew quoted history', () => {
    const reply = 'ההחזר יצא היום.\n\nב-4 במרץ 2025, דנה כתבה:\n> היית צריך לקרוא את המייל שלי!! תירגע';
    expect(check(reply).findings).toEqual([]);
  });

  it('a sign-off and the signature under it, but not a reply that only opens with thanks', () => {
    const text = 'Your refund went out today.\n\nThanks,\nPriya SOON\nCustomer Care';
    expect(uncoachedLines(text).map((span) => text.slice(span.start, span.end))).toEqual(['Thanks,\nPriya SOON\nCustomer Care']);
    expect(uncoachedLines('Thanks!\nWe will get back to you soon.')).toEqual([]);
  });

  it('a greeting or a name the sentence opens with, and @handles', () => {
    expect(englishOpening('Hi Sam, calm down please.')).toBe('Hi Sam, '.length);
    expect(englishOpening('Sam, calm down.')).toBe('Sam, '.length);
    expect(englishOpening('@116700 @AcmeHelp sorry about that!')).toBe('@116700 @AcmeHelp '.length);
    expect(englishOpening('Dear Mr Okafor,')).toBe('Dear Mr Okafor,'.length);
    expect(englishOpening('Unfortunately, we cannot.')).toBe(0);
    expect(englishOpening('Actually, that is wrong.')).toBe(0);
    expect(hebrewOpening('היי דנה, תירגעי בבקשה.')).toBe('היי דנה, '.length);
    expect(check('Hi Sam, calm down please.').findings.map((finding) => finding.text)).toEqual(['calm down']);
  });

  it('links and e-mail addresses', () => {
    expect(flagged('Please see https://example.com/HELP-NOW!!/JUST-RESTART for the steps.')).toEqual([]);
  });

  it('a paragraph in a language or script Reframe does not analyse, with its Latin acronyms', () => {
    expect(paragraphLanguage('Te hemos enviado un mensaje privado con instrucciones a traves de Twitter.')).toBeNull();
    expect(paragraphLanguage('Nous vous avons envoyé un SMS avec le code, merci de votre patience.')).toBeNull();
    expect(paragraphLanguage('Мы отправили вам SMS с кодом.')).toBeNull();
    expect(paragraphLanguage('I sent the PDF with the IBAN by SMS.')).toBe('en');
    expect(paragraphLanguage('שלחתי לך SMS עם הקוד.')).toBe('he');
    expect(check('Hola Ana, NO podemos hacer nada más, lo siento mucho por las molestias.').findings).toEqual([]);
  });

  it('mixed Hebrew and English: each paragraph in its own language', () => {
    const report = check('היית צריך לקרוא את ההוראות.\n\nYou should have read the manual.');
    expect(report.findings.map((finding) => [finding.lang, finding.category])).toEqual([
      ['he', 'blame'],
      ['en', 'blame'],
    ]);
  });

  it('acronyms and codes, which are not shouting', () => {
    expect(check('Please send the PDF of the VAT invoice by SMS, with your IBAN and order REF-4471.').findings).toEqual([]);
  });
});

describe("someone else's words", () => {
  it('quoted and reported speech is not the agent\'s claim', () => {
    expect(check("The driver told you 'not my problem', and he was wrong to. I've booked a new delivery for Thursday at 10 am.").findings).toEqual([]);
    expect(check('הנציג אמר לך שזה לא באחריותנו, והוא טעה. קבעתי משלוח חדש ליום חמישי ב-10:00.').findings).toEqual([]);
  });

  it('a declined promise is neither a promise nor a refusal', () => {
    expect(check("I can't promise it will never happen again; here is what changed: every parcel is now photographed.").findings).toEqual([]);
    expect(check('אני לא יכול להבטיח שזה לא יקרה שוב, אבל שינינו את התהליך.').findings).toEqual([]);
    expect(check("We can't refund, but I promise it will be fixed for good by Friday.").findings.map((finding) => finding.category)).toContain('over-promise');
  });
});

describe('offsets in Hebrew with marks', () => {
  it('right-to-left marks and niqqud never shift a model finding', () => {
    const text = '\u200Fכְּשֶׁיִּתְפַּנֶּה נציג נחזור אליך.';
    for (const finding of check(text).findings) expect(text.slice(finding.start, finding.end)).toBe(finding.text);
  });
});

describe('the whole reply', () => {
  it('owning the problem is no deflection', () => {
    const categories = (text: string) => check(text).findings.map((finding) => finding.category);
    expect(categories("I'm really sorry: the delay was on our side, and I've refunded the delivery fee.")).not.toContain('deflection');
  });

  it('a refusal the model flags is not bare when the reply asks the customer for what it needs', () => {
    const text = "Unfortunately, we don't track travel funds here. Do you still have the confirmation emails?";
    expect(check(text).findings.filter((finding) => finding.ruleId === 'model:bare-refusal')).toEqual([]);
  });
});
