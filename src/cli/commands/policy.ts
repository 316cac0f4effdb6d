// `reframe policy validate|test`: tools for the team lead who writes the policy.
import { didYouMean } from '../../policy/closest';
import { CliError } from '../cli-error';
import type { Io } from '../io';
import { parseOptions } from '../parse-options';
import { POLICY_TEST_HELP, policyTestCommand } from './policy-test';
import { POLICY_VALIDATE_HELP, policyValidateCommand } from './policy-validate';

export const POLICY_HELP = `Usage: reframe policy <validate|test> FILE

  validate FILE   check a team phrase policy and explain every problem
  test FILE       run each rule's "flag" and "pass" examples

Run \`reframe policy validate --help\` or \`reframe policy test --help\` for more.
`;

const SUBCOMMANDS = {
  validate: { help: POLICY_VALIDATE_HELP, run: policyValidateCommand, options: {} },
  test: { help: POLICY_TEST_HELP, run: policyTestCommand, options: { all: { type: 'boolean' } } },
} as const;

export async function policyCommand(args: string[], io: Io): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h') {
    io.out(POLICY_HELP);
    return name === undefined ? 2 : 0;
  }
  if (!(name in SUBCOMMANDS)) {
    throw new CliError(`"${name}" is not a policy command.${didYouMean(name, Object.keys(SUBCOMMANDS))} Use validate or test.`);
  }
  const subcommand = SUBCOMMANDS[name as keyof typeof SUBCOMMANDS];
  const { values, positionals } = parseOptions(rest, { ...subcommand.options, help: { type: 'boolean', short: 'h' } }, `reframe policy ${name}`);
  if (values.help) {
    io.out(subcommand.help);
    return 0;
  }
  return subcommand.run(positionals, io, values);
}
