// The customer reading on messages written the way customers write them, beyond the ones issue 12
// quotes: what an agent sees in the reflection, the mood and the demands.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { turnToSecondPerson } from '../../../src/core/lang/en/customer';
import { DEFAULT_EFFECTIVE_POLICY } from '../../../src/policy/default-policy';

const read = (customer: string) => analyze('Thanks for writing in.', DEFAULT_EFFECTIVE_POLICY, { customer }).customer!;

describe('the reflection keeps what happened', () => {
  it('takes only the greeting off a sentence, never the words after it', () => {
    const reading = read('hi my tickets for the concert on saturday never arrived by email. i paid £96 for two.');
    expect(reading.reflection).toMatch(/^your tickets for the concert on saturday never arrived by email/);
    expect(read('Hi team, the wifi on the second floor has dropped out every afternoon this week.').reflection).toBe(
      'the wifi on the second floor has dropped out every afternoon this week',
    );
  });
});

describe('the reflection never says back what the customer said in anger, in any wording', () => {
  it('leaves out a judgement of the company or its people', () => {
    const people = read("Our online shop has been down since 6am. You people have no idea what you're doing.");
    expect(people.reflection).toBe('your online shop has been down since 6am');
    // Contempt read by shape is weighed by the mood model, not forced to angry (round three): either reading is fair.
    expect(['frustrated', 'angry']).toContain(people.mood);
    const company = read('Your company is a total shambles from top to bottom. The alarm went off at 3am for the fourth time.');
    expect(company.reflection).toBe('the alarm went off at 3am for the fourth time');
    const staff = read('Found a hair in my curry again. Your kitchen staff are filthy animals.');
    expect(staff.reflection).toBe('found a hair in your curry again');
    expect(staff.mood).toBe('abusive');
  });

  it('leaves out an insult put as a form of address', () => {
    const reading = read('Reverse it now you thieving gits. You charged me £60 in roaming for a trip I never took.');
    expect(reading.reflection).toBe('we charged you £60 in roaming for a trip you never took');
    expect(reading.mood).toBe('abusive');
  });

  it('leaves out a judgement of what happened, a refusal and a threat', () => {
    expect(read('Your machine charged me £100 even though I paid. This is a money-making racket and you know it.').reflection).toBe(
      'our machine charged you £100 even though you paid',
    );
    expect(read("Your meter estimated my bill at £612. I'm not paying a penny of this.").reflection).toBe('our meter estimated your bill at £612');
    expect(read("My car has been at the garage for seven weeks. I'll be raising it with the Motor Ombudsman.").reflection).toBe(
      'your car has been at the garage for seven weeks',
    );
  });

  it('leaves out "like a mug" and a smug witch in new wordings (round nine)', () => {
    expect(read('I stayed home from work like a mug and the sofa never came.').reflection).toBe('the sofa never came');
    expect(read('The smug witch on your front desk charged me twice for one class.').reflection ?? '').not.toMatch(/smug|witch/);
  });

  it("leaves out the customer's self-deprecation, and reads it as no insult", () => {
    const reading = read("I'm probably being thick here but the printer still says it can't find the cartridge.");
    expect(reading.reflection).toBe("the printer still says it can't find the cartridge");
    expect(reading.mood).not.toBe('abusive');
    const shy = read('i am not very good with technology. my phone line has had a crackle for a week.');
    expect(shy.reflection).toBe('your phone line has had a crackle for a week');
  });

  it('keeps what happened after an outburst in the same sentence', () => {
    expect(read('The alarm went off again at 3am. My neighbours are furious and my kids aren\'t sleeping.').reflection).toBe(
      "the alarm went off again at 3am, and your kids aren't sleeping",
    );
  });

  it('reads a thank-you as calm, an offer of a good review too (round three)', () => {
    expect(read('Just wanted to say a big thank you to Lee in the workshop, who stayed late on Friday to fix my wheel. Much appreciated!').mood).toBe('calm');
    expect(read('Hi Daniel, just wanted to say thank you for all your help. Would you be happy for me to leave you a review on Google?').mood).toBe('calm');
  });

  it('keeps what a person of the company did, and a fact about a family member', () => {
    expect(read('Your driver was late again and the food was cold.').reflection).toBe('our driver was late again and the food was cold');
    expect(read("The boiler has stopped again. My mum is 84 and it's 2 degrees outside.").reflection).toMatch(/your mum is 84/);
  });
});

describe('the reflection keeps the facts a clause of another kind carries (round three)', () => {
  it('keeps the reason given at the end of a question', () => {
    expect(read('The photo book arrived with half the pages upside down. Can you reprint it by Friday because the party is on the 21st?').reflection).toBe(
      'the photo book arrived with half the pages upside down, because the party is on the 21st',
    );
  });

  it('ends a clause at an emoji or a "lol" inside a sentence, so the sarcasm after it goes alone', () => {
    expect(read('bought a bike on saturday. the chain has come off 5 times already lol amazing quality').reflection).toBe(
      'bought a bike on saturday, and the chain has come off 5 times already',
    );
    expect(read('wow @SpeakEasy thanks for cancelling my class 10 mins before it started, super helpful 🙄 exam is in 2 weeks btw').reflection).toBe(
      'we cancelled your class 10 mins before it started, and exam is in 2 weeks btw',
    );
  });

  it('says back what happened without the insult or the sneer inside the clause', () => {
    const told = read("I've told your useless coordinator FOUR times that my mother-in-law is in a wheelchair and needs the ground floor room.");
    expect(told.reflection).toBe("you've told our coordinator four times that your mother-in-law is in a wheelchair and needs the ground floor room");
    expect(read("To whoever reads this garbage inbox: your fraud team froze my fundraiser for my brother's cancer treatment.").reflection).toBe(
      "our fraud team froze your fundraiser for your brother's cancer treatment",
    );
    expect(read("I've had enough of your incompetent advisers. Every one of them asks me for the same payslips.").reflection).toBe(
      'every one of them asks you for the same payslips',
    );
    expect(read('ur app charged me 3 times for one ticket you thieving muppets').reflection).toBe('our app charged you 3 times for one ticket');
  });
});

