// analyze(): the coached sentences by language, each through the per-policy cache (rules,
// moves and the sentence model's scores), then the checks that need the whole reply
// (unlessMoves, minCount), suggestions and the meter. A rule hit wins over the model.
import type { EffectivePolicy, PolicyRule } from '../policy/types';
import { BoundedCache } from './bounded-cache';
import { compilePolicy, type LanguageRules, type SentenceResult } from './compile';
import { detectLanguage } from './detect-language';
import { detect } from './detectors';
import { LANGUAGES } from './languages';
import { modelFor } from './model';
import { scoreSentence } from './model/model';
import { asksCustomer, modelRule } from './model/rules';
import { structureOf } from './structure';
import { suggestionsFor } from './suggestions';
import { oneFindingPerWords } from './overlaps';
import { overlapCursor, placeholderSpans } from './placeholders';
import { budgetFor, RuleWatch, type RuleBudget } from './rule-budget';
import type { Category, CustomerReading, Finding, Lang, Move, MoveHit, Report, Span } from './types';
import { inside, overlaps, urlSpans } from './uncoached';
import { coachedSentences, replyLanguage } from './units';

export interface AnalyzeContext {
  /** The customer's message the reply answers. */
  customer?: string;
  /** Force a language; 'auto' (the default) picks it per paragraph. */
  lang?: Lang | 'auto';
  /** The rules' time budget (rule-budget.ts); by default it grows with the reply. */
  budget?: Partial<RuleBudget>;
  /** The clock the budget is kept on (tests), in ms. */
  now?: () => number;
}

interface Hit extends Span {
  rule: PolicyRule;
  lang: Lang;
  /** The sentence the hit is in: templates are inserted before or after it. */
  sentence: Span;
  /** A model finding: the words that weighed most. */
  because?: string[];
}

export function analyze(text: string, policy: EffectivePolicy, context: AnalyzeContext = {}): Report {
  const compiled = compilePolicy(policy);
  const watch = new RuleWatch(compiled.stopped, budgetFor(text.length, context.budget), context.now);
  const placeholders = placeholderSpans(text);
  const inPlaceholder = overlapCursor(placeholders);
  const links = urlSpans(text);
  const hits: Hit[] = [];
  const moves: MoveHit[] = [];
  const { units, charsByLang } = coachedSentences(text, context.lang && context.lang !== 'auto' ? context.lang : undefined);
  // Where the reply asks the customer something: a way forward after a "no".
  const questions: number[] = [];
  for (const { start, end, lang, module } of units) {
    const rules = compiled.rulesFor(lang) ?? { module, patternRules: [], detectorRules: [], silencers: [] };
    const sentenceText = text.slice(start, end);
    const key = `${lang}\u0000${sentenceText}`;
    let result = compiled.sentences.get(key);
    if (!result) {
      result = analyzeSentence(sentenceText, rules, lang, policy.model !== undefined, watch);
      compiled.sentences.set(key, result);
    }
    const sentence = { start, end };
    if (asksCustomer(sentenceText)) questions.push(start);
    const found = result.hits.map((hit) => ({ rule: hit.rule, lang, start: start + hit.start, end: start + hit.end, sentence }));
    hits.push(...found);
    // A category the rules flag in this sentence is theirs to explain: the model adds only what they miss.
    for (const hit of result.model) {
      const category = hit.id as Category;
      const severity = policy.model?.[`model:${category}`];
      if (!severity || found.some((other) => other.rule.category === category)) continue;
      hits.push({ rule: modelRule(lang, category, severity), lang, start: start + hit.start, end: start + hit.end, sentence, because: hit.because });
    }
    // An unfilled template ("What I can do is [what you can offer].") is no offer, no time, no move at all.
    if (inPlaceholder(start, end)) continue;
    for (const hit of result.moves) moves.push({ move: hit.move, start: start + hit.start, end: start + hit.end });
  }
  const customer = context.customer?.trim() ? readCustomer(context.customer) : null;
  // Words inside a link are no one's tone; a rule stopped for time gives no findings at all; a
  // model refusal followed by a question to the customer ("Do you still have the emails?") leaves
  // a way forward.
  const coached = hits.filter((hit) => !overlaps(hit, links) && !compiled.stopped.has(hit.rule)
    && !(hit.rule.id === 'model:bare-refusal' && questions.some((at) => at > hit.start)));
  const refusals = coached.filter((hit) => hit.rule.category === 'bare-refusal');
  const lang = replyLanguage(text, charsByLang);
  return {
    lang,
    findings: [
      ...oneFindingPerWords(replyLevel(coached, moves)).map((hit) => toFinding(hit, text, customer)),
      ...placeholders.map((span) => placeholderFinding(span, text, lang)),
    ].sort((a, b) => a.start - b.start || a.end - b.end),
    moves,
    structure: structureOf(moves, refusals, LANGUAGES[lang]!.templates),
    customer,
    ...(compiled.stopped.size > 0 ? { stoppedRules: [...compiled.stopped.values()] } : {}),
  };
}

