// The phrase-policy format: what a team lead writes (JSON, described by policy.schema.json).
import type { Category, Lang, Move, Severity } from '../core/types';

/** Built-in detectors for what a phrase cannot express. */
export const DETECTORS = ['shouting-caps', 'repeated-punctuation'] as const;
export type DetectorId = (typeof DETECTORS)[number];

/**
 * A suggestion as a rule writes it. A plain string replaces the flagged span.
 * Placeholders: {match} the flagged text, {clause} the clause around it, {reflection} the
 * reflection drafted from the customer's message (or a generic one). Square brackets mark
 * what the agent fills in ("by [day and time]"): the reply is not ready while they remain.
 */
export type SuggestionSpec =
  | string
  | {
      text: string;
      /**
       * replace: the flagged span (default). replace-clause: the clause holding it, for a
       * better sentence ({clause} is that clause). insert-*: a template placed in the reply.
       */
      kind?: 'replace' | 'replace-clause' | 'insert-before' | 'insert-after' | 'insert-at-start' | 'insert-at-end';
      label?: string;
    };

export interface PolicyRule {
  /** Unique, kebab-case ("blame-should-have"). */
  id: string;
  category: Category;
  severity: Severity;
  lang: Lang;
  /**
   * English: compromise match syntax ("you should have #PastTense"); a plain phrase always works.
   * Hebrew: a phrase, matched with prefix letters and gender/number forms.
   */
  patterns?: string[];
  /** A hit is dropped when its sentence also matches one of these. */
  exceptions?: string[];
  /** A built-in detector, instead of patterns. */
  detector?: DetectorId;
  /** Reply-level condition: the rule fires only when none of these moves is in the reply. */
  unlessMoves?: Move[];
  /** Reply-level condition: the rule fires only when it matches at least this many times. */
  minCount?: number;
  message: string;
  why: string;
  /** One to three. */
  suggestions: SuggestionSpec[];
  /** Run by `reframe policy test`: every `flag` line must fire this rule, no `pass` line may. */
  examples: { flag: string[]; pass: string[] };
}

export interface Policy {
  $schema?: string;
  name: string;
  version: string;
  description?: string;
  /** The built-in default policy this one builds on, or null to start from nothing. */
  extends?: 'reframe:default' | null;
  rules?: PolicyRule[];
  /** Rule ids switched off. */
  disable?: string[];
  /** Severity per rule id. */
  severity?: Record<string, Severity>;
  /** Rule ids an agent cannot switch off or change. */
  lock?: string[];
}

/** The sentence model's findings that are on, by id ("model:blame"), each with its severity. */
export type ModelSettings = Partial<Record<`model:${Category}`, Severity>>;

/** A policy after merging defaults, team policy and personal settings: what analyze() runs. */
export interface EffectivePolicy {
  name: string;
  version: string;
  rules: PolicyRule[];
  /** Rule ids locked by the team (model ids included). */
  locked: string[];
  /**
   * The sentence model's findings that run beside the rules. Absent, or an id left out: that
   * category has no model findings (a policy that starts from nothing has none).
   */
  model?: ModelSettings;
  /**
   * Rules the policy switched off: they no longer flag, and the sentence model leaves their
   * words alone too (a team that accepts "I understand" is not told about it by the model).
   */
  silenced?: PolicyRule[];
}
