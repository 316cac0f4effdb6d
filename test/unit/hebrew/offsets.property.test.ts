import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { tokenize } from '../../../src/core/lang/he/tokens';
import { DEFAULT_EFFECTIVE_POLICY } from '../../../src/policy/default-policy';

const POINTS = ['\u05B0', '\u05B4', '\u05B7', '\u05B8', '\u05BC', '\u05C1', '\u0591'];
const PIECES = [
  'כן', 'הבנתי', 'את', 'הבעיה', 'שלך', 'היית', 'צריך', 'לקרוא', 'בקרוב', 'לא', 'ניתן', 'לבטל', 'אל', 'תדאגי',
  'ד"ר', 'א׳', 'שלום', 'OK', '14:00', '😀', '👍🏽', '\u200F', '!!', ',', '.', '?', ' ', ' ', ' ', '\n', '\n\n',
];
const POINT = new RegExp(`[${POINTS.join('')}]`);
const ALL_POINTS = new RegExp(POINT.source, 'g');

const withPoints = (word: string, marks: string[]) => [...word].map((letter, at) => letter + (marks[at] ?? '')).join('');

const text = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.array(fc.constantFrom(...POINTS, ''), { maxLength: 6 })), { maxLength: 40 })
  .map((pieces) => pieces.map(([piece, marks]) => (/^[\u05D0-\u05EA]+$/.test(piece) ? withPoints(piece, marks) : piece)).join(''));

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

describe('offsets in Hebrew text with niqqud, geresh, direction marks and emoji', () => {
  it('every finding slices to its own text and never cuts a character in two', () => {
    fc.assert(
      fc.property(text, (reply) => {
        for (const finding of analyze(reply, DEFAULT_EFFECTIVE_POLICY).findings) {
          expect(reply.slice(finding.start, finding.end)).toBe(finding.text);
          expect(finding.start).toBeLessThan(finding.end);
          expect(isLowSurrogate(reply.charCodeAt(finding.start))).toBe(false);
          expect(isLowSurrogate(reply.charCodeAt(finding.end))).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every word slices from the original with its niqqud, and without it reads as the plain word', () => {
    fc.assert(
      fc.property(text, (reply) => {
        for (const token of tokenize(reply)) {
          const slice = reply.slice(token.start, token.end);
          expect(slice).toBe(slice.trim());
          expect(POINT.test(slice[0]!)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same hollow acknowledgement however the words are pointed, underlining the pointed letters', () => {
    const plain = 'כן הבנתי את הבעיה שלך';
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...POINTS, ''), { minLength: plain.length, maxLength: plain.length }), (marks) => {
        const pointed = withPoints(plain, marks) + '.';
        const hollow = analyze(pointed, DEFAULT_EFFECTIVE_POLICY).findings.find((finding) => finding.category === 'hollow-acknowledgement');
        expect(hollow).toBeDefined();
        expect(hollow!.text.replace(ALL_POINTS, '')).toBe(plain);
        expect(hollow!.end).toBe(pointed.length - 1);
      }),
      { numRuns: 200 },
    );
  });
});
