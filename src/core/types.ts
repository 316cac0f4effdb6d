// The vocabulary of Reframe: finding categories, moves, and the shape of a report.
// Category and move ids are a public contract (../shared/COACHING.md): never rename them.

export const CATEGORIES = [
  'hollow-acknowledgement',
  'blame',
  'deflection',
  'over-promise',
  'minimizing',
  'bare-refusal',
  'vague-timeline',
  'confrontational',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const MOVES = [
  'reflection',
  'empathy',
  'apology',
  'answer',
  'alternative-offer',
  'interest-question',
  'next-step-with-time',
] as const;
export type Move = (typeof MOVES)[number];

/**
 * Checks the analyser always runs beside the coaching categories. They are not coaching
 * categories (those stay the eight above), so they have ids of their own.
 */
export const CHECKS = ['unfilled-placeholder'] as const;
export type Check = (typeof CHECKS)[number];
/** What a finding is about: a coaching category, or one of the checks. */
export type FindingKind = Category | Check;

/** Coaching categories are what insight counts and category settings are about; checks are not. */
export function isCategory(kind: FindingKind): kind is Category {
  return (CATEGORIES as readonly string[]).includes(kind);
}

export const SEVERITIES = ['info', 'warning', 'error'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const LANGS = ['en', 'he'] as const;
export type Lang = (typeof LANGS)[number];

/** A half-open range of UTF-16 offsets into the analysed text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * One way to fix a finding, always expressed as an edit of the analysed text:
 * replace text.slice(start, end) with `text`. A replacement of the flagged span has
 * start/end equal to the finding's; an inserted template has start === end.
 */
export interface Suggestion extends Span {
  kind: 'replace' | 'insert';
  /** Short label for a button ("Reflect instead", "Add an offer"). */
  label: string;
  text: string;
}

export interface Finding extends Span {
  ruleId: string;
  category: FindingKind;
  severity: Severity;
  lang: Lang;
  /** Equal to text.slice(start, end) of the analysed text. */
  text: string;
  message: string;
  /** One line: why this angers a difficult customer, in plain words. */
  why: string;
  /** One to three for a rule; none for a check such as an unfilled placeholder (the agent types over it). */
  suggestions: Suggestion[];
  /** A finding of the sentence model (ruleId "model:<category>"): the words that weighed most, as written. */
  because?: string[];
}

export interface MoveHit extends Span {
  move: Move;
}

/** The reply-structure meter: Reflect, Empathize, Answer, Offer. */
export interface Structure {
  /** Moves found anywhere in the reply, in the contract's order, without repeats. */
  present: Move[];
  steps: { reflect: boolean; empathize: boolean; answer: boolean; offer: boolean };
  /** True when the steps that are present come in the order Reflect, Empathize, Answer, Offer. */
  orderOk: boolean;
  /** Human-readable notes on the order ("A refusal comes before any empathy."). */
  notes: string[];
}

/** The customer's mood, from the whole message (issue 12). */
export const MOODS = ['calm', 'anxious', 'frustrated', 'angry', 'abusive'] as const;
export type Mood = (typeof MOODS)[number];

export interface Demand extends Span {
  /** The demand as the customer wrote it ("I need it by tomorrow"). */
  text: string;
  /** Whether the customer says why they need it ("... for my daughter's birthday tomorrow"). */
  reasonGiven: boolean;
  /**
   * An interest question to ask about it ("What makes Friday the day you need it?"), capitalised
   * and in the message's language; null when the customer already gave the reason.
   */
  question: string | null;
}

/** What the customer's message tells the agent. Offsets refer to the customer's message. */
export interface CustomerReading {
  lang: Lang;
  mood: Mood;
  /** The customer says the opposite of what they mean ("Great service as always, third outage this week"). */
  sarcasm: boolean;
  /**
   * A reflection drafted from the customer's own words, first person turned to second: one
   * clause-level sentence of at most about 30 words, without its closing full stop and with a
   * capital only where the word always has one, to follow "If I understand correctly, ".
   */
  reflection: string | null;
  /** The reflection as a sentence to open the reply with ("If I understand correctly, ... Is that right?"). */
  reflectionLine: string | null;
  /** A shorter reflection for a long message (the most important facts only); null when the reflection is short already. */
  reflectionShort: string | null;
  /** The shorter reflection as a sentence to open the reply with. */
  reflectionShortLine: string | null;
  demands: Demand[];
  /** The calm boundary template, present when the mood is abusive. */
  boundary: string | null;
}

/** What a language's reader gives; the analyser adds the lines from the language's template. */
export type CustomerDraft = Omit<CustomerReading, 'reflectionLine' | 'reflectionShortLine'>;

/** A policy rule the analyser stopped because it took too long (issue 13); the other rules still ran. */
export interface StoppedRule {
  ruleId: string;
  category: Category;
  lang: Lang;
  reason: 'time';
}

export interface Report {
  /** The language of the reply as a whole (the most used one in a mixed reply). */
  lang: Lang;
  findings: Finding[];
  moves: MoveHit[];
  structure: Structure;
  customer: CustomerReading | null;
  /**
   * Rules of the policy that were stopped for taking too long, each once (present only when
   * there are any). Their findings are left out; every other rule's findings are there.
   */
  stoppedRules?: StoppedRule[];
}