describe('the reflection keeps the words of a fact (round three)', () => {
  it('keeps what a long sarcastic sentence shares with the facts, "even though" whole, and leaves out "just wanted to report it"', () => {
    expect(read('Paid £9.80 for a day ticket, it expired at midnight while I was still on the night bus home. Good to know "day" means "until the bus is halfway to my house".').reflection).toBe(
      'paid £9.80 for a day ticket, it expired at midnight while you were still on the night bus home',
    );
    expect(read("The app says 0 W even though it's sunny. Nothing urgent, just wanted to report it.").reflection).toBe("the app says 0 W even though it's sunny");
    expect(read("The estate agent won't take my offer seriously without it.").reflection).toBe("the estate agent won't take your offer seriously without it");
  });
});

describe('the reflection never says back contempt, a threat or an apology in new wordings (round three)', () => {
  it('reads insults in new wordings as abuse: a name for the people, a question about what they are, a wish of harm', () => {
    expect(read('You jobsworths fined me £100 for putting my recycling out a day early.').mood).toBe('abusive');
    expect(read('why do u keep sending me warehouse jobs. are u illiterate or just lazy.').mood).toBe('abusive');
    expect(read("My part is still not here. You people are liars.").mood).toBe('abusive');
    expect(read('I hope whoever keeps fobbing me off ends up stuck in a chair with a broken wheel like me.').mood).toBe('abusive');
    expect(read('I explained this on the phone and your snotty little clerk laughed at me.').mood).toBe('abusive');
  });

  it('turns a name put beside "you" or a "so-called" into the company itself', () => {
    expect(read('You jobsworths fined me £100 for putting my recycling out a day early.').reflection).toBe(
      'we fined you £100 for putting your recycling out a day early',
    );
    expect(read('Your so-called fraud team froze my fundraiser with no explanation.').reflection).toBe('we froze your fundraiser with no explanation');
  });

  it('leaves out a question about what the company is, a threat to take business away, a list that goes on with a threat, and an apology', () => {
    expect(read('You keep sending me warehouse jobs when my cv says accountant, are u illiterate or just lazy').reflection).toBe(
      'we keep sending you warehouse jobs when your cv says accountant',
    );
    expect(read("Guests found last week's sheets on the beds. You won't be getting our other two properties.").reflection).toBe(
      "guests found last week's sheets on the beds",
    );
    expect(read("You kept our £2,000 deposit. Enjoy the reviews, they're going up on Google, Hitched and every local wedding group tonight.").reflection).toBe(
      'we kept your £2,000 deposit',
    );
    expect(read('The order still says processing, sorry to be a pain.').reflection).toBe('the order still says processing');
    expect(read("You took the deposit from the wrong card, and if the mortgage bounces I'll hold you responsible.").reflection).toBe(
      'we took the deposit from the wrong card',
    );
    expect(read("Warning to anyone in Bristol: the rear brake failed on Sunday. Don't trust them with your bike.").reflection).toBe('the rear brake failed on Sunday');
    expect(read("Day 12 without a working lock. I'm sure the urgent repair team is very busy.").reflection).toBe('day 12 without a working lock');
    expect(read("I still haven't been paid for three weeks. I know it's probably something I did wrong on the timesheet.").reflection).toBe(
      "you still haven't been paid for three weeks",
    );
    expect(read('Oh good, another "have you tried turning it off and on again" and the VPN still won\'t connect.').reflection).toBe(
      "the VPN still won't connect",
    );
  });
});

describe('the reflection says a repeated complaint once, and turns "you" right (round three)', () => {
  it('keeps the first of two clauses that say the same', () => {
    expect(read('The lift is broken again. The lift is broken and nobody has come. My mum cannot get up the stairs.').reflection).toBe(
      'the lift is broken again, nobody has come, and your mum cannot get up the stairs',
    );
  });

  it('reads the customer\'s "you" before a verb as the subject', () => {
    expect(turnToSecondPerson('every time you say you will send the officer nobody comes')).toBe('every time we say we will send the officer nobody comes');
    expect(turnToSecondPerson('I know you are busy')).toBe('you know we are busy');
  });
});

describe('the reflection turns the company\'s "you" right after a noun (round four)', () => {
  it('reads "the bike you sold me" as what the company did: "the bike we sold you"', () => {
    expect(turnToSecondPerson('the bike you sold me lost its chain on the first ride')).toBe('the bike we sold you lost its chain on the first ride');
    expect(turnToSecondPerson('the fridge you delivered on Monday is leaking')).toBe('the fridge we delivered on Monday is leaking');
    expect(read('The kettle you sent me has a cracked lid.').reflection).toBe('the kettle we sent you has a cracked lid');
  });

  it('still reads "you" after a verb as the one the customer spoke to', () => {
    expect(turnToSecondPerson('I paid you in full and told you twice')).toBe('you paid us in full and told us twice');
    expect(turnToSecondPerson('I sent you the photos')).toBe('you sent us the photos');
  });

  it('reads "you" before a present-tense verb after a noun as the subject (round thirteen)', () => {
    expect(turnToSecondPerson('each time you charge £75')).toBe('each time we charge £75');
    expect(read('Third repair on the same steam wand in six months. Each time you charge £75.').reflection).toBe(
      'this is the third repair on the same steam wand in six months, and each time we charge £75',
    );
    expect(turnToSecondPerson('I watched you drive off')).toBe('you watched us drive off');
  });
});

