// The analyser runs unchanged in the CLI, the background page and tests: it may import only
// itself, the policy types and compromise (its tagger, compromise/two), and may not touch browser globals.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = join(__dirname, '../../../src/core');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('src/core', () => {
  const files = sources(CORE);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((file) => [relative(CORE, file), file]))('%s imports only core, policy types and compromise', (_, file) => {
    const imports = [...readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((found) => found[1]!);
    const allowed = (specifier: string) =>
      specifier === 'compromise' || specifier === 'compromise/two' || specifier.endsWith('policy/types') || (specifier.startsWith('.') && !specifier.includes('/content') && !specifier.includes('/platform'));
    expect(imports.filter((specifier) => !allowed(specifier))).toEqual([]);
  });

  it.each(files.map((file) => [relative(CORE, file), file]))('%s uses no browser or extension globals', (_, file) => {
    const code = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
    expect(code).not.toMatch(/\b(window|document|navigator|chrome|browser|localStorage|HTMLElement)\s*[.(]/);
  });
});
