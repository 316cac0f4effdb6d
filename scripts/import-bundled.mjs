// Bundles the project's TypeScript for Node and imports it, so a script runs the analyser's own
// code without a compile step. The bundle is written under dist/tools, where the project's
// packages resolve, and removed once imported.
import * as esbuild from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Bundles `entry` (a file path, or `{ source }`: TypeScript that imports by absolute path) and
 * imports it. `options` are added to esbuild's (e.g. `packages: 'external'`).
 */
export async function importBundled(entry, options = {}) {
  mkdirSync(join(root, 'dist/tools'), { recursive: true });
  const dir = mkdtempSync(join(root, 'dist/tools', '.bundle-'));
  try {
    const entryPoint = typeof entry === 'string' ? entry : join(dir, 'entry.ts');
    if (typeof entry !== 'string') writeFileSync(entryPoint, entry.source);
    const outfile = join(dir, 'bundle.mjs');
    await esbuild.build({ entryPoints: [entryPoint], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', absWorkingDir: root, ...options });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