describe('the reflection reads a sentence the way it was meant (round thirteen)', () => {
  it('leaves out "I\'m so stressed" as a feeling, not as a bare "stressed"', () => {
    expect(read("I'm so stressed, I've lost my laptop and most of my clothes.").reflection).toBe("you've lost your laptop and most of your clothes");
  });

  it('reads "and the bill put on hold" as the rest of the demand before it', () => {
    expect(read('My water bill has jumped from £38 to £290 for the quarter and there is no leak. I want the meter tested and the bill put on hold until it is.').reflection).toBe(
      'your water bill has jumped from £38 to £290 for the quarter and there is no leak',
    );
  });

  it('reads what follows a demand inside one clause as more of it', () => {
    expect(read("It's been 8 weeks since the assessor visited and we've still had no report, so please send me the report and a named contact this week.").reflection).toBe(
      "it's been 8 weeks since the assessor visited and you've still had no report",
    );
    expect(read("Your staff told me it's not their problem, so I want the CCTV checked and a manager to call me today. My car keys and wallet were in it.").reflection).toBe(
      "our staff told you it's not their problem, and your car keys and wallet were in it",
    );
  });

  it('leaves out a verdict ("Not what we expected") and only the closing phrase that repeats sarcasm', () => {
    expect(read('The manager wasn\'t available. Not what we expected.').reflection).toBe("the manager wasn't available");
    expect(read('45 minutes in the queue at the Malaga desk for my express pickup. Very express. Only one desk open.').reflection).toBe(
      '45 minutes in the queue at the Malaga desk, and only one desk open',
    );
  });

  it('keeps "since the 4th" with what it dates', () => {
    const reading = read("I run a small café and my machine has been with your workshop since the 4th for a pressure valve repair. You quoted 3 to 5 days and it's now day 11.");
    expect(reading.reflection).toBe("your machine has been with our workshop since the 4th for a pressure valve repair, and we quoted 3 to 5 days and it's now day 11");
    expect(reading.reflectionShort).toBe("we quoted 3 to 5 days and it's now day 11");
  });

  it('puts a subject cut off by an aside back in front of what it did', () => {
    expect(read('The driver, who was very rude, left the parcel in the rain.').reflection).toBe('the driver left the parcel in the rain');
    expect(read('Your engineer, who turned up three hours late, left without fixing the boiler.').reflection).toBe(
      'our engineer, who turned up three hours late, left without fixing the boiler',
    );
  });

  it('says who a relative clause is about when the clause naming them is left out', () => {
    expect(read('I want an apology in writing from your site manager, who shouted at my wife in front of the kids.').reflection).toBe(
      'our site manager shouted at your wife in front of the kids',
    );
    expect(read('Just wanted to say thanks to Joe on reception, who helped me load the van in the rain on Sunday.').reflection).toBe(
      'Joe on reception helped you load the van in the rain on Sunday',
    );
  });

  it('joins a purpose said as a need with ", and", not a bare space', () => {
    expect(read('Thanks to Lee in the workshop, who stayed late on Friday to fix my wheel so I could do the charity ride on Saturday.').reflection).toBe(
      'Lee in the workshop stayed late on Friday to fix your wheel, and you have to do the charity ride on Saturday',
    );
  });

  it('turns to what happened after "but", past what the customer says of themselves', () => {
    expect(read("I know I'm probably overreacting, first-time dog mum, but Milo has been shaking and hiding under the bed since his groom.").reflection).toBe(
      'Milo has been shaking and hiding under the bed since his groom',
    );
  });

  it('writes "a" in lower case mid-sentence', () => {
    expect(read('My card was blocked on Monday. A man rang on Tuesday saying he was from your fraud team.').reflection).toBe(
      'your card was blocked on Monday, and a man rang on Tuesday saying he was from our fraud team',
    );
  });
});

describe('the reflection says each fact in fewer words (round three)', () => {
  it('drops intensifiers, how the customer found out, and an aside without a number', () => {
    expect(read('I was informed on Friday that the client has withdrawn the offer, four days before my start date.').reflection).toBe(
      'the client has withdrawn the offer, four days before your start date',
    );
    expect(read("I honestly haven't had my bins collected for three weeks now.").reflection).toBe("you haven't had your bins collected for three weeks");
    expect(read('Our solicitor informs us that the mortgage offer (the one for the flat) has still not been issued.').reflection).toBe(
      'the mortgage offer has still not been issued',
    );
  });
});

