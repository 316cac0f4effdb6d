// The sentence model: its weights as shipped (size, loading, speed), training that gives the same
// bytes from the same corpus, and its findings' offsets, spans and explanations.
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { parse } from '../../../src/core/lang/en/parse';
import { LANGUAGES } from '../../../src/core/languages';
import { modelFor } from '../../../src/core/model';
import { REPLY_HELD_OUT } from '../../../scripts/held-out.mjs';
import { decodeAscending, encodeAscending, fromBase64, toBase64 } from '../../../src/core/model/codec';
import { scoreSentence } from '../../../src/core/model/model';
import { DEFAULT_EFFECTIVE_POLICY } from '../../../src/policy/default-policy';
import { readReplies, serialiseModel, trainModel, DEFAULT_OPTIONS, type CorpusRow } from '../../../scripts/model/train-model';

const MAX_BYTES = 400_000;
/** Tests that analyse or train on many replies: slower than the default 5 s on a busy machine. */
const HEAVY = 60_000;
const rows = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CorpusRow & { customer?: string });

describe('the shipped weights', () => {
  it.each(['en', 'he'] as const)('%s: at most 400 KB, trained on the train files and the read test splits, tuned on dev, never on the first test split or the held-out one', (lang) => {
    const path = `src/core/model/${lang}.json`;
    expect(statSync(path).size).toBeLessThanOrEqual(MAX_BYTES);
    const file = JSON.parse(readFileSync(path, 'utf8'));
    expect(file.trainedOn).toMatch(/train/);
    expect(file.trainedOn).toMatch(/test-b/);
    expect(file.trainedOn).not.toMatch(/\/test\.jsonl/);
    expect(file.trainedOn).not.toContain(REPLY_HELD_OUT);
    expect(file.outputs.map((output: { id: string }) => output.id)).toHaveLength(15);
    expect(modelFor(lang).rows.size).toBeGreaterThan(1000);
  });

  it('scores a sentence in well under the time compromise takes to tag it', () => {
    const sentences = rows('corpus/en/dev.jsonl')
      .slice(0, 80)
      .flatMap((row) => row.text.split(/(?<=[.!?])\s+/))
      .filter((sentence) => sentence.length > 20);
    const model = modelFor('en');
    let tagging = 0;
    let scoring = 0;
    for (const sentence of sentences) {
      // Tagging: what the rules already pay for every sentence (the parse the model reads too).
      const tagStart = performance.now();
      parse(sentence);
      const tagged = performance.now();
      // Scoring: the model's features from that parse, and the sum over every output.
      scoreSentence(model, sentence, LANGUAGES.en!.features(sentence));
      scoring += performance.now() - tagged;
      tagging += tagged - tagStart;
    }
    expect(scoring).toBeLessThan(tagging / 2);
  }, HEAVY);
});

describe('training', () => {
  it('gives the same bytes from the same corpus (a small slice, a few epochs)', () => {
    const train = readReplies(rows('corpus/en/train-a.jsonl').slice(0, 40), 'en');
    const dev = readReplies(rows('corpus/en/dev.jsonl').slice(0, 20), 'en');
    const options = { ...DEFAULT_OPTIONS, epochs: 12, minCount: 1 };
    const first = serialiseModel(trainModel('en', train, dev, options, 'slice').file);
    const second = serialiseModel(trainModel('en', train, dev, options, 'slice').file);
    expect(second).toBe(first);
    expect(first.length).toBeGreaterThan(1000);
  }, HEAVY);

  it('scales the thresholds of the categories it is told to, and no other', () => {
    const train = readReplies(rows('corpus/en/train-a.jsonl').slice(0, 40), 'en');
    const dev = readReplies(rows('corpus/en/dev.jsonl').slice(0, 40), 'en');
    const options = { ...DEFAULT_OPTIONS, epochs: 12, minCount: 1 };
    const thresholds = (scale: (typeof options.thresholdScale)['en']) =>
      new Map(trainModel('en', train, dev, { ...options, thresholdScale: { en: scale, he: {} } }, 'slice').file.outputs.map((output) => [output.id, output.threshold]));
    const plain = thresholds({});
    const halved = thresholds({ blame: 0.5, deflection: 0.5, 'bare-refusal': 0.5, 'vague-timeline': 0.5 });
    for (const [id, threshold] of plain) {
      const told = ['blame', 'deflection', 'bare-refusal', 'vague-timeline'].includes(id);
      expect(halved.get(id)).toBeCloseTo(told ? threshold / 2 : threshold, 5);
    }
  }, HEAVY);

  it('stores feature hashes and weights losslessly', () => {
    const hashes = [0, 5, 127, 128, 70_000, 4_294_967_295];
    expect(decodeAscending(encodeAscending(hashes))).toEqual(hashes);
    const bytes = Uint8Array.from([0, 1, 127, 128, 200, 255, 3]);
    expect([...fromBase64(toBase64(bytes))]).toEqual([...bytes]);
    for (let length = 0; length <= 9; length++) {
      const some = Uint8Array.from({ length }, (_, at) => (at * 97 + 251) % 256);
      expect([...fromBase64(toBase64(some))]).toEqual([...some]);
    }
  });
});

