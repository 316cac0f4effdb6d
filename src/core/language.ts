// What a language brings to the analyser. English (lang/en) and Hebrew (lang/he) implement
// this; nothing outside a language's folder may assume anything about that language.
import type { PolicyRule } from '../policy/types';
import type { CustomerReading, Lang, Move, MoveHit, Span } from './types';

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

/** One hit of a rule in a sentence, offsets relative to the sentence. */
export interface RuleHit {
  rule: PolicyRule;
  start: number;
  end: number;
}

/**
 * One sentence, read once for everything asked of it: the rules, the moves, a sentence model.
 * It does only the work a question needs (a language may answer most questions from the words
 * alone and parse only the sentences a pattern with tags could concern), and each piece once.
 */
export interface SentenceReader {
  readonly text: string;
  /** Hits of the compiled rules in the sentence. */
  match(rules: readonly CompiledRule[]): RuleHit[];
  /** The sentence's hit of `move`, or null: a reply asks sentence by sentence until the first. */
  move(move: Move): MoveHit | null;
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
  /** Hits of the compiled rules in one sentence, offsets relative to the sentence. */
  match(sentence: string, rules: readonly CompiledRule[]): RuleHit[];
  /** Moves present in one sentence, offsets relative to the sentence. */
  moves(sentence: string): MoveHit[];
  /** A reader for one sentence (see SentenceReader); without one, match() and moves() are called on its text. */
  read?(sentence: string): SentenceReader;
  /** Reads the customer's message: mood, a reflection draft, demands. */
  readCustomer(message: string): Omit<CustomerReading, 'reflectionLine'>;
}
