// Turns what an admin, a server or a file hands us (JSON text or an already-parsed object)
// into a validated Policy, or one message that says what is wrong and how to fix it.
// The whole policy is validated before anything uses it: a bad version is never half-applied.
import { formatPolicyError } from '../policy/policy-error';
import type { Policy } from '../policy/types';
import { validatePolicy, validatePolicyText } from '../policy/validate';

export type ParsedPolicy = { ok: true; policy: Policy } | { ok: false; message: string };

/** How many validation problems to spell out before summarising the rest. */
const SHOWN_ERRORS = 3;

export function parseTeamPolicy(input: unknown): ParsedPolicy {
  const result = typeof input === 'string' ? validatePolicyText(input) : validatePolicy(input);
  if (result.ok) return { ok: true, policy: result.policy };
  const shown = result.errors.slice(0, SHOWN_ERRORS).map(formatPolicyError);
  const more = result.errors.length - shown.length;
  return { ok: false, message: shown.join('; ') + (more > 0 ? `; and ${more} more` : '') };
}
