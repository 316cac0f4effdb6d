// The sentence model: one-vs-rest logistic regression over a sentence's features, one output per
// finding category and per move, trained by scripts/train.mjs on the corpus's train split,
// calibrated and given a threshold on its dev split. Scoring is a sum of small integers per
// output; the words behind the largest terms explain a finding and give its span.
import { clauseAround } from '../clauses';
import { inside } from '../uncoached';
import type { Category, Lang, Move, Span } from '../types';
import { decodeAscending, fromBase64, hashName } from './codec';
import type { SentenceFeatures } from './features';

export type OutputId = Category | Move;

/** One output as stored: its weights are a column of the model's weight table. */
export interface OutputFile {
  id: OutputId;
  kind: 'category' | 'move';
  /** The logit is bias + scale * (sum of the sentence's weights). */
  bias: number;
  scale: number;
  /** Platt scaling fitted on dev: probability = 1 / (1 + exp(-(a * logit + b))). */
  calibration: [number, number];
  /** The probability from which a sentence is flagged (chosen on dev, precision first). */
  threshold: number;
}

/** The JSON file scripts/train.mjs writes (src/core/model/<lang>.json). */
export interface ModelFile {
  format: 1;
  lang: Lang;
  /** What it was trained and tuned on, for people reading the file. */
  trainedOn: string;
  outputs: OutputFile[];
  /** The known features' name hashes (FNV-1a), ascending, as base64 deltas. */
  features: string;
  /** base64 of signed bytes, one row per feature, one column per output. */
  weights: string;
}

export interface Model {
  lang: Lang;
  outputs: OutputFile[];
  /** Feature hash -> row in `weights`. */
  rows: Map<number, number>;
  weights: Int8Array;
}

export function loadModel(file: ModelFile): Model {
  const hashes = decodeAscending(fromBase64(file.features));
  const bytes = fromBase64(file.weights);
  return {
    lang: file.lang,
    outputs: file.outputs,
    rows: new Map(hashes.map((hash, row) => [hash, row])),
    weights: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length),
  };
}

/** A sentence the model flags for one output, offsets relative to the sentence. */
export interface ModelHit extends Span {
  id: OutputId;
  kind: 'category' | 'move';
  probability: number;
  /** The words that weighed most, as written, strongest first. */
  because: string[];
}

/** How much weaker than the strongest word another word may be and still be named. */
const NAMED_SHARE = 0.4;
const MAX_NAMED = 3;
const SUPPORTING_SHARE = 0.2;

/**
 * The outputs a sentence reaches the threshold of. `threshold` replaces each output's own
 * (the trainer uses 0 to see every score). A hit whose strongest word is quoted or reported
 * speech is dropped; so is an over-promise made inside a declined promise, blame or an argument
 * in a sentence that clears the customer ("you did nothing wrong"), a deflection in one that
 * owns the problem ("the delay was on our side"), a vague timeline in a
 * farewell ("see you soon"), and a hollow
 * acknowledgement in a sentence that reflects (`shown`: the moves the rules found in it), or one that claims nothing ("sorry", "thanks").
 */
export function scoreSentence(model: Model, sentence: string, features: SentenceFeatures, threshold?: number, shown?: ReadonlySet<Move>): ModelHit[] {
  const count = model.outputs.length;
  const rows = features.names.map((name) => model.rows.get(hashName(name)) ?? -1);
  const hits: ModelHit[] = [];
  model.outputs.forEach((output, column) => {
    let sum = 0;
    for (const row of rows) if (row >= 0) sum += model.weights[row * count + column]!;
    const logit = output.bias + output.scale * sum;
    const [a, b] = output.calibration;
    const probability = 1 / (1 + Math.exp(-(a * logit + b)));
    if (probability < (threshold ?? output.threshold)) return;
    const hit = explain(model, sentence, features, rows, column);
    if (!hit) return;
    const { top, because, supporting } = hit;
    if (inside(top, features.quoted)) return;
    // A sentence that restates the customer's problem is a reflection, not yet the answer to it.
    if (output.id === 'answer' && shown?.has('reflection')) return;
    // A short apology ("I'm sorry to hear you are upset") has no room to restate the problem.
    if (output.id === 'reflection' && shown?.has('apology') && features.words.length <= 8) return;
    // A hollow acknowledgement claims to understand or to have noted: a plain "sorry" or "thanks" is not one.
    // A stock "we understand how frustrating this is" is still hollow; one that restates the problem is not.
    if (output.id === 'hollow-acknowledgement' && (shown?.has('reflection') || !features.acknowledging.some((word) => supporting.includes(word)))) return;
    if (output.id === 'over-promise' && inside(top, features.declined)) return;
    // A promise of the agent's own next step at a time ("I promise to call you back by noon") is what the coaching asks for.
    if (output.id === 'over-promise' && shown?.has('next-step-with-time')) return;
    if ((output.id === 'blame' || output.id === 'confrontational') && features.exonerating) return;
    if (output.id === 'vague-timeline' && features.farewell) return;
    if (output.id === 'deflection' && features.owning) return;
    const clause = clauseAround(sentence, top, { start: 0, end: sentence.length });
    hits.push({ id: output.id, kind: output.kind, probability, start: clause.start, end: Math.max(clause.end, top.end), because });
  });
  return hits;
}

/** The strongest word and the words named for one output. */
function explain(model: Model, sentence: string, features: SentenceFeatures, rows: number[], column: number): { top: Span; because: string[]; supporting: number[] } | null {
  const count = model.outputs.length;
  const weight = new Float64Array(features.words.length);
  rows.forEach((row, index) => {
    const first = features.first[index]!;
    if (row < 0 || first < 0) return;
    const last = features.last[index]!;
    const share = model.weights[row * count + column]! / (last - first + 1);
    for (let word = first; word <= last; word++) weight[word] = weight[word]! + share;
  });
  let best = -1;
  weight.forEach((value, word) => {
    if (value > 0 && (best < 0 || value > weight[best]!)) best = word;
  });
  if (best < 0) return null;
  // Named words: strong enough, joined with their strong neighbours into phrases ("most people").
  const strong = (word: number) => weight[word]! >= weight[best]! * NAMED_SHARE;
  const phrases: { from: number; to: number; weight: number }[] = [];
  for (let word = 0; word < weight.length; word++) {
    if (!strong(word)) continue;
    const last = phrases[phrases.length - 1];
    if (last && last.to === word - 1 && !/[,;:.!?]/.test(sentence.slice(features.words[word - 1]!.end, features.words[word]!.start))) {
      last.to = word;
      last.weight = Math.max(last.weight, weight[word]!);
    } else {
      phrases.push({ from: word, to: word, weight: weight[word]! });
    }
  }
  const because = phrases
    .sort((a, b) => b.weight - a.weight || a.from - b.from)
    .slice(0, MAX_NAMED)
    .map(({ from, to }) => sentence.slice(features.words[from]!.start, features.words[to]!.end).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu, ''))
    .filter((words, index, all) => words.length > 0 && all.indexOf(words) === index);
  // Words that carry a real part of the score, if not the most.
  const supporting = [...weight.keys()].filter((word) => weight[word]! >= weight[best]! * SUPPORTING_SHARE);
  return { top: features.words[best]!, because, supporting };
}