describe('demands: a real request, and the interest question only when no reason is given', () => {
  const texts = (customer: string) => read(customer).demands.map((demand) => demand.text);

  it('reads no demand in a question about what will happen, a condition, a threat or an apology', () => {
    expect(texts('My tickets never arrived. Will I still get them in time?')).toEqual([]);
    expect(texts('Cancel the charge, and if another letter comes I will go to the papers.')).toEqual(['Cancel the charge']);
    expect(texts('The roof leaks again. Expect a claim for every penny.')).toEqual([]);
    expect(texts('I am 79, so forgive me. My hearing aid stopped working.')).toEqual([]);
    expect(texts("I'd like to buy a present for my granddaughter who is turning 5.")).toEqual([]);
    expect(texts('The totals were wrong. Just want to explain it properly in our next update.')).toEqual([]);
    expect(texts("Tell her if she laughs at me again I'll make sure she regrets it.")).toEqual([]);
    expect(texts('Would you be happy for me to leave you a review on Google?')).toEqual([]);
    expect(texts('You kept our deposit. Enjoy the reviews.')).toEqual([]);
    // Round fourteen: a plan to complain, and a sentence opened by a past form with its subject left out.
    expect(texts('The fence fell over in a week. I want to lodge a formal complaint.')).toEqual([]);
    expect(texts('Picked up the van on Saturday and the brakes squeal already.')).toEqual([]);
  });

  it('reads no demand in a lecture, a count of how often they asked, or what they mean to do themselves (round nine)', () => {
    expect(texts('The shelf arrived split down the middle. Please be patient with me, I am not good with emails.')).toEqual([]);
    expect(texts('Where is my deposit? This is the fourth time I am asking.')).toEqual(['Where is my deposit']);
    expect(texts('The clay I bought is full of grit. I want to use it for a class on Saturday.')).toEqual([]);
  });

  it('finds "Pay for it", "Stop passing me around" (and what follows as a second demand), and the demand before an insult', () => {
    expect(texts('You shrank my coat. Pay for it.')).toEqual(['Pay for it']);
    expect(texts('Stop passing me around and give me one handler.')).toEqual(['Stop passing me around', 'give me one handler']);
    expect(texts('Reverse it now you thieving gits.')).toEqual(['Reverse it now']);
  });

  it('asks no interest question when the reason is given before an event or as what is at stake', () => {
    const [exams] = read('The mould is back. I want to be moved to a different room before exams start on 2 May.').demands;
    expect(exams).toMatchObject({ reasonGiven: true, question: null });
    const [coeliac] = read("Half my shop was substituted again and I'm coeliac. Please stop substituting on my account.").demands;
    expect(coeliac).toMatchObject({ reasonGiven: true, question: null });
    // Round fourteen: an opening day without "on", a charge the customer calls unfair.
    const [opening] = read('The menu boards are misspelt. I need them redone by Friday. We open Saturday.').demands;
    expect(opening).toMatchObject({ reasonGiven: true, question: null });
    const [unfair] = read('Your update wiped the booking system. I want the service taken off the invoice. It is not fair to pay for a service that broke it.').demands;
    expect(unfair).toMatchObject({ reasonGiven: true, question: null });
    const [statement] = read('Three backers were charged twice. Post a public statement on my page today so they know it wasn\'t me.').demands;
    expect(statement).toMatchObject({ reasonGiven: true, question: null });
    const [rate] = read('My plasterer is sat on site on a day rate doing nothing. Replace the lot by tomorrow morning.').demands;
    expect(rate).toMatchObject({ reasonGiven: true, question: null });
  });
});

describe('the reflection reads as a sentence an agent would send (round five)', () => {
  it('keeps what a fact goes on with after "and" ("for myself and my mother, who is 91")', () => {
    expect(read('I booked two seats for the carol concert for myself and my aunt, who is 88. The booking has vanished from my account.').reflection).toBe(
      'you booked two seats for the carol concert for yourself and your aunt, who is 88, and the booking has vanished from your account',
    );
  });

  it('writes a count put first in lower case ("this is the third time this year")', () => {
    const reflection = read('The lift at the car park is out of order again. Third time this month.').reflection!;
    expect(reflection).toContain('this is the third time this month');
    expect(reflection).not.toMatch(/Third/);
  });

  it('leaves out who the customer is when they only give their name and address, never what "it\'s" says happened', () => {
    expect(read("Hello, it's Mr Okafor at 3 Mill Road. The boiler you fitted on Monday is leaking onto the kitchen floor.").reflection).toBe(
      'the boiler we fitted on Monday is leaking onto the kitchen floor',
    );
    expect(read("The update wiped my settings, it's stuck on the start screen.").reflection).toBe(
      "the update wiped your settings, it's stuck on the start screen",
    );
  });

  it('says what the person called names did, without the name ("someone")', () => {
    const reflection = read('Some clown on your delivery crew dropped my fridge down the stairs and cracked the door.').reflection!;
    expect(reflection).toBe('someone dropped your fridge down the stairs and cracked the door');
  });

  it('gives the customer back their own step when the sentence has no "I" ("Reported it twice")', () => {
    expect(read('The streetlight outside my house has been flickering for a month. Reported it twice on the website, nothing.').reflection).toBe(
      'the streetlight outside your house has been flickering for a month, and you reported it twice on the website',
    );
  });
});

describe('the reflection stays one sentence of at most 32 words, and each part reads on its own (round six)', () => {
  const words = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

  it('counts the words a count put first gains ("this is the fourth time") against the limit', () => {
    const reflection = read(
      'Every time the router restarts the camera drops off the network and I have to climb into the attic with a torch to reset it. Fourth time this month. There has to be a proper fix.',
    ).reflection!;
    expect(words(reflection)).toBeLessThanOrEqual(32);
    expect(reflection).toContain('the camera drops off the network');
  });

  it('cuts a message typed without punctuation at a joint, so one long clause still keeps to the limit (round eight)', () => {
    const reflection = read(
      'third lesson in a row cancelled the morning of by text I booked a block of 10 to get ready for my test on the 28th and ive had 4 can i get the rest refunded',
    ).reflection!;
    expect(words(reflection)).toBeLessThanOrEqual(32);
    expect(reflection).toMatch(/^third lesson in a row cancelled/);
    expect(reflection).not.toMatch(/refunded/);
  });

  it('never starts with what was left of "because of" once the clause it explained is dropped', () => {
    const reflection = read(
      "We were promised an early boarding slot at 9am in writing because of our 5am start, and when we got there we queued in the hall until 1pm with two tired kids. The supervisor wasn't available. Not what we expected.",
    ).reflection!;
    expect(reflection).not.toMatch(/^(?:of|to) /);
    expect(words(reflection)).toBeLessThanOrEqual(32);
  });
});

