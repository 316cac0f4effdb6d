// `reframe policy validate|test`: tools for the team lead who writes the policy.
import { didYouMean } from '../../policy/closest';
import { CliError } from '../cli-error';
import type { Io } from '../io';
import { policyTestCommand } from './policy-test';
import { policyValidateCommand } from './policy-validate';

export const POLICY_HELP = `Usage: reframe policy <validate|test> FILE

  validate FILE   check a team phrase policy and explain every problem
  test FILE       run each rule's "flag" and "pass" examples

Run \`reframe policy validate --help\` or \`reframe policy test --help\` for more.
`;

const SUBCOMMANDS: Record<string, (args: string[], io: Io) => Promise<number>> = {
  validate: policyValidateCommand,
  test: policyTestCommand,
};

export async function policyCommand(args: string[], io: Io): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined) {
    io.err(POLICY_HELP);
    return 2;
  }
  if (name === '--help' || name === '-h') {
    io.out(POLICY_HELP);
    return 0;
  }
  const subcommand = SUBCOMMANDS[name];
  if (!subcommand) {
    throw new CliError(`"${name}" is not a policy command.${didYouMean(name, Object.keys(SUBCOMMANDS))} Use validate or test.`);
  }
  return subcommand(rest, io);
}
