// Words whose period does not end an English sentence.
export const ENGLISH_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'vs', 'etc', 'e.g', 'i.e', 'no', 'approx', 'inc', 'ltd', 'co', 'dept', 'ext', 'tel', 'a.m', 'p.m',
]);
