// What a language brings to the analyser. English (lang/en) and Hebrew (lang/he) implement
// this; nothing outside a language's folder may assume anything about that language.
import type { PolicyRule } from '../policy/types';
import type { SentenceFeatures } from './model/features';
import type { PatternCost } from './pattern-cost';
import type { RuleWatch } from './rule-budget';
import type { CustomerDraft, Lang, MoveHit, Span } from './types';

/** A rule's patterns compiled by one language; opaque to everyone else. */
export interface CompiledRule {
  rule: PolicyRule;
}

/** A pattern that does not compile: the message says what is wrong and how to fix it. */
export class PatternError extends Error {
  constructor(
    readonly pattern: string,
    message: string,
  ) {
    super(message);
    this.name = 'PatternError';
  }
}

/** Phrases a language offers when a rule's suggestion needs one. */
export interface Templates {
  /** "If I understand correctly, {reflection}. Is that right?" */
  reflection: string;
  /** Used for {reflection} when no customer message is known. */
  genericReflection: string;
  /** Marks the suggestion that reflects with the shorter reflection of a long message ("(shorter)"). */
  shorter: string;
  /** "What I can do for you is [what you can offer]." */
  offer: string;
  /** The finding for a placeholder left in the reply: {match} is the placeholder. */
  placeholder: { message: string; why: string };
  /** The calm boundary for an abusive customer (seed 003). */
  boundary: string;
  /** The structure meter's notes, in this language. */
  structure: StructureWording;
}

/** How the structure meter words its notes. */
export interface StructureWording {
  /** What each step is called inside a sentence ("the reflection"). */
  steps: { reflect: string; empathize: string; answer: string; offer: string };
  /** {later} comes before {earlier}. */
  outOfOrder: string;
  refusalBeforeEmpathy: string;
  /** {offer} is the language's offer template. */
  noOfferAfterRefusal: string;
}

export interface LanguageModule {
  readonly lang: Lang;
  readonly templates: Templates;
  /** Sentence spans of a text (offsets into it). */
  sentences(text: string): Span[];
  /**
   * Compiles a rule of this language; throws PatternError for a pattern it cannot use.
   * A rule with a `detector` has no patterns: the analyser runs the detector itself and
   * asks the language only about the rule's exceptions (compiled as patterns).
   */
  compile(rule: PolicyRule): CompiledRule;
  /** Checks one pattern (or exception) alone and says what it costs to run; throws PatternError. */
  patternCost(pattern: string): PatternCost;
  /**
   * Hits of the compiled rules in one sentence, offsets relative to the sentence. With a
   * `watch`, each rule's matching runs through watch.run (timed; skipped once stopped).
   */
  match(sentence: string, rules: readonly CompiledRule[], watch?: RuleWatch): { rule: PolicyRule; start: number; end: number }[];
  /** Moves present in one sentence, offsets relative to the sentence. */
  moves(sentence: string): MoveHit[];
  /**
   * How many characters at the start of a sentence greet or name the customer ("Hi Sam, "):
   * they are not coached. The whole length when the sentence is only a greeting.
   */
  opening(sentence: string): number;
  /** What the sentence model reads in one sentence (with its quoted speech and declined promises). */
  features(sentence: string): SentenceFeatures;
  /** Reads the customer's message: mood and sarcasm, a reflection draft (and a shorter one), demands. */
  readCustomer(message: string): CustomerDraft;
}
