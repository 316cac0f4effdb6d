// A subcommand: its options parsed by node:util parseArgs (errors turned into ours), and
// -h/--help answered with its help text before anything runs.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './cli-error';
import type { Io } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<T extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: T & { help: { type: 'boolean'; short: 'h' } }; allowPositionals: true; strict: true }>>;

export interface CommandSpec<T extends Options> {
  /** As typed: "reframe policy test". */
  name: string;
  help: string;
  options: T;
  run(parsed: Parsed<T>, io: Io): Promise<number>;
}

export type Command = (args: string[], io: Io) => Promise<number>;

export function defineCommand<T extends Options>(spec: CommandSpec<T>): Command {
  return async (args, io) => {
    let parsed: Parsed<T>;
    try {
      parsed = parseArgs({ args, options: { ...spec.options, help: { type: 'boolean', short: 'h' } as const }, allowPositionals: true, strict: true }) as Parsed<T>;
    } catch (error) {
      throw new CliError(`${(error as Error).message.replace(/\.?$/, '')}. See \`${spec.name} --help\`.`);
    }
    if ((parsed.values as { help?: boolean }).help) {
      io.out(spec.help);
      return 0;
    }
    return spec.run(parsed, io);
  };
}

/** An option value that must be one of a few words. */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string): T | undefined {
  if (value === undefined || (allowed as readonly string[]).includes(value)) return value as T | undefined;
  throw new CliError(`${option} ${value} is not known; use one of: ${allowed.join(', ')}.`);
}
