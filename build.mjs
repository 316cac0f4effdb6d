// Builds everything from src/ with esbuild:
//   dist/cli/reframe.mjs            the `reframe` command line (bin/reframe.js loads it)
// Usage: node build.mjs [--cli-only] [--watch]
import * as esbuild from 'esbuild';

const cliOnly = process.argv.includes('--cli-only');

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

await buildCli();
if (!cliOnly) {
  // The extension and the fixture pages are added here by their own build steps.
}
