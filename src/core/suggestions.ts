// Turns a rule's suggestions into edits of the analysed text, filling {match}, {clause} and
// {reflection}.
import type { PolicyRule, SuggestionSpec } from '../policy/types';
import { clauseAround, type Clause } from './clauses';
import { fitCase, spaced, startOfReply, startsSentence as sentenceStartsAt } from './fit-text';
import type { Span, Suggestion } from './types';

export interface Fillers {
  /** The customer's words turned into a reflection, or the language's generic one. */
  reflection: string;
}

const DEFAULT_LABEL = { replace: 'Replace', insert: 'Insert' } as const;

/**
 * `span` is the flagged text and `sentence` the sentence it is in: a replacement takes the
 * span's place; replace-clause takes out the clause that holds the span and puts the template
 * in its place; insert-before / insert-after place a template before or after the sentence,
 * insert-at-start after the greeting line (or at the very start), insert-at-end at the end.
 */
export function suggestionsFor(rule: PolicyRule, span: Span, sentence: Span, text: string, fillers: Fillers): Suggestion[] {
  return rule.suggestions.slice(0, 3).map((spec) => edit(rule, spec, span, sentence, text, fillers));
}

function edit(rule: PolicyRule, spec: SuggestionSpec, span: Span, sentence: Span, text: string, fillers: Fillers): Suggestion {
  const { text: template, kind = 'replace', label } = typeof spec === 'string' ? { text: spec } : spec;
  const flagged = text.slice(span.start, span.end);
  const clause = clauseAround(text, span, sentence);
  const filled = template
    .replaceAll('{match}', calmedMatch(rule, flagged))
    .replaceAll('{clause}', text.slice(clause.start, clause.end))
    .replaceAll('{reflection}', fillers.reflection);
  if (kind === 'replace') {
    if (filled === '') return { kind: 'replace', label: label ?? DEFAULT_LABEL.replace, ...removal(text, span) };
    return { kind: 'replace', label: label ?? DEFAULT_LABEL.replace, start: span.start, end: span.end, text: fitCase(filled, text, span.start) };
  }
  if (kind === 'replace-clause') return { kind: 'replace', label: label ?? DEFAULT_LABEL.replace, ...clauseReplacement(text, clause, sentence, filled) };
  const at = kind === 'insert-before' ? sentence.start : kind === 'insert-after' ? sentence.end : kind === 'insert-at-start' ? startOfReply(text) : text.trimEnd().length;
  return { kind: 'insert', label: label ?? DEFAULT_LABEL.insert, start: at, end: at, text: spaced(fitCase(filled, text, at), text, at) };
}

/**
 * The better sentence takes the clause's place. A clause that is (nearly) the whole sentence
 * is replaced where it stands ("Sorry, [clause]." keeps "Sorry, "); a clause that follows
 * other words goes, with the comma and connector before it, and the better sentence follows
 * the rest: "It was delivered, so it's not our fault." becomes "It was delivered. Let me ...".
 */
function clauseReplacement(text: string, clause: Clause, sentence: Span, better: string): Span & { text: string } {
  const closing = /[.!?]$/.test(better) ? '' : '.';
  const endsSentence = /^[.!?\u2026"'\u201D\u2019)\s]*$/.test(text.slice(clause.end, sentence.end));
  if (endsSentence) {
    const lead = text.slice(sentence.start, clause.cut).trim();
    if (lead.split(/\s+/).filter(Boolean).length <= 3) {
      return { start: clause.start, end: sentence.end, text: fitCase(better, text, clause.start) + closing };
    }
    return { start: clause.cut, end: sentence.end, text: `. ${capitalised(better)}${closing}` };
  }
  if (clause.cut === clause.start) {
    // The clause opens the sentence: the rest of the sentence moves up, the better sentence follows it.
    const joint = /^[,;:\u2014\u2013\s-]*/.exec(text.slice(clause.end))![0].length;
    const rest = text.slice(clause.end + joint, sentence.end);
    return { start: clause.start, end: sentence.end, text: `${fitCase(rest, text, clause.start)} ${capitalised(better)}${closing}` };
  }
  // The clause sits inside the sentence: it goes, and the better sentence follows the sentence.
  return { start: clause.cut, end: sentence.end, text: `${text.slice(clause.end, sentence.end)} ${capitalised(better)}${closing}` };
}

function capitalised(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

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

/**
 * Removing words leaves the sentence as if they were never written: one of the spaces around
 * them goes too, so does the comma after them ("Obviously, the ..."), or the one before them
 * at the end of a sentence ("..., obviously."); a whole sentence goes with its full stop, and
 * the word that now starts a sentence gets its capital.
 */
function removal(text: string, span: Span): { start: number; end: number; text: string } {
  let start = span.start;
  let end = span.end;
  const startsSentence = sentenceStartsAt(text, start);
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
