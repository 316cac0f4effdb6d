// Everything the commands touch outside themselves, in one place.
import { readFile } from 'node:fs/promises';
import { CliError } from './cli-error';
import { styleFor, type Style } from './output/style';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** A file's text, or standard input's for "-". */
  read(path: string): Promise<string>;
  stdinIsTerminal: boolean;
  /** Colours for standard output. */
  style: Style;
}

export function processIo(): Io {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    read: (path) => (path === '-' ? readStdin() : readTextFile(path)),
    stdinIsTerminal: process.stdin.isTTY === true,
    style: styleFor(process.stdout, process.env),
  };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`cannot read ${path}: there is no such file; check the path.`);
    if (code === 'EISDIR') throw new CliError(`cannot read ${path}: it is a folder; name the files in it instead.`);
    if (code === 'EACCES') throw new CliError(`cannot read ${path}: permission denied.`);
    throw new CliError(`cannot read ${path}: ${(error as Error).message}`);
  }
}