describe('demands: every way a customer puts an order (round five)', () => {
    it('finds an order on what the company left ("Shift them today"), keeps it out of the reflection and says back what it is for', () => {
    const reading = read('Two of your bins have blocked my drive since Friday. Shift them today so I can get the car out, or I will call the council.');
    expect(reading.demands.map((demand) => demand.text)).toEqual(['Shift them today']);
    expect(reading.reflection).toBe('two of our bins have blocked your drive since Friday, and you have to get the car out');
  });

  it('finds the order in an "either ... or" ultimatum', () => {
    const reading = read('a 3 week wait for a new charger, seriously. either send it this week or I return the laptop');
    expect(reading.demands.map((demand) => demand.text)).toEqual(['send it this week']);
    expect(reading.reflection).not.toMatch(/send it/);
  });

  it('reads a list of what is wanted as one demand, and keeps all of it out of the reflection', () => {
    const reading = read('Your driver reversed into my gate post and drove off. I want his name, your insurer\'s details and a written apology by Monday.');
    expect(reading.demands.map((demand) => demand.text)).toEqual(["I want his name, your insurer's details and a written apology by Monday"]);
    expect(reading.reflection).toBe('our driver reversed into your gate post and drove off');
  });
});

describe('demands put as "I\'m asking for" or "Is it possible to" (round five)', () => {
  const texts = (customer: string) => read(customer).demands.map((demand) => demand.text);

  it('reads "I\'m asking for ..." and "Is it possible to ..." as demands, a question about a fact as none', () => {
    expect(texts("The cleaner skipped two visits. I'm asking for a refund of both.")).toEqual(["I'm asking for a refund of both"]);
    expect(texts('My router keeps dropping. Is it possible to send an engineer on Saturday?')).toEqual(['Is it possible to send an engineer on Saturday']);
    expect(texts('My router keeps dropping. Is it normal for the light to blink?')).toEqual([]);
  });
});

describe('the reflection never says back sarcasm, a sneer or a jibe in these wordings (round five)', () => {
  it('leaves out an exclamation ("What a bargain") and praise that means the opposite ("Really loving ...")', () => {
    const bargain = read('The plumber you sent left after ten minutes without fixing the leak. What a bargain at £90 an hour.').reflection!;
    expect(bargain).toBe('the plumber we sent left after ten minutes without fixing the leak');
    const loop = read('Really loving the endless hold music. My card was charged twice on Monday and nobody has called back.').reflection!;
    expect(loop).not.toMatch(/loving|hold music/);
    expect(loop).toContain('your card was charged twice on Monday');
  });

  it('leaves out "Don\'t you ... me" and the sneer in "your phantom engineers"', () => {
    const dontYou = read("Don't you 'we value your custom' me. The router has dropped out every evening for two weeks.").reflection!;
    expect(dontYou).toBe('the router has dropped out every evening for two weeks');
    const phantom = read("I've taken two days off waiting for your phantom engineers.").reflection!;
    expect(phantom).toBe("you've taken two days off waiting for our engineers");
  });

  it('says what a "paperweight" jibe means, and leaves out "bait and switch" and "it\'s obvious"', () => {
    expect(read('Your update last night turned my camera into a very expensive paperweight.').reflection).toBe(
      'our update last night stopped your camera working',
    );
    const invoice = read('The bill is £240 more than the quote. This feels like a bait and switch.').reflection!;
    expect(invoice).toBe('the bill is £240 more than the quote');
    const obvious = read("My son was left on the bench again. It's obvious the coach only picks his friends.").reflection!;
    expect(obvious).toBe('your son was left on the bench again');
  });
});

describe('the reflection keeps a fact that sarcastic praise leads into (round five)', () => {
  it('says back what the praised thing did ("Loving the \'smart\' meter that ...")', () => {
    expect(read("Loving the 'smart' meter that billed me for 900 units in a week.").reflection).toMatch(/billed you for 900 units in a week/);
  });
});

describe('demands: a fear, a trip or a cost is the reason given (round six)', () => {
  it('asks no interest question when the customer says what they are afraid of or what it costs them', () => {
    const [scared] = read("Someone used my card on your site last night. Please cancel that order, I'm scared they've got my card details.").demands;
    expect(scared).toMatchObject({ reasonGiven: true, question: null });
    const [interest] = read("The refund has been 'processing' for six weeks. Refund the £180 this week, I'm paying interest on my credit card.").demands;
    expect(interest).toMatchObject({ reasonGiven: true, question: null });
    // Round ten: stuck somewhere at night.
    const [taxi] = read("The last train was cancelled and i'm stuck in Reading with my little girl. Get me a taxi home and pay for it.").demands;
    expect(taxi).toMatchObject({ reasonGiven: true, question: null });
  });
});

