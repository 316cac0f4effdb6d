// `reframe --help` and `--version` answer without loading the analyser: the command line's
// entry module imports each command (and with it the analyser and compromise) only when it runs.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../../package.json';
import { buildCli, runCli } from './run-cli';

const ENTRY = resolve('dist/cli/reframe.mjs');

/** The files a module loads before it runs: itself and its static imports, transitively. */
function staticallyLoaded(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, specifier] of code.matchAll(/^(?:import|export)\s[^;]*?\sfrom\s*"(\.[^"]+)"/gm)) staticallyLoaded(join(dirname(file), specifier!), seen);
  for (const [, specifier] of code.matchAll(/^import\s*"(\.[^"]+)"/gm)) staticallyLoaded(join(dirname(file), specifier!), seen);
  return seen;
}

beforeAll(() => buildCli(), 120_000);

describe('reframe start-up', () => {
  it('loads no analyser for --help and --version: compromise is only in the chunks the commands import', () => {
    const loaded = [...staticallyLoaded(ENTRY)];
    expect(loaded.length).toBeGreaterThan(0);
    for (const file of loaded) expect(readFileSync(file, 'utf8'), file).not.toMatch(/parseMatch|postTagger/);
    // ... while the check command does bring the analyser.
    const check = /import\("(\.\/chunks\/check-[^"]+)"\)/.exec(readFileSync(ENTRY, 'utf8'))?.[1];
    expect(check).toBeDefined();
    const withCheck = [...staticallyLoaded(join(dirname(ENTRY), check!))].map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(withCheck).toMatch(/postTagger/);
  });

  it('still answers --help and --version', () => {
    expect(runCli(['--help']).stdout).toContain('Usage: reframe <command>');
    expect(runCli(['--version']).stdout).toBe(`${packageJson.version}\n`);
  });
});
