// Everything the commands touch outside themselves, in one place.
import { open } from 'node:fs/promises';
import { CliError } from './cli-error';
import { printable } from './output/printable';
import { styleFor, type Style } from './output/style';

export interface Io {
  out(text: string): void;
  /** Standard error; control characters in it are always shown escaped (printable). */
  err(text: string): void;
  /** A file's text, or standard input's for "-"; refused past MAX_INPUT_BYTES. */
  read(path: string): Promise<string>;
  stdinIsTerminal: boolean;
  /** Colours for standard output. */
  style: Style;
}

/** The most reframe reads from one input: far more than any reply library, far less than memory (issue 13). */
export const MAX_INPUT_BYTES = 10_000_000;
const MAX_INPUT_WORDS = '10 MB';
const TOO_BIG = `it is larger than ${MAX_INPUT_WORDS}, more than reframe reads from one input; split it into smaller files.`;

export function processIo(): Io {
  // A reader that stops early (`reframe check ... | head`) closes the pipe: that ends the run
  // quietly, with no "write EPIPE" and no stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
      throw error;
    });
  }
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(printable(text)),
    read: (path) => (path === '-' ? readStdin() : readTextFile(path)),
    stdinIsTerminal: process.stdin.isTTY === true,
    style: styleFor(process.stdout, process.env),
  };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_INPUT_BYTES) {
      process.stdin.destroy();
      throw new CliError(`standard input is larger than ${MAX_INPUT_WORDS}, more than reframe reads from one input; split it into smaller files.`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads at most MAX_INPUT_BYTES + 1 bytes, so an endless file (/dev/zero) is refused, not read until memory runs out. */
async function readTextFile(path: string): Promise<string> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw readError(path, error);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new CliError(`cannot read ${path}: it is a folder; name the files in it instead.`);
    if (stat.isFile() && stat.size > MAX_INPUT_BYTES) throw new CliError(`cannot read ${path}: ${TOO_BIG}`);
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(1 << 20, MAX_INPUT_BYTES + 1 - size));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      size += bytesRead;
      if (size > MAX_INPUT_BYTES) throw new CliError(`cannot read ${path}: ${TOO_BIG}`);
    }
    return Buffer.concat(chunks, size).toString('utf8');
  } catch (error) {
    throw readError(path, error);
  } finally {
    await handle.close();
  }
}

function readError(path: string, error: unknown): CliError {
  if (error instanceof CliError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new CliError(`cannot read ${path}: there is no such file; check the path.`);
  if (code === 'EISDIR') return new CliError(`cannot read ${path}: it is a folder; name the files in it instead.`);
  if (code === 'EACCES') return new CliError(`cannot read ${path}: permission denied.`);
  return new CliError(`cannot read ${path}: ${(error as Error).message}`);
}
