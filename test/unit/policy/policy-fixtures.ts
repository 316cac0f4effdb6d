// A well-formed team policy for tests to break one field at a time.
import { readFileSync } from 'node:fs';
import type { Policy } from '../../../src/policy/types';

export function validTeamPolicy(): Policy {
  return JSON.parse(readFileSync('test/fixtures/policies/acme-team.json', 'utf8')) as Policy;
}

/** A copy of the valid policy with its first rule changed by `edit`. */
export function withRule(edit: (rule: Record<string, unknown>) => void): Policy {
  const policy = validTeamPolicy();
  edit(policy.rules![0] as unknown as Record<string, unknown>);
  return policy;
}
