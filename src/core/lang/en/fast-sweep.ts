// compromise's post-tagger runs its ~570 correction patterns through a "sweep": for each
// sentence it first lists the patterns whose words and tags occur in the sentence. Stock
// compromise does that by walking all ~730 keys of its index for every sentence; this does the
// same walk from the sentence's side (its few dozen words and tags), then puts the candidates
// in the index's order, so the patterns run, and tag, in exactly the order they did. The tags
// are identical (test/unit/core/fast-sweep.test.ts compares them on the labelled corpus).
// The rest is compromise's sweep as it is (MIT, Spencer Kelly).
import nlp from 'compromise/two';

interface SweepMatch {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}

interface Net {
  hooks: Record<string, SweepMatch[]>;
  always: SweepMatch[];
}

interface Methods {
  one: {
    cacheDoc(sentences: unknown[][]): Set<string>[];
    match(docs: unknown[][], match: SweepMatch): { ptrs: number[][] };
    bulkMatch: (sentences: unknown[][], net: Net, methods: Methods, opts?: { matchOne?: boolean }) => unknown[];
  };
}

/** For each index (a net's hooks): its keys, and each key's place in them. */
const orders = new WeakMap<Record<string, SweepMatch[]>, { keys: string[]; rank: Map<string, number> }>();

function orderOf(hooks: Record<string, SweepMatch[]>) {
  let order = orders.get(hooks);
  if (!order) {
    const keys = Object.keys(hooks);
    order = { keys, rank: new Map(keys.map((key, index) => [key, index])) };
    orders.set(hooks, order);
  }
  return order;
}

/** The patterns that may apply to one sentence, in the order stock compromise lists them. */
function candidates(cache: Set<string>, hooks: Record<string, SweepMatch[]>): SweepMatch[] {
  const { keys, rank } = orderOf(hooks);
  const found: number[] = [];
  for (const item of cache) {
    const at = rank.get(item);
    if (at !== undefined) found.push(at);
  }
  found.sort((a, b) => a - b);
  const seen = new Set<string>();
  const maybe: SweepMatch[] = [];
  for (const at of found) {
    for (const match of hooks[keys[at]!]!) {
      if (seen.has(match.match)) continue;
      seen.add(match.match);
      maybe.push(match);
    }
  }
  return maybe;
}

function applies(match: SweepMatch, haves: Set<string>, termCount: number): boolean {
  if (!match.needs.every((need) => haves.has(need))) return false;
  if (match.ifNo !== undefined && match.ifNo.some((no) => haves.has(no))) return false;
  if (match.wants.length > 0 && match.wants.filter((want) => haves.has(want)).length < match.minWant) return false;
  return termCount >= match.minWords;
}

function bulkMatch(sentences: unknown[][], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}): unknown[] {
  const caches = methods.one.cacheDoc(sentences);
  const results: unknown[] = [];
  for (let n = 0; n < sentences.length; n++) {
    const haves = caches[n]!;
    const termCount = sentences[n]!.length;
    const todo = candidates(haves, net.hooks).filter((match) => applies(match, haves, termCount));
    // Stock compromise checks minWords on these too.
    for (const match of net.always) if (termCount >= match.minWords) todo.push(match);
    for (const match of todo) {
      const found = methods.one.match([sentences[n]!], match);
      if (found.ptrs.length === 0) continue;
      for (const pointer of found.ptrs) {
        pointer[0] = n;
        const result: Record<string, unknown> = { ...match, pointer };
        if (match.unTag !== undefined) result.unTag = match.unTag;
        results.push(result);
      }
      if (opts.matchOne === true) return [results[0]];
    }
  }
  return results;
}

const one = (nlp.methods() as unknown as Methods).one;
const stock = one.bulkMatch;

/** Puts the faster sweep into compromise (its results are the stock sweep's). */
export function installFastSweep(): void {
  one.bulkMatch = bulkMatch as Methods['one']['bulkMatch'];
}

/** Runs `read` with compromise's own sweep (the tests compare the two). */
export function withStockSweep<T>(read: () => T): T {
  const installed = one.bulkMatch;
  one.bulkMatch = stock;
  try {
    return read();
  } finally {
    one.bulkMatch = installed;
  }
}
