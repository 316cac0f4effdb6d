// analyze(): paragraphs by language, sentences through the per-policy cache, then the
// checks that need the whole reply (unlessMoves, minCount), suggestions and the meter.
import type { EffectivePolicy, PolicyRule } from '../policy/types';
import { BoundedCache } from './bounded-cache';
import { compilePolicy, readerFor, sentenceResult, type LanguageRules, type SentenceResult } from './compile';
import { detectLanguage } from './detect-language';
import { detect } from './detectors';
import { LANGUAGES } from './languages';
import { structureOf } from './structure';
import { suggestionsFor } from './suggestions';
import { oneFindingPerWords } from './overlaps';
import { placeholderSpans } from './placeholders';
import { replyMoves, type MoveSentence } from './reply-moves';
import { paragraphs } from './text-spans';
import type { CustomerReading, Finding, Lang, MoveHit, Report, Span } from './types';

export interface AnalyzeContext {
  /** The customer's message the reply answers. */
  customer?: string;
  /** Force a language; 'auto' (the default) picks it per paragraph. */
  lang?: Lang | 'auto';
}

interface Hit extends Span {
  rule: PolicyRule;
  lang: Lang;
  /** The sentence the hit is in: templates are inserted before or after it. */
  sentence: Span;
}

export function analyze(text: string, policy: EffectivePolicy, context: AnalyzeContext = {}): Report {
  const compiled = compilePolicy(policy);
  const placeholders = placeholderSpans(text);
  const hits: Hit[] = [];
  const moveSentences: MoveSentence[] = [];
  const charsByLang = new Map<Lang, number>();
  for (const paragraph of paragraphs(text)) {
    const body = text.slice(paragraph.start, paragraph.end);
    const lang = context.lang && context.lang !== 'auto' ? context.lang : detectLanguage(body);
    charsByLang.set(lang, (charsByLang.get(lang) ?? 0) + body.length);
    const module = LANGUAGES[lang];
    if (!module) continue;
    const rules = compiled.languages[lang] ?? { module, patternRules: [], detectorRules: [] };
    for (const sentence of module.sentences(body)) {
      const start = paragraph.start + sentence.start;
      const end = paragraph.start + sentence.end;
      const sentenceText = text.slice(start, end);
      const key = `${lang}\u0000${sentenceText}`;
      let result = compiled.sentences.get(key);
      if (!result) {
        result = analyzeSentence(sentenceText, rules);
        compiled.sentences.set(key, result);
      }
      for (const hit of result.hits) hits.push({ rule: hit.rule, lang, start: start + hit.start, end: start + hit.end, sentence: { start, end } });
      // An unfilled template ("What I can do is [what you can offer].") is no offer, no time, no move at all.
      moveSentences.push({ result, start, counts: !placeholders.some((span) => span.start < end && span.end > start) });
    }
  }
  const customer = context.customer?.trim() ? readCustomer(context.customer) : null;
  const refusals = hits.filter((hit) => hit.rule.category === 'bare-refusal');
  const moves = replyMoves(moveSentences, refusals);
  const lang = mostUsed(charsByLang) ?? detectLanguage(text);
  return {
    lang,
    findings: [
      ...oneFindingPerWords(replyLevel(hits, moves)).map((hit) => toFinding(hit, text, customer)),
      ...placeholders.map((span) => placeholderFinding(span, text, lang)),
    ].sort((a, b) => a.start - b.start || a.end - b.end),
    moves,
    structure: structureOf(moves, refusals, LANGUAGES[lang]!.templates),
    customer,
  };
}

function analyzeSentence(sentence: string, { module, patternRules, detectorRules }: LanguageRules): SentenceResult {
  // One reader per sentence: the rules, the moves (asked later, reply-wide) and any model share it.
  const reader = readerFor(module, sentence);
  const hits = reader.match(patternRules);
  for (const { rule, detector, exceptions } of detectorRules) {
    // A detector's exceptions are compiled as a pattern rule: any match of it drops the hits.
    const spans = detect(detector, sentence);
    if (spans.length === 0 || (exceptions && reader.match([exceptions]).length > 0)) continue;
    hits.push(...spans.map((span) => ({ rule, ...span })));
  }
  return sentenceResult(module, reader, hits);
}

/** Reply-level conditions: `unlessMoves` drops a rule when the reply has one of the moves; `minCount` keeps hits from the n-th on. */
function replyLevel(hits: Hit[], moves: MoveHit[]): Hit[] {
  const present = new Set(moves.map((hit) => hit.move));
  const byRule = new Map<PolicyRule, Hit[]>();
  for (const hit of hits) byRule.set(hit.rule, [...(byRule.get(hit.rule) ?? []), hit]);
  const kept: Hit[] = [];
  for (const [rule, ruleHits] of byRule) {
    if (rule.unlessMoves?.some((move) => present.has(move))) continue;
    kept.push(...ruleHits.slice(Math.max(0, (rule.minCount ?? 1) - 1)));
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.id.localeCompare(b.rule.id));
}

function toFinding(hit: Hit, text: string, customer: CustomerReading | null): Finding {
  const { rule, lang, start, end, sentence } = hit;
  const reflection = customer?.reflection ?? LANGUAGES[lang]!.templates.genericReflection;
  const flagged = text.slice(start, end);
  return {
    ruleId: rule.id,
    category: rule.category,
    severity: rule.severity,
    lang,
    start,
    end,
    text: flagged,
    message: quoting(rule.message, flagged),
    why: quoting(rule.why, flagged),
    suggestions: suggestionsFor(rule, { start, end }, sentence, text, { reflection }),
  };
}

/** A message or why can quote the words it is about: {match}. */
function quoting(wording: string, flagged: string): string {
  return wording.replaceAll('{match}', flagged);
}

/** A placeholder left in the reply: always an error, whatever the policy, and never sent. */
function placeholderFinding(span: Span, text: string, lang: Lang): Finding {
  const { message, why } = LANGUAGES[lang]!.templates.placeholder;
  const flagged = text.slice(span.start, span.end);
  return {
    ruleId: 'unfilled-placeholder',
    category: 'unfilled-placeholder',
    severity: 'error',
    lang,
    ...span,
    text: flagged,
    message: quoting(message, `"${flagged}"`),
    why,
    // Nothing to apply: the agent types over it (the page selects it after an insert).
    suggestions: [],
  };
}

const customerReadings = new BoundedCache<CustomerReading>(50);

function readCustomer(message: string): CustomerReading | null {
  const known = customerReadings.get(message);
  if (known) return known;
  const module = LANGUAGES[detectLanguage(message)];
  if (!module) return null;
  const read = module.readCustomer(message);
  const reading = { ...read, reflectionLine: read.reflection === null ? null : module.templates.reflection.replace('{reflection}', read.reflection) };
  customerReadings.set(message, reading);
  return reading;
}

function mostUsed(charsByLang: Map<Lang, number>): Lang | undefined {
  return [...charsByLang].sort((a, b) => b[1] - a[1])[0]?.[0];
}