describe('the reflection keeps what happened beside sarcasm and worry (round six)', () => {
  it('keeps the facts of a sarcastic message: a fare class, "every day this week", a job at risk, "big thanks to ... for charging"', () => {
    expect(read("Stood for 3 hours on a train I paid £80 first class for, because you 'declassified' the carriage. Living the dream. Refund the fare.").reflection).toContain('£80 first class');
    const job = read("Oh wonderful, another 'points failure' at Crewe. That's every day this week. I'm going to lose my job at this rate.").reflection!;
    expect(job).toContain('every day this week');
    expect(job).toContain('lose your job');
    expect(read("Big thanks to @FixItUK for charging £45 to tell me my kettle needs replacing. Refund it.").reflection).toContain('charged £45');
  });
});

describe('demands: a short order with a particle (round six)', () => {
  it('reads "Pay up" as an order, never as a fact of the reflection', () => {
    const payUp = read('Nine weeks to settle a claim for a stolen dinghy. Pay up or I am going to the papers.');
    expect(payUp.demands.map((demand) => demand.text)).toEqual(['Pay up']);
    expect(payUp.reflection).not.toMatch(/pay up/i);
  });
});

describe('the reflection and the demands of a message typed without stops (round ten)', () => {
  it('says "we have been" where the customer sneered at "your so called engineer has been"', () => {
    const reading = read('your so called engineer has been out 3 times and the tub is still stone cold you useless bunch of cowboys i want my £240 back today not next week');
    expect(reading.reflection).toMatch(/^we have been out 3 times/);
    expect(reading.reflection).toContain('the tub is still stone cold');
    expect(reading.reflection).not.toMatch(/cowboys|so called/);
    expect(reading.demands.map((demand) => demand.text)).toEqual(['i want my £240 back today not next week']);
  });

  it('finds "I want" where it opens mid-sentence, but not inside "all I want is" or "what I need"', () => {
    expect(read('the heater broke again i need an engineer out tomorrow').demands.map((demand) => demand.text)).toEqual(['i need an engineer out tomorrow']);
    expect(read('All I want is a working boiler before the baby comes.').demands.map((demand) => demand.text)).toEqual(['All I want is a working boiler before the baby comes']);
  });

  it('says "us" where the customer sneered at "your so-called expert" after a verb or a preposition', () => {
    const expert = read('When I asked your so-called brewing expert on the phone for help he talked to me like I was a child.').reflection!;
    expect(expert).toContain('asked us on the phone');
    expect(expert).not.toMatch(/so-called|expert/);
    expect(read('I rang your so-called helpline three times this week.').reflection).toBe('you rang us three times this week');
  });
});

describe('the reflection never says back a sneer at the staff, self-deprecation or a threat in these wordings (round ten)', () => {
  it('says "we" for the staff member put in scare quotes, and keeps what they did', () => {
    const rug = read("Your 'expert' has managed to bleach a white patch into my brand new navy rug.").reflection!;
    expect(rug).toMatch(/^we have managed to bleach a white patch into your brand new navy rug/);
    expect(read("Your spotty teenage 'mechanic' hadn't even started on my bike.").reflection).not.toMatch(/mechanic|spotty/);
    // A thing in quotes is no person: "your 'emergency line' goes to voicemail" is never "we go to voicemail".
    expect(read("Your 'emergency line' goes to voicemail every night and my boiler is leaking.").reflection).not.toMatch(/\bwe go\b/);
  });

  it('leaves out "I\'m probably being a pain", "tech dinosaur here", a lazy cow and a threat to tell friends', () => {
    const pain = read("I'm probably being a pain, but the banner for our fun run was meant to be ready today and the run is this Sunday.").reflection!;
    expect(pain).not.toMatch(/pain/);
    expect(pain).toContain('ready today');
    expect(read('Total tech dinosaur here, I think I deleted my cover art and now the app shows a blank square.').reflection).not.toMatch(/dinosaur/);
    expect(read('Your receptionist is a rude, lazy cow who hung up on me twice.').reflection ?? '').not.toMatch(/cow/);
    expect(read('You rejected my claim for Luna and I pay you every month for 3 years, I cancel and tell all my friends don\'t use you.').reflection).not.toMatch(/friends/);
  });
});

describe('the reflection never says back praise that means the opposite, a vow not to recommend, a threat or a sneer in these wordings (round twelve)', () => {
  it('leaves out "five stars for ..." in a sarcastic message and the lead "Even better," before what happened', () => {
    const stars = read('Five stars for the packaging, so much bubble wrap and so little vase. It arrived in three pieces and nobody answers the phone. Absolutely world class.').reflection!;
    expect(stars).not.toMatch(/stars/i);
    expect(stars).toContain('arrived in three pieces');
    const better = read("The cot arrived without screws. Even better, your courier told me they would 'turn up eventually'.").reflection!;
    expect(better).not.toMatch(/even better/i);
    expect(better).toContain('the cot arrived without screws');
  });

  it('leaves out "I won\'t be making the same recommendation" and "you won\'t enjoy that"', () => {
    const chair = read('The rocking chair you restored for £300 squeaks worse than before. I won\'t be making the same recommendation to my sister.').reflection!;
    expect(chair).toBe('the rocking chair we restored for £300 squeaks worse than before');
    const radio = read('You have had my radio for five months, so either you post it back tomorrow or I come and take it off your bench myself, and you won\'t enjoy that.').reflection!;
    expect(radio).not.toMatch(/enjoy/);
    expect(radio).toContain('five months');
  });

  it('says back what the customer tells with a rise at the end ("... is moved to the 21st?"), not a question they ask', () => {
    expect(read("hi, I'm on the glazing course this weekend and just saw an email saying it's moved to the 21st? is it definitely moved??").reflection).toContain('moved to the 21st');
    expect(read("I'm wondering if you could post a new strap? The old one snapped on Friday.").reflection).toBe('the old one snapped on Friday');
  });

  it('leaves out "a creepy old pervert", "the same garbage" and "can\'t read a label", keeping what happened', () => {
    const instructor = read("The new instructor is a creepy old pervert who touched my daughter's arm twice.").reflection!;
    expect(instructor).not.toMatch(/creepy|pervert/);
    expect(instructor).toContain("touched your daughter's arm twice");
    expect(read('Every time I call you feed me the same garbage about parts being on order.').reflection ?? '').not.toMatch(/garbage/);
    const saddle = read('The saddle is the wrong width. Either he measured wrong or somebody in your warehouse can\'t read a label.').reflection!;
    expect(saddle).toBe('the saddle is the wrong width');
  });
});

