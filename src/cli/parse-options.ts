// Command-line options through node:util parseArgs, with its errors turned into ours.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './cli-error';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseOptions<T extends Options>(args: string[], options: T, command: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message.replace(/\.?$/, '');
    throw new CliError(`${message}. See \`${command} --help\`.`);
  }
}

/** An option value that must be one of a few words. */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string): T | undefined {
  if (value === undefined || (allowed as readonly string[]).includes(value)) return value as T | undefined;
  throw new CliError(`${option} ${value} is not known; use one of: ${allowed.join(', ')}.`);
}
