// `reframe policy validate FILE`: is this team policy usable as it stands?
import type { Io } from '../io';
import { policyErrorLines, readPolicyFile } from '../load-policy';
import { CliError } from '../cli-error';
import { defineCommand } from '../define-command';
import { printable } from '../output/printable';

export const POLICY_VALIDATE_HELP = `Usage: reframe policy validate FILE

Checks a team phrase policy (JSON; its format is src/policy/policy.schema.json): its
shape, and what a schema cannot see: duplicate rule ids, patterns that do not compile
(regular expressions are refused), patterns that would cost too much to run (at most
80 points a pattern, 250 a rule, 5,000 a policy; the message names the costly parts),
broken placeholders, unknown rules in disable, severity and lock. Every problem names
the rule, the field and how to fix it. An invalid policy is never applied in part: fix
every problem.

Exit codes: 0 valid; 2 invalid, or the file cannot be read.
`;

export const policyValidateCommand = defineCommand({
  name: 'reframe policy validate',
  help: POLICY_VALIDATE_HELP,
  options: {},
  run: async ({ positionals }, io) => {
    const path = singlePath(positionals, 'validate');
    const validation = await readPolicyFile(path, io);
    if (!validation.ok) {
      io.err(policyErrorLines(path, validation));
      const count = validation.errors.length;
      io.err(`reframe: ${count} problem${count === 1 ? '' : 's'} in ${path}; fix ${count === 1 ? 'it' : 'them'} and run \`reframe policy validate ${path}\` again.\n`);
      return 2;
    }
    const { policy } = validation;
    const ruleCount = policy.rules?.length ?? 0;
    const base = policy.extends === null ? 'starts from nothing' : 'builds on the built-in rules';
    io.out(printable(`${path}: valid. "${policy.name}" version ${policy.version}, ${ruleCount} rule${ruleCount === 1 ? '' : 's'} of its own, ${base}.\n`));
    return 0;
  },
});

/** The one FILE a policy subcommand takes. */
export function singlePath(paths: string[], subcommand: string): string {
  if (paths.length !== 1) {
    throw new CliError(`reframe policy ${subcommand} takes one FILE (got ${paths.length}). See \`reframe policy ${subcommand} --help\`.`);
  }
  return paths[0]!;
}
