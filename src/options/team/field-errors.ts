// Sorts a policy's validation errors to the fields of the editor they belong to, so each
// message shows next to its field ("rules[2].patterns[0]" goes under rule 2's patterns).
import { t } from '../../platform/i18n';
import type { PolicyError } from '../../policy/policy-error';

/** The editor field an error belongs to: "name", or "rules[2].patterns". */
function fieldKey(error: PolicyError): string {
  const inRule = /^rules\[(\d+)\](?:\.(\w+))?/.exec(error.field);
  if (inRule) return inRule[2] ? `rules[${inRule[1]}].${inRule[2]}` : `rules[${inRule[1]}]`;
  const top = /^(\w+)/.exec(error.field);
  return top ? top[1]! : '';
}

export function errorsByField(errors: readonly PolicyError[]): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const error of errors) {
    const key = fieldKey(error);
    byField.set(key, [...(byField.get(key) ?? []), withPlaceInField(error.field.slice(key.length), error.message)]);
  }
  return byField;
}

/** The message with where it is in its field: after "[1].text" (a list field is one item a line) it reads "Line 2: …". */
function withPlaceInField(rest: string, message: string): string {
  if (!rest) return message;
  const line = /^\[(\d+)\]/.exec(rest);
  return line ? t('errorOnLine', String(Number(line[1]) + 1), message) : `${rest.replace(/^\./, '')}: ${message}`;
}

/** How many errors each rule has, for the rule list. */
export function errorCountOfRule(byField: Map<string, string[]>, index: number): number {
  let count = 0;
  for (const [key, messages] of byField) if (key === `rules[${index}]` || key.startsWith(`rules[${index}].`)) count += messages.length;
  return count;
}
