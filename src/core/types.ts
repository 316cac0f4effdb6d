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

export type Mood = 'calm' | 'frustrated' | 'angry' | 'abusive';

export interface Demand extends Span {
  /** The demand as the customer wrote it ("I need it by tomorrow"). */
  text: string;
  /** An interest question to ask about it ("What is the reason it has to be tomorrow?"). */
  question: string;
}

/** What the customer's message tells the agent. Offsets refer to the customer's message. */
export interface CustomerReading {
  lang: Lang;
  mood: Mood;
  /** A reflection drafted from the customer's own words, first person turned to second. */
  reflection: string | null;
  /** The reflection as a sentence to open the reply with ("If I understand correctly, ... Is that right?"). */
  reflectionLine: string | null;
  demands: Demand[];
  /** The calm boundary template, present when the mood is abusive. */
  boundary: string | null;
}

export interface Report {
  /** The language of the reply as a whole (the most used one in a mixed reply). */
  lang: Lang;
  findings: Finding[];
  /**
   * Where the reply first makes each move (and the first offer after the first refusal, when the
   * first offer comes before it): what the structure meter and the reply-level conditions read.
   * Later sentences are not searched for a move already found, so they need not be parsed.
   */
  moves: MoveHit[];
  structure: Structure;
  customer: CustomerReading | null;
}
