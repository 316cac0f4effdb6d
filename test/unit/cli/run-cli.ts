// Runs the built command line (dist/cli/reframe.mjs, through bin/reframe.js) as a child
// process, the way a team's CI would.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function buildCli(): void {
  execFileSync(process.execPath, ['build.mjs', '--cli-only'], { stdio: 'pipe' });
}

export function runCli(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const result = spawnSync(process.execPath, ['bin/reframe.js', ...args], {
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the CLI with its standard output on a pseudo-terminal (util-linux `script`). */
export function runCliOnTerminal(args: string[], input: string, env: NodeJS.ProcessEnv = {}): CliRun {
  const command = ['node', 'bin/reframe.js', ...args].map((word) => `'${word.replace(/'/g, `'\\''`)}'`).join(' ');
  const result = spawnSync('script', ['-qec', `printf '%s' '${input.replace(/'/g, `'\\''`)}' | ${command}`, '/dev/null'], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'reframe-cli-test-'));

/** Writes a file for one test to read and returns its path. */
export function writeTemp(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}
