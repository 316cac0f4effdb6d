// Where a sentence ends: at its closing mark, except after an abbreviation or an initial.
import { describe, expect, it } from 'vitest';
import { ENGLISH_ABBREVIATIONS } from '../../../src/core/lang/en/abbreviations';
import { sentences } from '../../../src/core/text-spans';

const split = (text: string) => sentences(text, ENGLISH_ABBREVIATIONS).map(({ start, end }) => text.slice(start, end));

describe('sentences', () => {
  it('ends a sentence after a contraction: the "t" of "didn\'t." is no initial (round thirteen)', () => {
    expect(split("He said he would call, and he didn't. I want a refund.")).toEqual(["He said he would call, and he didn't.", 'I want a refund.']);
    expect(split("We can't. Please call us.")).toEqual(["We can't.", 'Please call us.']);
  });

  it('ends a Hebrew sentence after an abbreviation written with gershayim (round thirteen)', () => {
    expect(split('שילמתי מקדמה של 800 ש"ח. היום שמעתי שהמעצבת עזבה.', )).toEqual(['שילמתי מקדמה של 800 ש"ח.', 'היום שמעתי שהמעצבת עזבה.']);
  });

  it('ends a sentence after a letter that closes a word with "&" or a digit: "A&E.", "room 4B." (round fifteen)', () => {
    expect(split('We waited four hours in A&E. She is fine now.')).toEqual(['We waited four hours in A&E.', 'She is fine now.']);
    expect(split('The leak is in flat 4B. Nobody has come.')).toEqual(['The leak is in flat 4B.', 'Nobody has come.']);
  });

  it('keeps an initial and an abbreviation inside the sentence', () => {
    expect(split('Please ask J. Smith at the desk.')).toEqual(['Please ask J. Smith at the desk.']);
    expect(split('We open at 9 a.m. on weekdays.')).toEqual(['We open at 9 a.m. on weekdays.']);
  });
});
