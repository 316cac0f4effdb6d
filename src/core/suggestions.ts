// Turns a rule's suggestions into edits of the analysed text, filling {match} and
// {reflection}.
import type { PolicyRule, SuggestionSpec } from '../policy/types';
import type { Span, Suggestion } from './types';

export interface Fillers {
  /** The customer's words turned into a reflection, or the language's generic one. */
  reflection: string;
}

const DEFAULT_LABEL = { replace: 'Replace', insert: 'Insert' } as const;

/**
 * `span` is the flagged text and `sentence` the sentence it is in: a replacement takes the
 * span's place; insert-before / insert-after place a template before or after the sentence,
 * insert-at-start / insert-at-end at the start or end of the reply.
 */
export function suggestionsFor(rule: PolicyRule, span: Span, sentence: Span, text: string, fillers: Fillers): Suggestion[] {
  return rule.suggestions.slice(0, 3).map((spec) => edit(rule, spec, span, sentence, text, fillers));
}

function edit(rule: PolicyRule, spec: SuggestionSpec, span: Span, sentence: Span, text: string, fillers: Fillers): Suggestion {
  const { text: template, kind = 'replace', label } = typeof spec === 'string' ? { text: spec } : spec;
  const flagged = text.slice(span.start, span.end);
  // Shouting is fixed by the same word in lower case, so {match} offers exactly that.
  const match = rule.detector === 'shouting-caps' ? flagged.toLowerCase() : flagged;
  const filled = template.replaceAll('{match}', match).replaceAll('{reflection}', fillers.reflection);
  if (kind === 'replace') {
    return { kind: 'replace', label: label ?? DEFAULT_LABEL.replace, start: span.start, end: span.end, text: fitCase(filled, text, span.start) };
  }
  const at = kind === 'insert-before' ? sentence.start : kind === 'insert-after' ? sentence.end : kind === 'insert-at-start' ? 0 : text.trimEnd().length;
  return { kind: 'insert', label: label ?? DEFAULT_LABEL.insert, start: at, end: at, text: spaced(fitCase(filled, text, at), text, at) };
}

/** Capital at the start of a sentence, lower case inside one ("Hi Dana, if I understand ..."). */
function fitCase(replacement: string, text: string, at: number): string {
  const before = text.slice(0, at).trimEnd();
  const startsSentence = before === '' || /[.!?:\n]$/.test(before);
  const first = replacement.charAt(0);
  if (startsSentence) return first.toUpperCase() + replacement.slice(1);
  const keepsCapital = /^(I\b|I'|[\p{Lu}\d]{2,})/u.test(replacement);
  return keepsCapital ? replacement : first.toLowerCase() + replacement.slice(1);
}

/** An inserted sentence gets a space on the side where it touches other words. */
function spaced(insert: string, text: string, at: number): string {
  const before = at > 0 && !/\s/.test(text[at - 1]!) ? ' ' : '';
  const after = at < text.length && !/\s/.test(text[at]!) ? ' ' : '';
  return before + insert + after;
}
