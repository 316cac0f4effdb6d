// --policy FILE: the team's policy, validated whole before anything of it is used.
import { formatPolicyError } from '../policy/policy-error';
import { resolvePolicy } from '../policy/resolve';
import type { EffectivePolicy, Policy } from '../policy/types';
import { validatePolicyText, type PolicyValidation } from '../policy/validate';
import { CliError } from './cli-error';
import type { Io } from './io';

export async function readPolicyFile(path: string, io: Io): Promise<PolicyValidation> {
  return validatePolicyText(await io.read(path));
}

/** The problems of an invalid policy, one line each, prefixed with its file. */
export function policyErrorLines(path: string, validation: PolicyValidation & { ok: false }): string {
  return validation.errors.map((error) => `${path}: ${formatPolicyError(error)}\n`).join('');
}

/** The team policy at `path`; when invalid, a CliError listing every problem (none of it is used). */
export async function readValidPolicy(path: string, io: Io): Promise<Policy> {
  const validation = await readPolicyFile(path, io);
  if (validation.ok) return validation.policy;
  throw new CliError(
    `the policy ${path} is invalid, so none of it was used. Fix these and check with \`reframe policy validate ${path}\`:\n${policyErrorLines(path, validation).trimEnd()}`,
  );
}

/** The built-in defaults, with the team policy at `path` merged in when there is one. */
export async function effectivePolicy(path: string | undefined, io: Io): Promise<EffectivePolicy> {
  return resolvePolicy(path === undefined ? {} : { team: await readValidPolicy(path, io) });
}