/** "I can't promise it won't happen again" is neither a promise nor a refusal of service. */
const DECLINABLE: ReadonlySet<Category> = new Set(['over-promise', 'bare-refusal']);

/**
 * Rules, moves and the model's scores for one sentence. A rule hit in quoted or reported
 * speech is someone else's words, and an over-promise or a refusal inside a declined promise
 * is neither. Every rule runs under the analysis's time budget (`watch`).
 */
function analyzeSentence(
  sentence: string,
  { module, patternRules, detectorRules, silencers }: LanguageRules,
  lang: Lang,
  withModel: boolean,
  watch: RuleWatch,
): SentenceResult {
  const features = module.features(sentence);
  const hits = module.match(sentence, patternRules, watch);
  for (const { rule, detector, exceptions } of detectorRules) {
    // A detector's exceptions are compiled as a pattern rule: any match of it drops the hits.
    hits.push(
      ...watch.run(rule, () => {
        const spans = detect(detector, sentence);
        if (spans.length === 0 || (exceptions && module.match(sentence, [exceptions]).length > 0)) return [];
        return spans.map((span) => ({ rule, ...span }));
      }),
    );
  }
  const own = hits.filter((hit) => !inside(hit, features.quoted) && !(DECLINABLE.has(hit.rule.category) && overlaps(hit, features.declined)));
  const moves = module.moves(sentence);
  const silenced = withModel && silencers.length > 0 ? module.match(sentence, silencers) : [];
  const scored = withModel
    ? scoreSentence(modelFor(lang), sentence, features, undefined, new Set(moves.map((hit) => hit.move))).filter((hit) => !overlaps(hit, silenced))
    : [];
  for (const hit of scored) {
    if (hit.kind === 'move' && !moves.some((other) => other.move === hit.id)) moves.push({ move: hit.id as Move, start: hit.start, end: hit.end });
  }
  return { hits: own, moves, model: scored.filter((hit) => hit.kind === 'category') };
}

/** Reply-level conditions: `unlessMoves` drops a rule when the reply has one of the moves; `minCount` keeps hits from the n-th on. */
function replyLevel(hits: Hit[], moves: MoveHit[]): Hit[] {
  const present = new Set(moves.map((hit) => hit.move));
  const byRule = new Map<PolicyRule, Hit[]>();
  for (const hit of hits) {
    const known = byRule.get(hit.rule);
    if (known) known.push(hit);
    else byRule.set(hit.rule, [hit]);
  }
  const kept: Hit[] = [];
  for (const [rule, ruleHits] of byRule) {
    if (rule.unlessMoves?.some((move) => present.has(move))) continue;
    kept.push(...ruleHits.slice(Math.max(0, (rule.minCount ?? 1) - 1)));
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.id.localeCompare(b.rule.id));
}

function toFinding(hit: Hit, text: string, customer: CustomerReading | null): Finding {
  const { rule, lang, start, end, sentence, because } = hit;
  const { templates } = LANGUAGES[lang]!;
  const reflection = customer?.reflection ?? templates.genericReflection;
  const short = customer?.reflectionShort ? { reflectionShort: customer.reflectionShort, shorter: templates.shorter } : {};
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
    suggestions: suggestionsFor(rule, { start, end }, sentence, text, { reflection, ...short }),
    ...(because && because.length > 0 ? { because } : {}),
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
  const line = (reflection: string | null) => (reflection === null ? null : module.templates.reflection.replace('{reflection}', reflection));
  const reading = { ...read, reflectionLine: line(read.reflection), reflectionShortLine: line(read.reflectionShort) };
  customerReadings.set(message, reading);
  return reading;
}

