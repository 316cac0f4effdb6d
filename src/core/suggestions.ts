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
  const match = calmedMatch(rule, flagged);
  const filled = template.replaceAll('{match}', match).replaceAll('{reflection}', fillers.reflection);
  if (kind === 'replace') {
    if (filled === '') return { kind: 'replace', label: label ?? DEFAULT_LABEL.replace, ...removal(text, span) };
    return { kind: 'replace', label: label ?? DEFAULT_LABEL.replace, start: span.start, end: span.end, text: fitCase(filled, text, span.start) };
  }
  const at = kind === 'insert-before' ? sentence.start : kind === 'insert-after' ? sentence.end : kind === 'insert-at-start' ? 0 : text.trimEnd().length;
  return { kind: 'insert', label: label ?? DEFAULT_LABEL.insert, start: at, end: at, text: spaced(fitCase(filled, text, at), text, at) };
}

/** Capital at the start of a sentence, lower case inside one ("Hi Dana, if I understand ..."). */
/**
 * What {match} stands for. A detector's finding is fixed by a calm form of the same thing:
 * a shouted word in lower case; "?!" or "??" by one question mark (the question stays a
 * question), "!!" by a full stop.
 */
function calmedMatch(rule: PolicyRule, flagged: string): string {
  if (rule.detector === 'shouting-caps') return flagged.toLowerCase();
  if (rule.detector === 'repeated-punctuation') return flagged.includes('?') ? '?' : '.';
  return flagged;
}

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

/**
 * Removing words leaves the sentence as if they were never written: one of the spaces around
 * them goes too, so does the comma after them ("Obviously, the ..."), or the one before them
 * at the end of a sentence ("..., obviously."); a whole sentence goes with its full stop, and
 * the word that now starts a sentence gets its capital.
 */
function removal(text: string, span: Span): { start: number; end: number; text: string } {
  let start = span.start;
  let end = span.end;
  const startsSentence = /(^|[.!?:\n])\s*$/.test(text.slice(0, start));
  const stop = /^[.!?]+/.exec(text.slice(end));
  if (startsSentence && stop) end += stop[0].length;
  else if (text[end] === ',') end += 1;
  else if (/^[.!?;:]/.test(text.slice(end)) && text.slice(0, start).endsWith(', ')) start -= 2;
  const before = text[start - 1];
  if (text[end] === ' ' && (before === undefined || /\s/.test(before))) end += 1;
  else if (before === ' ' && (end === text.length || /[\s.,;:!?]/.test(text[end]!))) start -= 1;
  // The word that now starts the sentence is part of the edit, so the agent sees "The" rather than a lone "T".
  const next = /^[^\s.,;:!?]+/.exec(text.slice(end))?.[0];
  if (startsSentence && next && next !== next.charAt(0).toUpperCase() + next.slice(1)) {
    return { start, end: end + next.length, text: next.charAt(0).toUpperCase() + next.slice(1) };
  }
  return { start, end, text: '' };
}
