// The `reframe` command line: bin/reframe.js loads the bundle built from this file. Each
// command is imported when it runs: --help and --version load no analyser (nor compromise).
import packageJson from '../../package.json';
import { didYouMean } from '../policy/closest';
import { CliError } from './cli-error';
import { processIo, type Io } from './io';

const HELP = `Usage: reframe <command> [options]

A reply coach for customer-support agents, on the command line: flags what in a reply
makes a difficult customer angrier, says why, and suggests what to write instead.

Commands:
  check [FILE...]          check replies: plain text, Zendesk macros (JSON), canned
                           replies (CSV), or JSON Lines with --jsonl
  policy validate FILE     check a team phrase policy and explain every problem
  policy test FILE         run a policy's flag/pass examples

Options:
  -h, --help               help (also after a command: reframe check --help)
  -v, --version            the version

Exit codes: 0 nothing at warning or above; 1 findings at warning or above;
2 bad usage or invalid input.
`;

type Run = (args: string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Run>> = {
  check: async () => (await import('./commands/check')).checkCommand,
  policy: async () => (await import('./commands/policy')).policyCommand,
};

async function main(args: string[], io: Io): Promise<number> {
  const [first, ...rest] = args;
  if (first === undefined) {
    io.err(HELP); // no command is bad usage: the help goes where errors go
    return 2;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    io.out(HELP);
    return 0;
  }
  if (first === '--version' || first === '-v') {
    io.out(`${packageJson.version}\n`);
    return 0;
  }
  const command = COMMANDS[first];
  if (!command) {
    const hint = didYouMean(first, Object.keys(COMMANDS));
    throw new CliError(`"${first}" is not a reframe command.${hint} Run \`reframe --help\` for the list.`);
  }
  return (await command())(rest, io);
}

const io = processIo();
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CliError) io.err(`reframe: ${error.message}\n`);
    else io.err(`reframe: internal error, please report it: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
