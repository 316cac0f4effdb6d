// Builds everything from src/ with esbuild:
//   dist/cli/reframe.mjs            the `reframe` command line (bin/reframe.js loads it)
//   dist/chrome, dist/firefox       the unpacked extension per browser (scripts/build-extension.mjs)
// Usage: node build.mjs [--cli-only | --fixtures-only] [--watch]
import * as esbuild from 'esbuild';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * The Node command line, with the analyser and compromise bundled in: dist/cli/reframe.mjs and
 * the chunks its commands import when they run (`reframe --help` loads no analyser).
 */
async function buildCli() {
  const built = await esbuild.build({
    entryPoints: { reframe: 'src/cli/main.ts' },
    outdir: 'dist/cli',
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    metafile: true,
    logLevel: 'warning',
  });
  // Chunks of earlier builds go (a rebuild of the same sources writes the same names, so a CLI
  // running meanwhile keeps its files).
  const current = new Set(Object.keys(built.metafile.outputs).map((file) => file.replace(/^dist\/cli\//, '')));
  for (const name of readdirSync('dist/cli/chunks')) {
    if (!current.has(`chunks/${name}`)) rmSync(`dist/cli/chunks/${name}`);
  }
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
