import type { Suggestion } from '../../../src/core';

/** The reply as the agent reads it after taking one suggestion. */
export function applySuggestion(text: string, suggestion: Suggestion): string {
  return text.slice(0, suggestion.start) + suggestion.text + text.slice(suggestion.end);
}
