// How a customer reading is scored against the labelled customer-message set
// (corpus/customers, issue 12). The definitions are fixed here, once, for the evaluation and
// for model selection on dev alike:
//   content words   the words of a phrase other than function words and pronouns (Hebrew
//                   prepositions with a pronoun ending too: "אצלכם" is said back as "אצלנו"), lower case;
//                   Hebrew words also match behind prefix letters (ו ה ש כ ל ב מ) and across
//                   the person turn of a reflection ("הזמנתי" is carried by "הזמנת").
//   fact carried    every content word of the fact is in the reflection.
//   echo            the reflection holds more than half of the distinct content words of a
//                   phrase it must not repeat (all of them for a phrase of one or two).
//   demand match    a predicted and a labelled demand overlap by at least half of the shorter
//                   one (characters of the message); each labelled demand matches once.

const EN_STOP = new Set(`a an the and but if or nor because as until while of at by for with about against between into
through during before after above below to from up down in out on off over under then once here there when where why how
all any both each few more most other some such no not only own same so than too very can will just should now would could
shall may might must also i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself
she her hers herself it its itself they them their theirs themselves what which who whom this that these those am is are was
were be been being have has had having do does did doing i'm i've i'd i'll you're you've you'll you'd we're we've we'll we'd
it's that's there's here's what's who's isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't
wouldn't can't cannot couldn't shouldn't mustn't let's they're they've he's she's im ive dont didnt cant wont isnt
get got s t`.split(/\s+/));

const HE_STOP = new Set(`של את על עם אל זה זו זאת הוא היא הם הן אני אתה אנחנו אתם אתן לי לך לו לה לנו לכם לכן להם להן שלי
שלך שלו שלה שלנו שלכם שלהם אותי אותך אותו אותה אותנו אתכם אותם כי או אבל גם רק עוד כל יש אין לא כן מה מי איך למה מתי
איפה אם כמו היה הייתה היו יהיה אז כך ככה עד מ ב ל ה ו ש כ שום אף אחרי לפני בתוך תוך ממני ממך אצלי אצלך איתי איתך עליי
עליך אליי אליך בשבילי בשבילך אצלכם אצלכן אצלנו אצלו אצלה אצלם איתכם איתכן איתנו איתו איתה איתם עליכם עליכן עלינו עליו
עליה עליהם אליכם אליכן אלינו אליו אליה אליהם מכם מכן מאיתנו ממנו ממנה מהם בשבילכם בשבילנו בשבילו בשבילה בשבילם בכם בנו`.split(/\s+/).map(finalForms));

function finalForms(word) {
  return word.replace(/ך/g, 'כ').replace(/ם/g, 'מ').replace(/ן/g, 'נ').replace(/ף/g, 'פ').replace(/ץ/g, 'צ');
}

