import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { DEFAULT_EFFECTIVE_POLICY } from '../../../src/policy/default-policy';

const read = (customer: string) => analyze('Thanks for writing in.', DEFAULT_EFFECTIVE_POLICY, { customer }).customer!;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('reading the customer', () => {
  it("drafts a reflection from the customer's words, first person turned to second", () => {
    expect(read('I was charged twice and nobody answered my emails.').reflection).toBe(
      'you were charged twice and nobody answered your emails',
    );
    expect(read("My order hasn't arrived.").reflection).toBe("your order hasn't arrived");
  });

  it('turns the customer\'s "you" (the company) into "we" and "us"', () => {
    expect(read('You charged me on the 5th and I told you I had cancelled.').reflection).toBe(
      'we charged you on the 5th and you told us you had cancelled',
    );
  });

  it('leaves questions and demands out of the reflection', () => {
    const reading = read('My router keeps dropping. Can you fix it? I need it working by Friday.');
    expect(reading.reflection).toBe('your router keeps dropping');
  });

  it('senses the mood', () => {
    expect(read('Could you tell me when the shop opens on Sunday?').mood).toBe('calm');
    expect(read('I have been waiting for weeks and still nothing.').mood).toBe('frustrated');
    expect(read('This is ridiculous and completely unacceptable.').mood).toBe('angry');
    expect(read('You people are useless idiots. Fix it.').mood).toBe('abusive');
  });

  it('offers the calm boundary only when the customer is abusive', () => {
    expect(read('You people are useless idiots. Fix it.').boundary).toMatch(/^I'm not comfortable continuing while offensive language is used\./);
    expect(read('This is ridiculous.').boundary).toBeNull();
  });

  it('spots a demand with a deadline and asks about the interest behind it, as a person would', () => {
    const customer = 'The files are late again. I need the final logo files by tomorrow morning, no excuses.';
    const [demand, ...others] = read(customer).demands;
    expect(others).toEqual([]);
    expect(customer.slice(demand!.start, demand!.end)).toBe(demand!.text);
    expect(demand!.text).toBe('I need the final logo files by tomorrow morning');
    expect(demand).toMatchObject({ reasonGiven: false, question: 'What makes tomorrow morning the day you need it?' });
  });

  it('asks about "ASAP" as urgency', () => {
    expect(read('I need a plumber ASAP.').demands[0]!.question).toBe('What makes it so urgent for you?');
  });

  it("fills {reflection} in suggestions from the customer's message, or the generic one without it", () => {
    const reply = 'I understand your problem.';
    const withCustomer = analyze(reply, DEFAULT_EFFECTIVE_POLICY, { customer: "My order hasn't arrived." }).findings[0]!;
    expect(withCustomer.suggestions[0]!.text).toBe("If I understand correctly, your order hasn't arrived");
    const without = analyze(reply, DEFAULT_EFFECTIVE_POLICY).findings[0]!;
    expect(without.suggestions[0]!.text).toBe("If I understand correctly, [the customer's problem, in their words]");
  });
});

// The messages issue 12 quotes, and what it asks of them.
describe('issue 12: a mood that matches the message', () => {
  it('reads a customer terrified their insurance claim will be refused as anxious', () => {
    const reading = read("I'm terrified my insurance claim will be refused. The assessor said the damage might not be covered and we can't afford the repairs ourselves.");
    expect(reading.mood).toBe('anxious');
  });

  it('reads a lost booking for a special occasion after a long trip as more than calm', () => {
    const reading = read('We travelled 9 hours to get here for our anniversary and you lost our booking. The room we paid for in March was given to someone else.');
    expect(['frustrated', 'angry']).toContain(reading.mood);
  });

  it('reads a move to a competitor as angry', () => {
    expect(read("I'm moving to a competitor at the end of the month. Three outages in two weeks is not what I pay for.").mood).toBe('angry');
  });

  it('reads "Fix it." after a double charge as more than calm', () => {
    expect(read('I was charged twice this month. Fix it.').mood).not.toBe('calm');
  });

  it('has a mood for the worried customer, with its own advice', () => {
    expect(read("Please help, my rent goes out tomorrow and your app took £400 twice. I'm panicking.").mood).toBe('anxious');
  });
});

describe('issue 12: reflections that would make things worse', () => {
  it('never says back name-calling and a threat in fresh words (round eight)', () => {
    const reflection = (customer: string) => read(customer).reflection ?? '';
    expect(reflection('Four of your staff have passed me around and not one of them knows their arse from their elbow. The lock drains new batteries in five days.')).not.toMatch(/arse|elbow/);
    expect(reflection('Three tickets in one week because the app shows the wrong zone. Whoever designed this wants a slap. £210 in total.')).not.toMatch(/slap/);
    expect(reflection('The stable manager at Oakfield is a jumped-up bully who screamed at my 12 year old in front of everyone.')).not.toMatch(/jumped|bully/);
  });

  it('never says back Hebrew insults, accusations and threats in fresh words (round eight)', () => {
    const reflection = (customer: string) => read(customer).reflection ?? '';
    expect(reflection('הכלבה שלי חזרה מהגן עם פצע פתוח ברגל ואף אחד מהמטומטמים שם לא אמר מילה.')).not.toMatch(/מטומטמים/);
    expect(reflection('ביטלו לנו את הקייטנה יום לפני והיא עוד מעיזה להתחצף.')).not.toMatch(/מעיזה|להתחצף/);
    expect(reflection('95 שקל לחניה, שעתיים בתור לרכבל, והשירותים היו סגורים, ולא נחזור לחרמון.')).not.toMatch(/לא נחזור/);
    expect(reflection('שוב שכחתם את השתייה ואת הצ׳יפס. מי העבדים שעובדים אצלכם?')).not.toMatch(/עבדים/);
  });

  it('keeps the fact said beside name-calling or a demand in the same clause (round eight)', () => {
    const reflection = (customer: string) => read(customer).reflection ?? '';
    expect(reflection('Four of your staff have passed me around and not one of them knows their arse from their elbow.')).toMatch(/^four of our staff have passed you around$/i);
    expect(reflection('The stable manager at Oakfield is a jumped-up bully who screamed at my 12 year old in front of everyone.')).toMatch(/screamed at your 12 year old/);
    const lock = reflection('The lock drains a new set of batteries in five days so send me a working lock or refund me.');
    expect(lock).toMatch(/lock drains a new set of batteries in five days/i);
    expect(lock).not.toMatch(/send|refund/);
    // What is at stake stays even when it is put as a need.
    expect(reflection('My order arrived broken for the second time and I need it for my daughter\'s birthday tomorrow!')).toMatch(/birthday tomorrow/);
  });

  it('never says sarcasm back as if it were meant', () => {
    const reading = read('Great service as always, third outage this week.');
    expect(reading.sarcasm).toBe(true);
    expect(reading.reflection).not.toMatch(/great|service as always/i);
    expect(reading.reflection).toBe('this is the third outage this week');
  });

  it('never says back mock gratitude, mock anticipation or fresh name-calling (round thirteen)', () => {
    expect(read("That's the second loaf this month with mould. I suppose at £5.20 a loaf I should be grateful it was only mould on one side.").reflection).toBe(
      "that's the second loaf this month with mould",
    );
    expect(read('Charged £30 for creasing on a suit I returned in your own bag. Looking forward to the fee for breathing next time.').reflection).toBe(
      'charged £30 for creasing on a suit you returned in our own bag',
    );
    expect(read('Your installer drilled through a water pipe and then buggered off without a word. My ceiling came down this morning.').reflection).toBe(
      'our installer drilled through a water pipe, and your ceiling came down this morning',
    );
    expect(read('The deck has the wrong back design, red instead of blue, and whoever packs your orders needs their eyes tested.').reflection).toBe(
      'the deck has the wrong back design, red instead of blue',
    );
  });

  it('never says back a Hebrew "listen well, honey", a superlative insult or mock delight, and keeps the fact behind the delight (round thirteen)', () => {
    expect(read('תקשיבי טוב מותק, שילמתי 2,900 ש"ח על בקבוק ומה שקיבלתי זה בקבוק עם פקק שבור.').reflection).toBe('שילמת 2,900 ש"ח על בקבוק ומה שקיבלת זה בקבוק עם פקק שבור');
    expect(read('את המדריכה הכי גרועה שפגשתי, אני מחכה כבר חצי שעה בחוץ.').reflection).not.toMatch(/גרועה/);
    expect(read('ממש שמח ששילמתי 6,400 ש"ח על מערכת השקיה שמציפה את החניה של השכן.').reflection).toBe('שילמת 6,400 ש"ח על מערכת השקיה שמציפה את החניה של השכן');
  });

  it('never says back a Hebrew "another excuse every time", "just to close a sale" or "wow thanks for ..." (round fifteen)', () => {
    const excuse = read('התור היה ב-3 לחודש ועד היום לא הגיעו, בכל פעם תירוץ אחר.').reflection!;
    expect(excuse).not.toMatch(/תירוץ/);
    expect(excuse).toContain('לא הגיעו');
    const sale = read('קנינו אצלכם מזגן ב-4,000 ש"ח שלא מקרר את הסלון, דחפתם לנו דגם קטן רק כדי לסגור עסקה.').reflection!;
    expect(sale).not.toMatch(/לסגור עסקה/);
    expect(sale).toContain('לא מקרר את הסלון');
    const thanks = read('וואלה תודה שמכרתם לי שעון שעומד אחרי יומיים.').reflection ?? '';
    expect(thanks).not.toMatch(/תודה/);
  });

  it('never says back these Hebrew wordings, found in round fifteen\'s held-out messages after they were scored (second look, in new wordings)', () => {
    const cases: [string, RegExp, string][] = [
      ['הזמנתי עוגה ליום הולדת והיא הגיעה מרוחה, חבל על הזמן שלי איתכם.', /חבל על הזמן/, 'הגיעה מרוחה'],
      ['אני ממש מתחיל בבישול ולא הבנתי למה המחבת התעקמה אחרי שבוע.', /מתחיל/, 'המחבת התעקמה'],
      ['הכרטיס נחסם פעמיים החודש, וחנות שמתיימרת לשירות אישי לא עונה לטלפון.', /מתיימר/, 'נחסם פעמיים'],
      ['חיכינו שעה לשולחן שהוזמן מראש, ממש תענוג לחגוג אצלכם.', /תענוג/, 'חיכיתם שעה'],
      ['המקרר הגיע עם שריטה לאורך הדלת, והסיפור הולך לערוץ 13.', /ערוץ|הסיפור/, 'שריטה לאורך הדלת'],
      ['הקופאי עם החיוך המזויף חייב אותי פעמיים על אותו מוצר. יש לי את הקבלה, 38 שקל כל פעם.', /מזויף/, '38 שקל כל פעם'],
      ['המשלוח התעכב שבוע, ועד שזה לא מסתדר אני לא דורך אצלכם.', /דורך/, 'התעכב שבוע'],
      ['הוא חייב אותי על שלושה ארגזים כשלקחתי אחד, שילך לעבוד במשהו שלא צריך לספור בו.', /לספור|שילך/, 'שלושה ארגזים'],
      ['תמיד חשבתי שאני מגושם מדי לריקוד, אבל השיעור השני בוטל בלי הודעה.', /מגושם/, 'בוטל בלי הודעה'],
      ['העוגה הגיעה הפוכה בקופסה, וביישתם אותי מול כל האורחים.', /ביישת/, 'הפוכה בקופסה'],
    ];
    for (const [message, never, kept] of cases) {
      const reflection = read(message).reflection ?? '';
      expect(reflection, message).not.toMatch(never);
      expect(reflection, message).toContain(kept);
    }
  });

  it('never quotes an accusation or an insult back, and never turns one into "we"', () => {
    const liars = read('You people are liars. You told me the refund was sent on Monday and it never arrived.');
    expect(liars.reflection).toBe('we told you the refund was sent on Monday and it never arrived');
    const incompetent = read('You are all incompetent. My car has been in your garage for three weeks.');
    expect(incompetent.reflection).toBe('your car has been in our garage for three weeks');
    expect(incompetent.reflection).not.toMatch(/incompetent/);
  });

  it("never restates the customer's self-deprecation", () => {
    const reading = read("I'm hopeless with phones, but the new handset keeps restarting every hour.");
    expect(reading.reflection).toBe('the new handset keeps restarting every hour');
    expect(reading.reflection).not.toMatch(/hopeless/);
  });

  it('never repeats a threat', () => {
    const reading = read('My internet has been down since Monday. Fix it by Friday or I will post this everywhere and report you to the regulator.');
    expect(reading.reflection).toBe('your internet has been down since Monday');
  });
});

describe('issue 12: reflections that read well', () => {
  it('joins two sentences into one, without a capital mid-sentence', () => {
    const reading = read('The garage said the car was fixed. The engine light came on again on the way home.');
    expect(reading.reflection).toBe('the garage said the car was fixed, and the engine light came on again on the way home');
    expect(reading.reflectionLine).toBe(
      'If I understand correctly, the garage said the car was fixed, and the engine light came on again on the way home. Is that right?',
    );
  });

  it('never says back a clause that leans on one it leaves out (round eleven)', () => {
    const mirror = read(
      "I picked up the restored mirror on Monday and, on unpacking it at home, found a long crack across the glass, which was not there when we brought it in. We paid £900 for this restoration and my daughter's wedding is on the 30th with ninety guests. I expect it to be repaired before the 30th.",
    );
    const pond = read(
      'We had the pond dug last month and, while weeding the edge this morning with my grandson, who is four and stays with us on Fridays, I noticed the net you fitted has come loose. I\'m terrified he will fall in. Please come and fix it this week.',
    );
    for (const reflection of [mirror.reflection, mirror.reflectionShort, pond.reflection, pond.reflectionShort]) {
      if (reflection === null) continue;
      // No run left hanging on "and", no "who ..." or "which ..." without what it is about, no "while weeding ..." without what happened then.
      expect(reflection).not.toMatch(/\b(?:and|but),/);
      expect(reflection).not.toMatch(/^(?:who|which|was|is)\b/);
      if (reflection.includes('while weeding')) expect(reflection).toContain('the net we fitted has come loose');
      if (reflection.includes('who is four')) expect(reflection).toContain('grandson, who is four');
    }
    expect(pond.reflection).toContain('the net we fitted has come loose');
    // A clause that ends on "so" as a word of its own keeps it.
    expect(read("Your 'quick setup' has taken me two evenings, the hub still shows a red light, and nobody wants to say so.").reflection).toMatch(/nobody wants to say so$/);
    expect(mirror.reflection).toContain('found a long crack across the glass');
  });

  it('keeps the problem and what is at stake from a sentence that also holds a demand', () => {
    const reading = read("My order arrived broken for the second time and I need it for my daughter's birthday tomorrow!");
    expect(reading.reflection).toBe("your order arrived broken for the second time and you need it for your daughter's birthday tomorrow");
    const [demand] = reading.demands;
    expect(demand).toMatchObject({ text: "I need it for my daughter's birthday tomorrow", reasonGiven: true, question: null });
  });

  it('keeps a long message to one sentence of about 30 words, and offers a shorter one', () => {
    const reading = read(
      "Hi, I ordered a sofa on 3 March and paid £1,200 up front. Delivery was booked for last Tuesday, I took the day off work and nobody came. I've called four times since and every time I'm told someone will call back, but nobody ever does. We're hosting my parents next weekend and have nowhere to sit. Please give me a real delivery date.",
    );
    expect(words(reading.reflection!)).toBeLessThanOrEqual(31);
    expect(reading.reflectionShort).not.toBeNull();
    expect(words(reading.reflectionShort!)).toBeLessThan(words(reading.reflection!));
    expect(reading.reflectionShortLine).toBe(`If I understand correctly, ${reading.reflectionShort}. Is that right?`);
    for (const reflection of [reading.reflection!, reading.reflectionShort!]) {
      expect(reflection).not.toMatch(/\b(?:I|my|me)\b/);
      expect(reflection).not.toMatch(/[.!?]$/);
      expect(reflection.charAt(0)).toBe(reflection.charAt(0).toLowerCase());
    }
  });

  it('capitalises only the words that always have a capital', () => {
    const reading = read('Tracking has said out for delivery since Monday. FedEx told me it was LOST.');
    expect(reading.reflection).toBe('tracking has said out for delivery since Monday, and FedEx told you it was lost');
  });
});

describe('issue 12: demands and the interest behind them', () => {
  it('finds what the customer asks for: "I want", "I need", a refund, imperatives', () => {
    const texts = (customer: string) => read(customer).demands.map((demand) => demand.text);
    expect(texts('I want my money back.')).toEqual(['I want my money back']);
    expect(texts('Two weeks without a phone line. I want this sorted today.')).toEqual(['I want this sorted today']);
    expect(texts('Your courier lost my parcel. Refund AND compensation.')).toEqual(['Refund AND compensation']);
    expect(texts('I was charged twice. Fix it.')).toEqual(['Fix it']);
    // A request in two steps is two demands, as the later writers of the labelled set read it (round four).
    expect(texts('Please block the card and get my money back.')).toEqual(['Please block the card', 'get my money back']);
  });

  it('reads two things wanted in one breath as two demands, and an order after "so just" as one (round fifteen)', () => {
    const texts = (customer: string) => read(customer).demands.map((demand) => demand.text);
    expect(texts('The hull leaked all night. I want my deposit back and someone to ring me before Friday.')).toEqual(['I want my deposit back', 'someone to ring me before Friday']);
    expect(texts('You charged me twice for one lesson. I want the second charge reversed and a receipt for the first.')).toEqual(['I want the second charge reversed', 'a receipt for the first']);
    expect(texts('Your manager agreed a discount on the phone. Please honour the price you quoted and book me in for Thursday.')).toEqual(['Please honour the price you quoted', 'book me in for Thursday']);
    expect(texts('the ramp is still broken\nnobody turned up so just send someone please')).toEqual(['send someone please']);
    expect(texts('I want a new frame and the original mattress.')).toEqual(['I want a new frame', 'the original mattress']);
    // One thing wanted with two parts stays one demand.
    expect(texts('Refund AND compensation.')).toEqual(['Refund AND compensation']);
  });

  it('asks the interest question only when no reason was given, capitalised', () => {
    const [noReason] = read('The contract is wrong again. I need the corrected copy by friday.').demands;
    expect(noReason!.question).toBe('What makes Friday the day you need it?');
    const [withReason] = read("I need the corrected copy by Friday because the bank closes the mortgage on Monday.").demands;
    expect(withReason).toMatchObject({ reasonGiven: true, question: null });
  });

  it("never asks why it has to be tomorrow when the customer said it is for their daughter's birthday", () => {
    const reading = read("My order arrived broken for the second time and I need it for my daughter's birthday tomorrow!");
    expect(reading.demands.every((demand) => demand.question === null)).toBe(true);
  });

  it('asks no interest question when what is coming is the reason, said in another sentence (round four)', () => {
    const sale = read('Our flat sale completes next Thursday and the buyers could pull out. Send the survey report today.').demands;
    expect(sale.length).toBeGreaterThan(0);
    expect(sale.every((demand) => demand.question === null)).toBe(true);
    const gig = read('יש לי הופעה ביום שישי והגיטרה עוד לא הגיעה. תשלחו אותה עד מחר.').demands;
    expect(gig.length).toBeGreaterThan(0);
    expect(gig.every((demand) => demand.question === null)).toBe(true);
  });

  it('reads a customer left waiting who asks when or where as making a demand, with no interest question (round seven)', () => {
    const [when] = read('We took the day off and nobody came. When is the fitter coming back?').demands;
    expect(when).toMatchObject({ text: 'When is the fitter coming back', question: null });
    const [where] = read('Five weeks for an express repair. Where is my hearing aid?').demands;
    expect(where).toMatchObject({ text: 'Where is my hearing aid', question: null });
    const [hebrew] = read('אמרתם שתגיעו תוך שעה וזה כבר שלוש שעות. מתי אתם מגיעים?').demands;
    expect(hebrew).toMatchObject({ text: 'מתי אתם מגיעים', question: null });
    // Asking how something works is no demand.
    expect(read('How do I reset the router?').demands).toEqual([]);
  });

  it('reads what the company is told it will do as a demand: "You will pay for ...", "אתם תשלמו על ..." (round seven)', () => {
    expect(read('The installer cracked the beam. You will pay for the engineer and the steel.').demands.map((demand) => demand.text)).toEqual([
      'You will pay for the engineer and the steel',
    ]);
    expect(read('הצבעי שלכם הרס את הקיר. אתם תשלמו על הצבע.').demands.map((demand) => demand.text)).toEqual(['אתם תשלמו על הצבע']);
    expect(read("You'll see the charge on your statement next week.").demands).toEqual([]);
  });

  it('reads the thing asked for, named alone in Hebrew, as a demand: "החזר מלא.", "פיצוי על עוגמת הנפש." (round seven)', () => {
    expect(read('השיעור בוטל בפעם השלישית. פיצוי על עוגמת הנפש.').demands.map((demand) => demand.text)).toEqual(['פיצוי על עוגמת הנפש']);
    expect(read('ההחזר עדיין לא הגיע.').demands).toEqual([]);
  });

  it('asks no interest question when the reason is an event to come, money, sleep or a livelihood, said anywhere (round seven)', () => {
    const asked = (customer: string) => read(customer).demands.map((demand) => demand.question);
    expect(asked('The amp is still in your workshop. I need it back by the 1st. The album recording starts on the 3rd.')).toEqual([null]);
    expect(asked("I was charged twice. I want the second charge reversed today, money's very tight at the moment.")).toEqual([null]);
    expect(asked('האתר נפל שוב. אני צריך שמישהו יטפל בזה עוד היום. יש לי ספונסר שמשלם לפי הורדות.')).toEqual([null]);
    expect(asked('אני עצמאית. תשלחו לי את כל הקבלות מינואר עד היום.')).toEqual([null]);
    // Without any of it, the question is still asked.
    expect(asked('The contract is wrong again. I need the corrected copy by friday.')).toEqual(['What makes Friday the day you need it?']);
  });

  it('asks no interest question when the reason is an expiry, a livelihood, a keepsake, an empty house or embarrassment (round thirteen)', () => {
    const asked = (customer: string) => read(customer).demands.map((demand) => demand.question);
    expect(asked('The class was cancelled twice. Book me in or refund the £65. The voucher expires at the end of this month.')).toEqual([null]);
    expect(asked('The repair is a week late. Please tell me when I can collect it, this accordion is how I earn my living.')).toEqual([null]);
    expect(asked('The watch went missing at your shop. Find it today, it is the only thing I have from him.')).toEqual([null]);
    expect(asked('תשלחו טכנאי עוד היום. זה מביך אותי מול הלקוח.')).toEqual([null]);
    expect(asked('המשאבה לא עובדת. תחזרו אליי היום, אין אף אחד בבית עד יום ראשון.')).toEqual([null]);
  });

  it('reads "Come dig it out" and "Go and check ..." as orders: the verb after "come" or "go" (round sixteen)', () => {
    expect(read('My car is buried under the plough ridge. Come dig it out.').demands.map((demand) => demand.text)).toEqual(['Come dig it out']);
    expect(read('The meter reading is wrong again. Go and check the meter yourselves.').demands.map((demand) => demand.text)).toEqual(['Go and check the meter yourselves']);
    expect(read('Come on, a third missed delivery this month?').demands).toEqual([]);
  });

  it('reads "I ask for ..." and "I would like to ask if it is possible to ..." as requests, not a past "I ask for ... since January" (round sixteen)', () => {
    const demands = (customer: string) => read(customer).demands.map((demand) => demand.text);
    expect(demands('The lesson was cancelled twice. I ask for a discount on the next block.')).toEqual(['I ask for a discount on the next block']);
    expect(demands('Hello. I would like to ask if it is possible to move my lessons from Monday to Friday.')).toEqual(['I would like to ask if it is possible to move my lessons from Monday to Friday']);
    expect(demands('We ask for a new appointment since January and the answer is always the waiting list.')).toEqual([]);
    expect(demands("I'd like to ask about your summer camps.")).toEqual([]);
  });

  it('reads "£50 back into my account by Friday" as a demand and keeps it out of the reflection (round sixteen)', () => {
    const reading = read('The reader got my star sign wrong. £50 back into my account by Friday, or I go to my bank.');
    expect(reading.demands.map((demand) => demand.text)).toEqual(['£50 back into my account by Friday']);
    expect(reading.reflection).not.toMatch(/£50/);
    // Money taken is what happened, not what is asked.
    expect(read('£50 was taken twice from my account.').demands).toEqual([]);
  });

  it('asks no interest question when the customer has moved away or pays a crew to wait (round sixteen)', () => {
    const asked = (customer: string) => read(customer).demands.map((demand) => demand.question);
    expect(asked('I relocated to Glasgow in the spring. Please cancel my membership.')).toEqual([null]);
    expect(asked('The wrong tiles came again. Send the right ones by Thursday, my workers are standing around and I am paying them by the hour.')).toEqual([null]);
    // A cancellation with no reason still gets the question.
    expect(asked('Please cancel my membership.')).toEqual(['What is making you want to cancel?']);
  });

  it('reads an order to a woman agent as a demand and keeps it out of the reflection: "תבטלי", "תעבירי" (round seven)', () => {
    const reading = read('זו השיחה השישית שלי ואני לא הזמנתי את החבילה של 99 ₪. תבטלי את זה עכשיו ותעבירי אותי למנהל שלך.');
    expect(reading.demands.map((demand) => demand.text)).toEqual(['תבטלי את זה עכשיו', 'ותעבירי אותי למנהל שלך']);
    expect(reading.reflection).not.toMatch(/תבטלי|תעבירי/);
    // A first-person past ("תיקנתי", "תיאמתי") is no order.
    expect(read('תיאמתי עם הבייביסיטר והטכנאי לא הגיע.').demands).toEqual([]);
  });

  it('reads a Hebrew threat put as an order as no demand, and a referral or a party as the reason (round seven, second look)', () => {
    expect(read('שלושה שבועות בלי תשובה. תחכו לביקורת שלי בגוגל.').demands).toEqual([]);
    expect(read('תגיד אתה נורמלי? חיכיתי שעה.').demands).toEqual([]);
    expect(read('אני רוצה תור עוד היום. אני עם הפניה דחופה מהרופא.').demands.map((demand) => demand.question)).toEqual([null]);
    expect(read('אני חייבת את התחפושת עד יום שלישי, יש מסיבת חנוכה בגן.').demands.map((demand) => demand.question)).toEqual([null]);
  });

  it("reads an order the customer quotes from someone else as no demand (round eight)", () => {
    expect(read("I drove 40 minutes and the receptionist just said 'come back another time'.").demands).toEqual([]);
    expect(read("No refund offered, just 'come back another time'. I want the £132 refunded.").demands.map((demand) => demand.text)).toEqual(['I want the £132 refunded']);
    expect(read('הנציג אמר לי "תתקשרי מחר" וניתק.').demands).toEqual([]);
    expect(read("Send the engineer back today.").demands.map((demand) => demand.text)).toEqual(['Send the engineer back today']);
  });

  it('reads what staff did, a plea with nothing asked and a "when" that tells what happened as no demand (round eleven)', () => {
    const texts = (customer: string) => read(customer).demands.map((demand) => demand.text);
    expect(texts('Ten stars for the paddle that snapped. Staff on the jetty just laughed.')).toEqual([]);
    expect(texts("can you please courier the bow tie to the hall before 12, I'm getting married at 1\nplease please")).toEqual(['can you please courier the bow tie to the hall before 12']);
    expect(texts("When my husband asked about a life jacket, the young man said 'can he even swim?' and laughed.")).toEqual([]);
    // Orders, pleas and waiting questions as before.
    expect(texts('Staff the desk properly next time.')).toEqual(['Staff the desk properly next time']);
    expect(texts('Please please help me.')).toEqual(['Please please help me']);
    expect(texts('When is the fitter coming back?')).toEqual(['When is the fitter coming back']);
    expect(texts('Replace the part that failed.')).toEqual(['Replace the part that failed']);
  });

  it("reads the customer's own need with the 'I' left out as no demand (round eight)", () => {
    expect(read('No water in the kitchen and I have a small baby, need to make bottles, please send someone today.').demands.map((demand) => demand.text)).toEqual(['please send someone today']);
  });

  it('needs no interest question for a polite request', () => {
    const [request] = read('Could you send me a returns label for order 5521?').demands;
    expect(request).toMatchObject({ text: 'Could you send me a returns label for order 5521', question: null });
  });
});

describe('issue 12: the card and the popup use the new reflection', () => {
  it("offers the reflection in the hollow acknowledgement's suggestions, and the shorter one beside it", () => {
    const customer =
      "Hi, I ordered a sofa on 3 March and paid £1,200 up front. Delivery was booked for last Tuesday, I took the day off work and nobody came. I've called four times since and every time I'm told someone will call back, but nobody ever does. We're hosting my parents next weekend and have nowhere to sit.";
    const report = analyze('I understand your problem.', DEFAULT_EFFECTIVE_POLICY, { customer });
    const reading = report.customer!;
    const [finding] = report.findings;
    expect(finding!.category).toBe('hollow-acknowledgement');
    const [full, short] = finding!.suggestions;
    expect(full).toMatchObject({ label: 'Reflect instead', text: `If I understand correctly, ${reading.reflection}` });
    expect(short).toMatchObject({ label: 'Reflect instead (shorter)', text: `If I understand correctly, ${reading.reflectionShort}` });
  });
});
