// Builds everything from src/ with esbuild:
//   dist/cli/reframe.mjs            the `reframe` command line (bin/reframe.js loads it)
//   dist/chrome, dist/firefox       the unpacked extension per browser (scripts/build-extension.mjs)
// Usage: node build.mjs [--cli-only | --fixtures-only] [--watch]
import * as esbuild from 'esbuild';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { buildExtension } from './scripts/build-extension.mjs';
import { GENERATED_PATH, generateSchemaCheck } from './src/policy/generate-schema-check.mjs';

const cliOnly = process.argv.includes('--cli-only');

/** The policy validator compiled from policy.schema.json (no eval at run time: MV3-safe). */
function generatePolicySchemaCheck() {
  const code = generateSchemaCheck();
  let current = '';
  try {
    current = readFileSync(GENERATED_PATH, 'utf8');
  } catch {
    // not generated yet
  }
  if (current !== code) writeFileSync(GENERATED_PATH, code);
}

/** The Node command line, with the analyser and compromise bundled in. */
async function buildCli() {
  await esbuild.build({
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli/reframe.mjs',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
  });
}

/** The demo helpdesk / end-to-end fixture pages (dev-only editors; never part of the extension). */
async function buildFixtures() {
  const pages = readdirSync('fixtures/pages').filter((name) => name.endsWith('.ts'));
  await esbuild.build({
    entryPoints: pages.map((name) => `fixtures/pages/${name}`),
    outdir: 'dist/fixtures',
    bundle: true,
    format: 'esm',
    target: ['chrome120', 'firefox128'],
    minify: true,
    loader: { '.svg': 'text' },
    // Draft.js and React expect Node's `global` and NODE_ENV.
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    logLevel: 'warning',
  });
  for (const name of readdirSync('fixtures')) {
    if (/\.(html|css)$/.test(name)) cpSync(`fixtures/${name}`, `dist/fixtures/${name}`);
  }
}

if (process.argv.includes('--fixtures-only')) {
  // Iterating on the demo pages alone (no extension or CLI rebuild).
  await buildFixtures();
  process.exit(0);
}
generatePolicySchemaCheck();
await buildCli();
if (!cliOnly) {
  // The extension and the fixture pages are added here by their own build steps.
  await buildFixtures();
  await buildExtension();
}
