// Validates a team's phrase policy: its shape (policy.schema.json), then its meaning.
// An invalid policy is never half-applied: the answer is the whole policy or its errors.
//
// Browser-safe: the shape check is code generated from the schema at build time
// (generate-schema-check.mjs), so nothing here calls ajv.compile / new Function, which
// MV3's content security policy forbids in the options page.
import { LANGUAGES } from '../core/languages';
import { DEFAULT_POLICY } from './default-policy';
import { parseJson } from './parse-json';
import type { PolicyError } from './policy-error';
import { schemaErrors } from './schema-errors';
import { semanticErrors, type CheckContext } from './semantic-checks';
import type { Policy } from './types';

export type PolicyValidation = { ok: true; policy: Policy } | { ok: false; errors: PolicyError[] };

const context: CheckContext = {
  patternCost: Object.fromEntries(
    Object.values(LANGUAGES).map((module) => [module.lang, (pattern: string) => module.patternCost(pattern)]),
  ) as CheckContext['patternCost'],
  defaultRuleIds: (DEFAULT_POLICY.rules ?? []).map((rule) => rule.id),
};

/** Checks parsed JSON. Shape problems come first; meaning is checked once the shape is right. */
export function validatePolicy(json: unknown): PolicyValidation {
  const shape = schemaErrors(json);
  if (shape.length > 0) return { ok: false, errors: shape };
  const policy = json as Policy;
  const meaning = semanticErrors(policy, context);
  return meaning.length > 0 ? { ok: false, errors: meaning } : { ok: true, policy };
}

/** Checks a policy file's text: "not JSON" errors carry the line and column. */
export function validatePolicyText(text: string): PolicyValidation {
  const parsed = parseJson(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) return { ok: false, errors: [{ field: '', message: `is not valid JSON: ${parsed.message}` }] };
  return validatePolicy(parsed.value);
}