describe('the reflection never says back scare quotes, a tag question, a rhetorical question or a verdict in these wordings (round fourteen)', () => {
  it('leaves out the company\'s word in scare quotes, keeping what happened', () => {
    const cabin = read("Thank you for the 'premium' cabin, which had no heating and a broken window.").reflection!;
    expect(cabin).not.toMatch(/premium/);
    expect(cabin).toContain('no heating and a broken window');
    const pool = read("Oh brilliant, so the 'heated' pool was 14 degrees and the kids refused to get in.").reflection!;
    expect(pool).not.toMatch(/heated/);
    expect(pool).toContain('14 degrees');
    const parcel = read("Love how 'next-day delivery' works here, my parcel is on day nine.").reflection!;
    expect(parcel).not.toMatch(/works here/);
    expect(parcel).toContain('day nine');
  });

  it('leaves out a statement put as a tag question ("..., right?") and a question typed without its mark', () => {
    const pause = read("So the 'pause' button is just for show, right? We paused in March and were charged in April.").reflection!;
    expect(pause).not.toMatch(/for show/);
    expect(pause).toContain('charged in April');
    const brakes = read('i paid for a full service and the brakes still squeal so what exactly did i pay for').reflection!;
    expect(brakes).not.toMatch(/what exactly/);
    expect(brakes).toContain('the brakes still squeal');
  });

  it('leaves out "this is not the way to treat ...", "this is cheating customers", "couldn\'t find a stud in a wall", "I\'ve had enough of ...", "I won\'t be back" and "I\'ve told everyone ..."', () => {
    expect(read('The boiler failed again on Monday. This is not the way to treat a customer of ten years.').reflection).toBe('the boiler failed again on Monday');
    const charger = read('You sold me a charger that died in a week and now want 30 euro for another, this is cheating customers.').reflection!;
    expect(charger).not.toMatch(/cheating/);
    expect(charger).toContain('died in a week');
    const fitter = read("The window fitter left a gap under the sill and that fitter couldn't find a stud in a wall if his life depended on it.").reflection!;
    expect(fitter).not.toMatch(/stud|depended/);
    expect(fitter).toContain('left a gap under the sill');
    const climbing = read("The instructor shouted at my son in front of the whole group, and I won't be back, and neither will his two friends.").reflection!;
    expect(climbing).not.toMatch(/be back|neither/);
    expect(climbing).toContain('in front of the whole group');
    const well = read("You drilled 80 metres and found nothing, then billed me £9,000, and I've told everyone at the farmers' market.").reflection!;
    expect(well).not.toMatch(/told everyone/);
    expect(well).toContain('found nothing');
    const kitchen = read("It's the 9th, the kitchen is half done, and I've had enough of being fobbed off with excuses.").reflection!;
    expect(kitchen).not.toMatch(/enough|fobbed/);
    expect(kitchen).toContain('the kitchen is half done');
  });
});

describe('the reflection never says back mock marks, mock admiration, "the famous ..." or a last order in these wordings (round fourteen)', () => {
  it('leaves out "Top marks for ...", "I do admire your ...", "Ah, the famous ...", "taking advantage of a pensioner" and "that\'s the last order you\'ll get from me"', () => {
    const marks = read("The bathroom tiles are cracked again, four weeks after the fitting. Top marks for consistency.").reflection!;
    expect(marks).not.toMatch(/marks|consistency/);
    expect(marks).toContain('cracked again');
    const admire = read("I've emailed six times since March about the missing invoice. I do admire your dedication to an empty inbox.").reflection!;
    expect(admire).not.toMatch(/admire|dedication/);
    expect(admire).toContain('six times since March');
    const famous = read("Ah yes, the famous '48-hour turnaround'. My laptop has been with you for 19 days.").reflection!;
    expect(famous).not.toMatch(/famous|turnaround/);
    expect(famous).toContain('19 days');
    const pensioner = read("You charged my 84-year-old father £300 to reset a router. That is taking advantage of a pensioner.").reflection!;
    expect(pensioner).not.toMatch(/advantage/);
    expect(pensioner).toContain('£300 to reset a router');
    const last = read("The cake arrived squashed and two hours late for the party. That's the last order you'll get from me.").reflection!;
    expect(last).not.toMatch(/last order/);
    expect(last).toContain('arrived squashed');
  });
});

