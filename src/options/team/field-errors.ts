// Sorts a policy's validation errors to the fields of the editor they belong to, so each
// message shows next to its field ("rules[2].patterns[0]" goes under rule 2's patterns).
import type { PolicyError } from '../../policy/policy-error';

/** The editor field an error belongs to: "name", or "rules[2].patterns". */
export function fieldKey(error: PolicyError): string {
  const inRule = /^rules\[(\d+)\](?:\.(\w+))?/.exec(error.field);
  if (inRule) return inRule[2] ? `rules[${inRule[1]}].${inRule[2]}` : `rules[${inRule[1]}]`;
  const top = /^(\w+)/.exec(error.field);
  return top ? top[1]! : '';
}

export function errorsByField(errors: readonly PolicyError[]): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const error of errors) {
    const key = fieldKey(error);
    const detail = locationInField(error.field.slice(key.length));
    byField.set(key, [...(byField.get(key) ?? []), detail + error.message]);
  }
  return byField;
}

/** "[1].text" (the rest of the path after the field) becomes "line 2: ", list fields being one item a line. */
function locationInField(rest: string): string {
  if (!rest) return '';
  const line = /^\[(\d+)\]/.exec(rest);
  return line ? `line ${Number(line[1]) + 1}: ` : `${rest.replace(/^\./, '')}: `;
}

/** How many errors each rule has, for the rule list. */
export function errorCountOfRule(byField: Map<string, string[]>, index: number): number {
  let count = 0;
  for (const [key, messages] of byField) if (key === `rules[${index}]` || key.startsWith(`rules[${index}].`)) count += messages.length;
  return count;
}
