// Issue 13, "linear time in the reply's length": no work per finding may scan the text before
// it, and no input shape may make splitting or parsing quadratic. Each test compares the time
// of the same work at two sizes (the ratio, not a time limit, so a busy machine cannot fail
// it): linear work grows with the size, quadratic work with its square, far above the bound.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { suggestionsFor } from '../../../src/core/suggestions';
import { htmlToText } from '../../../src/cli/inputs/html-to-text';
import { textReport } from '../../../src/cli/output/text-report';
import type { CheckedReply } from '../../../src/cli/output/checked-reply';
import { parseJson } from '../../../src/policy/parse-json';
import { policyOf, rule } from './policies';

/** Five rounds; fewer (GROWTH_ROUNDS=1) to see quadratic code fail in less than an hour. */
const ROUNDS = Number(process.env.GROWTH_ROUNDS ?? 5);

const PLAIN = { bold: String, dim: String, red: String, yellow: String, cyan: String, green: String };

/** Best of a few runs, in ms. */
function timeOf(work: () => void, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    best = Math.min(best, performance.now() - started);
  }
  return Math.max(best, 0.05);
}

/**
 * Time at size `large` over time at size `small` done large/small times over: about 1 when the
 * work is linear, about large/small when it is quadratic. Both are timed in turns, best of
 * five, so that a busy moment on a shared machine weighs on both alike.
 */
function growth(make: (size: number) => () => void, small: number, large: number): number {
  const smallWork = make(small);
  const largeWork = make(large);
  const times = Math.round(large / small);
  const smallWorks = () => {
    for (let i = 0; i < times; i++) smallWork();
  };
  smallWork(); // warm up
  let smallBest = Infinity;
  let largeBest = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    smallBest = Math.min(smallBest, timeOf(smallWorks, 1));
    largeBest = Math.min(largeBest, timeOf(largeWork, 1));
  }
  const ratio = largeBest / smallBest;
  if (process.env.SHOW_GROWTH) console.log(`growth ${small} -> ${large}: ${ratio.toFixed(2)}`);
  return ratio;
}

describe('suggestions look only around the flagged words', () => {
  const sentence = 'Obviously, the cable is loose.';
  const removeIt = rule({ id: 'minimizing-obviously', category: 'minimizing', suggestions: ['', 'Clearly'] });

  function suggestAtEnd(prefixLength: number): () => void {
    const text = `${'Some words. '.repeat(Math.ceil(prefixLength / 12))}${sentence}`;
    const start = text.length - sentence.length;
    const span = { start, end: start + 'Obviously'.length };
    const whole = { start, end: text.length };
    return () => {
      for (let i = 0; i < 200; i++) suggestionsFor(removeIt, span, whole, text, { reflection: 'r' });
    };
  }

  it('costs the same after 100 characters as after 2 million (removal and case fitting)', () => {
    const small = suggestAtEnd(100);
    const large = suggestAtEnd(2_000_000);
    small();
    large();
    expect(timeOf(large) / timeOf(small)).toBeLessThan(20);
  });

  it('gives the same edits wherever the sentence sits', () => {
    const edits = (prefix: string) => {
      const text = `${prefix}${sentence}`;
      const start = prefix.length;
      return suggestionsFor(removeIt, { start, end: start + 9 }, { start, end: text.length }, text, { reflection: 'r' }).map((each) => ({
        ...each,
        start: each.start - start,
        end: each.end - start,
      }));
    };
    expect(edits('Some words. '.repeat(100_000))).toEqual(edits('Some words. '));
    expect(edits('Hi.\n')).toEqual([
      { kind: 'replace', label: 'Replace', start: 0, end: 14, text: 'The' },
      { kind: 'replace', label: 'Replace', start: 0, end: 9, text: 'Clearly' },
    ]);
  });
});

describe('analysis grows in proportion to the reply', () => {
  it('with thousands of findings (one finding per words, reply-level conditions)', () => {
    const policy = policyOf({ id: 'sorry', category: 'hollow-acknowledgement', patterns: ['sorry'], suggestions: [''] });
    const ratio = growth((count) => {
      const text = 'So sorry. '.repeat(count);
      return () => analyze(text, policy);
    }, 1_000, 16_000);
    // Linear work with this many findings still pays some garbage collection as the heap grows.
    expect(ratio).toBeLessThan(4);
  });

  it('with thousands of placeholders', () => {
    const policy = policyOf({ id: 'none', patterns: ['zebra crossing'] });
    const ratio = growth((count) => {
      const text = 'Dear [customer name]. '.repeat(count);
      return () => analyze(text, policy);
    }, 1_000, 16_000);
    expect(ratio).toBeLessThan(3);
  });

  it.each([
    ['one long token with no spaces', (size: number) => 'x'.repeat(size)],
    ['a run of exclamation marks', (size: number) => `Wait${'!'.repeat(size)}x`],
    ['a run of full stops', (size: number) => `Wait${'.'.repeat(size)}x`],
    ['a run of spaces', (size: number) => `Hi${' '.repeat(size)}there`],
  ])('on %s', (_case, make) => {
    const policy = policyOf({ id: 'none', patterns: ['zebra crossing'] });
    const ratio = growth((size) => {
      const text = make(size);
      return () => analyze(text, policy);
    }, 20_000, 160_000);
    expect(ratio).toBeLessThan(4);
  });
});

describe('the command line grows in proportion to its input', () => {
  it('places thousands of findings at their line and column', () => {
    const ratio = growth((count) => {
      const text = 'So sorry.\n'.repeat(count);
      const findings = Array.from({ length: count }, (_, i) => ({
        ruleId: 'r', category: 'blame' as const, severity: 'warning' as const, lang: 'en' as const,
        start: i * 10 + 3, end: i * 10 + 8, text: 'sorry', message: 'm', why: 'w', suggestions: [],
      }));
      const replies: CheckedReply[] = [{ item: { file: 'f', text }, report: { lang: 'en', findings, moves: [], customer: null, structure: { present: [], steps: { reflect: false, empathize: false, answer: false, offer: false }, orderOk: true, notes: [] } } }];
      return () => textReport(replies, PLAIN);
    }, 2_000, 32_000);
    expect(ratio).toBeLessThan(6);
  });

  it.each([
    ['unclosed comments', (size: number) => '<!--'.repeat(size / 4)],
    ['unclosed tags', (size: number) => '<a'.repeat(size / 2)],
    ['unclosed scripts', (size: number) => '<script>'.repeat(size / 8)],
  ])('turns HTML with %s into text', (_case, make) => {
    const ratio = growth((size) => {
      const html = make(size);
      return () => htmlToText(html);
    }, 20_000, 320_000);
    expect(ratio).toBeLessThan(3);
  });

  it('says where broken JSON breaks, after many numbers', () => {
    const ratio = growth((count) => {
      const text = `[${'12345,'.repeat(count)}]`;
      return () => parseJson(text);
    }, 10_000, 160_000);
    expect(ratio).toBeLessThan(3);
  });
});