describe('the reflection never says back "I suppose I should be impressed", "takes the biscuit", a trailing "do they" or "cheating customer" in these wordings (round fifteen)', () => {
  it('leaves out mock admiration, an exasperated verdict, a statement put as a tag question and a verdict in non-native English, keeping what happened', () => {
    const impressed = read('I suppose I should be impressed that the refund took only five weeks to reach my account.').reflection ?? '';
    expect(impressed).not.toMatch(/impressed|suppose/);
    const biscuit = read("I've had bad service before but your repair desk takes the biscuit, the kettle came back still leaking.").reflection!;
    expect(biscuit).not.toMatch(/biscuit/);
    expect(biscuit).toContain('still leaking');
    const labels = read('the parcel went to my old address even though i changed it in march and nobody checks anything there do they').reflection!;
    expect(labels).not.toMatch(/nobody checks|do they/);
    expect(labels).toContain('went to your old address');
    const cheating = read('We paid for two lessons and teacher came only one time. This is cheating customer.').reflection!;
    expect(cheating).not.toMatch(/cheating/);
    expect(cheating).toContain('came only one time');
  });

  it('keeps a quoted remark word for word, and never says back a request run on without a stop', () => {
    const quoted = read("Booked the 9:00 slot and was told the online diary 'doesn't really matter on Sundays'.").reflection!;
    expect(quoted).toContain("'doesn't really matter on Sundays'");
    const runOn = read('hi its me again four days and no reply about the refund we were promised he has nothing to wear can you just tell me when it comes').reflection!;
    expect(runOn).not.toMatch(/can|tell/);
    expect(runOn).toContain('four days and no reply about the refund');
    expect(read('hi its me again four days and no reply about the refund can you just tell me when it comes').demands.map((demand) => demand.text)).toEqual(['can you just tell me when it comes']);
  });

  it('says what the mocked thing did after "Loving the \'smart\' ... that ..."', () => {
    const kettle = read("Loving the 'eco' kettle that boiled dry and scorched my worktop. Brilliant.").reflection!;
    expect(kettle).not.toMatch(/loving|eco|brilliant/i);
    expect(kettle).toContain('kettle boiled dry and scorched your worktop');
  });

  it('says back a power of attorney and a tennis court: no threat of lawyers in them', () => {
    expect(read("Your notary stamped my mother's power of attorney with the wrong date.").reflection).toContain('power of attorney with the wrong date');
    expect(read('The tennis court lights went off halfway through our match.').reflection).toContain('tennis court lights went off');
  });
});

describe('the reflection never says back these, found in round fifteen\'s held-out messages after they were scored (second look, in new wordings)', () => {
  it('leaves out an order aimed past an insult, "you\'ve managed to ..." after mock congratulations, "a firm that can\'t keep staff" and "your answer to everything"', () => {
    const order = read('The trainer cancelled my session twice this week. Keep that clown off my bookings.');
    expect(order.reflection).not.toMatch(/keep|bookings/i);
    expect(order.demands.map((demand) => demand.text)).toEqual(['Keep that clown off my bookings']);
    const managed = read("Congratulations, you've managed to lose my direct debit for the third month running, and the £20 late fee is back on my statement.").reflection!;
    expect(managed).not.toMatch(/congratulations|managed/i);
    expect(managed).toContain('lost your direct debit');
    const staff = read("My son has had four different coaches since May, and frankly I'm done with a club that can't keep staff.").reflection!;
    expect(staff).not.toMatch(/keep staff/);
    expect(staff).toContain('four different coaches since May');
    const waiver = read("The instructor let my nephew fall off the rope, and no doubt the 'terms' cover it, since that's your answer to everything.").reflection!;
    expect(waiver).not.toMatch(/answer to everything/);
    expect(waiver).toContain('fall off the rope');
  });
});

describe("round fifteen's held-out messages, read since round sixteen: the reflection reads as one sentence", () => {
  it('puts the second act after mock thanks in the past too: "and then drove off", not "and then driving off"', () => {
    expect(read('Shoutout to Harbour Towing for blocking my drive at 6am and then driving off with my bins.').reflection).toMatch(/blocked your drive at 6am and then drove off with your bins/);
    expect(read("Thanks @QuickBoil for leaving my boiler in pieces and walking out without a word.").reflection).toMatch(/left your boiler in pieces and walked out without a word/);
    // A description after "and" stays as it was written.
    expect(read('Thanks @HomeNest for delivering my table with scratches and missing legs.').reflection).toMatch(/delivered your table with scratches and missing legs/);
  });
});

describe('common insults no list had (round sixteen): read as abuse, never said back', () => {
  it('reads "Your charlatans ..." as abusive and leaves the insult out of the reflection', () => {
    const reading = read("Your charlatans sold my dad a boiler he didn't need and left him with a £3,000 loan.");
    expect(reading.mood).toBe('abusive');
    expect(reading.reflection).not.toMatch(/charlatan/i);
    expect(reading.reflection).toContain('£3,000 loan');
  });
});

describe("the reflection never says back these, found in round sixteen's held-out messages after they were scored (second look, in new wordings)", () => {
  it('leaves out a curse, a wish to see the place burn, going public and an insult, and the mock delight in front of what a product did', () => {
    const curse = read('The skipper cancelled again and I drove 2 hours for nothing. Hope karma finds you.');
    expect(curse.reflection).not.toMatch(/karma/i);
    expect(curse.reflection).toContain('drove 2 hours for nothing');
    expect(read('Your arcade machine swallowed another tenner. I hope the place burns down.').reflection).not.toMatch(/burns/);
    expect(read("You won't answer my emails, so here it is in public: the terrarium leaks.").reflection).not.toMatch(/in public/);
    expect(read('I corrected the address on the phone with that airhead who answers your calls, and the stamp still went to the old one.').reflection).not.toMatch(/airhead/);
    const loving = read("Really loving the 'hand-stitched' saddle from RiverTack that split along the seam on the first ride.").reflection!;
    expect(loving).not.toMatch(/loving/i);
    expect(loving).toContain('split along the seam on the first ride');
  });
});
