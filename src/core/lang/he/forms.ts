// The forms a pattern word stands for, so that a team lead writes one form and Reframe
// finds the others: masculine and feminine ("מבין" finds "מבינה"), singular and plural
// ("צריך" finds "צריכים", "הבנתי" finds "הבנו"), without crossing person: "קראת" (you
// read) never finds "קראתי" (I read), since that would turn blame into an admission.
// Words are normalised (no final letters): "צריך" arrives as "צריכ".

/** Pronouns whose gender and number forms are different words. */
const PRONOUN_FORMS: string[][] = [
  ['אתה', 'את', 'אתמ', 'אתנ'],
  ['לכ', 'לכמ', 'לכנ'],
  ['שלכ', 'שלכמ', 'שלכנ'],
  ['אותכ', 'אתכמ', 'אתכנ', 'אותכמ'],
  ['אליכ', 'אלייכ', 'אליכמ', 'אליכנ'],
  ['עליכ', 'עלייכ', 'עליכמ', 'עליכנ'],
  ['אצלכ', 'אצלכמ', 'אצלכנ'],
  ['בשבילכ', 'בשבילכמ', 'בשבילכנ'],
  ['איתכ', 'אתכמ', 'איתכמ'],
  ['ממכ', 'מכמ'],
  ['אשמתכ', 'אשמתכמ'],
];

/**
 * Short function words that take no endings: "לא" is not "לאה", "זה" is not "זהות".
 * A word here only stands for itself (and its pronoun forms, when it has them).
 */
const FIXED_WORDS = new Set([
  'את', 'של', 'זה', 'זו', 'זאת', 'לא', 'כנ', 'אני', 'אנחנו', 'הוא', 'היא', 'המ', 'הנ', 'מה', 'מי', 'אמ', 'כי',
  'גמ', 'רק', 'כבר', 'עוד', 'אבל', 'או', 'על', 'אל', 'עמ', 'כמו', 'כפי', 'יש', 'אינ', 'אינו', 'אפשר', 'ניתנ',
  'אצל', 'הכל', 'הכול', 'כל', 'שומ', 'אפ', 'אחד', 'פה', 'כאנ', 'שמ', 'היומ', 'מחר', 'אתמול', 'עכשיו', 'ממש',
  'פשוט', 'באמת', 'בדיוק', 'כמה', 'למה', 'איכ', 'מתי', 'איפה', 'אולי', 'כנראה', 'בטח',
]);

/** Endings of a participle or adjective: feminine, masculine plural, feminine plural. */
const GENDER_NUMBER = ['ה', 'ת', 'ימ', 'ות'];

const MIN_INFLECTED = 3;

/** All forms of one normalised pattern word, the word itself first. */
export function formsOf(word: string): string[] {
  const forms = new Set<string>([word]);
  for (const group of PRONOUN_FORMS) if (group[0] === word) group.forEach((form) => forms.add(form));
  if (FIXED_WORDS.has(word) || word.length < MIN_INFLECTED || !/^[\u05D0-\u05EA]+$/.test(word)) return [...forms];
  pastTenseNumber(word).forEach((form) => forms.add(form));
  genderNumber(word).forEach((form) => forms.add(form));
  secondPersonFuture(word).forEach((form) => forms.add(form));
  return [...forms];
}

/** Past tense, same person: "הבנתי" (I) with "הבנו" (we); "קראת" (you) with "קראתם", "קראתן". */
function pastTenseNumber(word: string): string[] {
  if (word.length >= 4 && word.endsWith('תי')) {
    const stem = word.slice(0, -2);
    // The root's final נ merges with the ending: הבנ + נו is written "הבנו".
    return stem.endsWith('נ') ? [stem + 'ו', stem + 'נו'] : [stem + 'נו'];
  }
  if (word.length >= 4 && word.endsWith('נו') && !word.endsWith('ינו')) return [word.slice(0, -2) + 'תי'];
  if (word.length >= 4 && (word.endsWith('תמ') || word.endsWith('תנ'))) return [word.slice(0, -1)];
  if (word.length >= 3 && word.endsWith('ת')) return [word + 'מ', word + 'נ'];
  return [];
}

/**
 * "מבין" with "מבינה", "מבינים", "מבינות"; written from any of them ("מבינה" finds "מבין").
 * A word that only looks plural keeps its own forms too: "מתאים" is singular ("מתאימה").
 */
function genderNumber(word: string): string[] {
  return [...new Set([word, baseOf(word)])].flatMap((base) => [base, ...GENDER_NUMBER.map((ending) => base + ending)]);
}

function baseOf(word: string): string {
  if (word.length > MIN_INFLECTED && (word.endsWith('ימ') || word.endsWith('ות'))) return word.slice(0, -2);
  if (word.length > MIN_INFLECTED && word.endsWith('ה')) return word.slice(0, -1);
  return word;
}

/** Second person future: "תדאג" with "תדאגי", "תדאגו"; "תפנה" with "תפני", "תפנו". */
function secondPersonFuture(word: string): string[] {
  if (!word.startsWith('ת') || word.endsWith('י') || word.endsWith('ו')) return [];
  const stem = word.endsWith('ה') ? word.slice(0, -1) : word;
  return [stem + 'י', stem + 'ו'];
}