describe('model findings', () => {
  const check = (text: string) => analyze(text, DEFAULT_EFFECTIVE_POLICY);

  it('keep offsets that slice to the flagged text, on the dev split of both languages', () => {
    for (const row of [...rows('corpus/en/dev.jsonl').slice(0, 120), ...rows('corpus/he/dev.jsonl').slice(0, 80)]) {
      const report = analyze(row.text, DEFAULT_EFFECTIVE_POLICY, row.customer ? { customer: row.customer } : {});
      for (const finding of report.findings) {
        expect(row.text.slice(finding.start, finding.end)).toBe(finding.text);
        for (const suggestion of finding.suggestions) {
          expect(suggestion.start).toBeGreaterThanOrEqual(0);
          expect(suggestion.end).toBeLessThanOrEqual(row.text.length);
        }
      }
      for (const move of report.moves) expect(move.end).toBeLessThanOrEqual(row.text.length);
    }
  }, HEAVY);

  it('name the words that weighed most, and flag the clause that carries them, not the paragraph', () => {
    const text = "Thanks for your patience. Refunds are handled by our payment provider, not by us. I'm sorry it has taken this long.";
    const finding = check(text).findings.find((candidate) => candidate.ruleId === 'model:deflection');
    expect(finding).toBeDefined();
    // One clause of the sentence, whichever carries the score: never the sentence or the paragraph.
    expect(['Refunds are handled by our payment provider', 'not by us']).toContain(finding!.text);
    expect(finding!.because!.length).toBeGreaterThan(0);
    for (const words of finding!.because!) expect(text).toContain(words);
    expect(text.slice(finding!.start, finding!.end)).toBe(finding!.text);
  });

  it('speak to agents in plain words, in the reply language', () => {
    const english = check("That's one for the landlord, so please contact them. We'll sort it out when things quieten down.");
    const hebrew = check('כשיתפנה נציג נחזור אליך.');
    for (const finding of [...english.findings, ...hebrew.findings]) {
      for (const words of [finding.message, finding.why]) expect(words).not.toMatch(/model:|seed|article|\b00[0-4]\b/);
      expect(finding.suggestions.length).toBeGreaterThanOrEqual(1);
    }
    expect(hebrew.findings.every((finding) => /[\u05D0-\u05EA]/.test(finding.message))).toBe(true);
  });

  it('lose to a rule on the same words', () => {
    const report = check('I understand your frustration.');
    expect(report.findings.map((finding) => finding.ruleId)).toEqual(['hollow-i-understand']);
  });

  it('join the rule moves, so the meter lights Reflect for more of the dev replies that reflect', () => {
    const reflecting = rows('corpus/en/dev.jsonl')
      .filter((row) => row.moves.includes('reflection'))
      .slice(0, 60);
    const lit = (policy: typeof DEFAULT_EFFECTIVE_POLICY) => reflecting.filter((row) => analyze(row.text, policy).structure.steps.reflect).length;
    expect(lit(DEFAULT_EFFECTIVE_POLICY)).toBeGreaterThan(lit({ ...DEFAULT_EFFECTIVE_POLICY, model: undefined }));
  }, HEAVY);
});