/** The words of a text, lower case, apostrophes straightened, English possessives dropped. */
export function words(lang, text) {
  const plain = text.replace(/[’‘`]/g, "'").replace(/[״"]/g, ' ').toLowerCase();
  if (lang === 'he') {
    return plain
      .split(/[^\u05D0-\u05EA\p{N}a-z']+/u)
      .map((word) => finalForms(word.replace(/^'+|'+$/g, '')))
      .filter(Boolean);
  }
  return plain
    .split(/[^\p{L}\p{N}']+/u)
    .map((word) => word.replace(/^'+|'+$/g, '').replace(/'s$/, ''))
    .filter(Boolean);
}

export function contentWords(lang, text) {
  const stop = lang === 'he' ? HE_STOP : EN_STOP;
  return words(lang, text).filter((word) => !stop.has(word) && !(lang === 'he' && stop.has(strip(word))));
}

/** Hebrew: the word behind up to three prefix letters. */
function strip(word) {
  return word.replace(/^[ושהכלבמ]{1,3}(?=[\u05D0-\u05EA]{2})/, '');
}

/** The forms a word may take in the reflection. */
function forms(lang, word) {
  if (lang !== 'he') return [word];
  const out = new Set([word]);
  for (let cut = 1; cut <= 3 && cut < word.length - 1; cut++) {
    if (!/^[ושהכלבמ]+$/.test(word.slice(0, cut))) break;
    out.add(word.slice(cut));
  }
  for (const form of [...out]) {
    if (form.endsWith('תי') && form.length > 3) out.add(form.slice(0, -1)); // הזמנתי ~ הזמנת
    if (form.endsWith('תמ') && form.length > 3) out.add(`${form.slice(0, -2)}נו`); // חייבתם ~ חייבנו
    if (form.endsWith('נו') && form.length > 3) out.add(`${form.slice(0, -2)}תמ`); // הזמנו ~ הזמנתם
  }
  return [...out];
}

function present(lang, word, reflectionForms) {
  return forms(lang, word).some((form) => reflectionForms.has(form));
}

function formsIn(lang, reflection) {
  return new Set(words(lang, reflection).flatMap((word) => forms(lang, word)));
}

/** Share of the fact's content words in the reflection (1 when it has none). */
export function factCoverage(lang, fact, reflection) {
  const wanted = contentWords(lang, fact);
  if (wanted.length === 0) return 1;
  const have = formsIn(lang, reflection ?? '');
  return wanted.filter((word) => present(lang, word, have)).length / wanted.length;
}

export function factCarried(lang, fact, reflection) {
  return reflection != null && factCoverage(lang, fact, reflection) === 1;
}

export function echoes(lang, phrase, reflection) {
  if (!reflection) return false;
  const wanted = [...new Set(contentWords(lang, phrase))];
  if (wanted.length === 0) return false;
  const have = formsIn(lang, reflection);
  const found = wanted.filter((word) => present(lang, word, have)).length;
  return wanted.length <= 2 ? found === wanted.length : found > wanted.length / 2;
}

/** Pairs predicted demands with labelled ones: [{label, predicted}] and the unmatched of each. */
export function matchDemands(message, labelled, predicted) {
  const spans = labelled.map((demand) => {
    const start = message.indexOf(demand.text);
    return { demand, start, end: start + demand.text.length };
  });
  const pairs = [];
  for (const [li, label] of spans.entries()) {
    for (const [pi, guess] of predicted.entries()) {
      const overlap = Math.min(label.end, guess.end) - Math.max(label.start, guess.start);
      const shorter = Math.min(label.end - label.start, guess.end - guess.start);
      if (label.start >= 0 && overlap > 0 && overlap >= shorter / 2) pairs.push({ li, pi, overlap });
    }
  }
  pairs.sort((a, b) => b.overlap - a.overlap || a.li - b.li || a.pi - b.pi);
  const usedL = new Set();
  const usedP = new Set();
  const matched = [];
  for (const { li, pi } of pairs) {
    if (usedL.has(li) || usedP.has(pi)) continue;
    usedL.add(li);
    usedP.add(pi);
    matched.push({ label: labelled[li], predicted: predicted[pi] });
  }
  return { matched, missed: labelled.filter((_, i) => !usedL.has(i)), extra: predicted.filter((_, i) => !usedP.has(i)) };
}

export const MOOD_IDS = ['calm', 'anxious', 'frustrated', 'angry', 'abusive'];

/** Accuracy, macro-F1 and per-mood precision/recall/F1. */
export function moodScores(pairs) {
  const per = {};
  for (const mood of MOOD_IDS) {
    const tp = pairs.filter(([want, got]) => want === mood && got === mood).length;
    const fp = pairs.filter(([want, got]) => want !== mood && got === mood).length;
    const fn = pairs.filter(([want, got]) => want === mood && got !== mood).length;
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    per[mood] = { n: tp + fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  }
  const present = MOOD_IDS.filter((mood) => per[mood].n > 0);
  return {
    accuracy: pairs.length ? pairs.filter(([want, got]) => want === got).length / pairs.length : 0,
    macroF1: present.reduce((sum, mood) => sum + per[mood].f1, 0) / (present.length || 1),
    per,
  };
}

/** Everything the evaluation reports for one language and split; `read(row)` is the reading. */
export function scoreReadings(rows, read) {
  const moods = [];
  const sarcasm = { tp: 0, fp: 0, fn: 0 };
  let problems = 0, reflected = 0, facts = 0, carried = 0, coverage = 0;
  let withEcho = 0, reflections = 0, echoChances = 0, tooLong = 0, shortOffered = 0, longMessages = 0;
  let demandTp = 0, demandFp = 0, demandFn = 0, reasonPairs = 0, askedWithReason = 0, noReasonPairs = 0, askedWithoutReason = 0;
  const failures = { facts: [], echo: [], demands: [], asked: [] };
  for (const row of rows) {
    const reading = read(row);
    moods.push([row.mood, reading?.mood ?? 'calm']);
    const sarcastic = Boolean(reading?.sarcasm);
    if (row.sarcasm && sarcastic) sarcasm.tp++;
    else if (sarcastic) sarcasm.fp++;
    else if (row.sarcasm) sarcasm.fn++;
    const reflection = reading?.reflection ?? null;
    if (reflection) {
      reflections++;
      if (wordCount(reflection) > 32) tooLong++;
    }
    if (wordCount(row.message) > 40) {
      longMessages++;
      if (reading?.reflectionShort) shortOffered++;
    }
    if (row.problem) {
      problems++;
      if (reflection) reflected++;
      for (const fact of row.facts) {
        if (contentWords(row.lang, fact).length === 0) continue;
        facts++;
        coverage += factCoverage(row.lang, fact, reflection ?? '');
        if (factCarried(row.lang, fact, reflection)) carried++;
        else failures.facts.push({ id: row.id, fact, reflection });
      }
    }
    if (row.must_not_echo.length > 0 && reflection) {
      echoChances++;
      const echoed = row.must_not_echo.filter((phrase) => echoes(row.lang, phrase, reflection));
      if (echoed.length > 0) {
        withEcho++;
        failures.echo.push({ id: row.id, echoed, reflection });
      }
    }
    const { matched, missed, extra } = matchDemands(row.message, row.demands, reading?.demands ?? []);
    demandTp += matched.length;
    demandFn += missed.length;
    demandFp += extra.length;
    if (missed.length || extra.length) failures.demands.push({ id: row.id, missed: missed.map((d) => d.text), extra: extra.map((d) => d.text) });
    for (const { label, predicted } of matched) {
      if (label.reason_given) {
        reasonPairs++;
        if (predicted.question) {
          askedWithReason++;
          failures.asked.push({ id: row.id, demand: label.text, reason: label.reason, question: predicted.question });
        }
      } else {
        noReasonPairs++;
        if (predicted.question) askedWithoutReason++;
      }
    }
  }
  const ratio = (a, b) => (b ? a / b : 0);
  return {
    n: rows.length,
    mood: moodScores(moods),
    sarcasm: { ...sarcasm, precision: ratio(sarcasm.tp, sarcasm.tp + sarcasm.fp), recall: ratio(sarcasm.tp, sarcasm.tp + sarcasm.fn) },
    reflection: {
      problems, reflected, coverage: ratio(reflected, problems),
      facts, carried, factRecall: ratio(carried, facts), wordRecall: ratio(coverage, facts),
      reflections, echoChances, withEcho, echoRate: ratio(withEcho, reflections), tooLong,
      longMessages, shortOffered,
    },
    demands: {
      tp: demandTp, fp: demandFp, fn: demandFn,
      precision: ratio(demandTp, demandTp + demandFp), recall: ratio(demandTp, demandTp + demandFn),
      reasonPairs, askedWithReason, noReasonPairs, askedWithoutReason,
    },
    failures,
  };
}

export function wordCount(text) {
  return text.split(/\s+/).filter(Boolean).length;
}
