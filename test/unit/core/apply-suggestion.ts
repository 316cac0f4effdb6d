import type { Suggestion } from '../../../src/core';

/** The reply as the agent reads it after taking one suggestion. */
export function applySuggestion(text: string, suggestion: Suggestion): string {
  return text.slice(0, suggestion.start) + suggestion.text + text.slice(suggestion.end);
}

/** The agent fills what a template leaves to them ("by [day and time]") before sending. */
export function filledIn(reply: string, words = 'Friday at 3 pm'): string {
  return reply.replace(/\[[^\]]+\]/g, words);
}
