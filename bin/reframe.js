#!/usr/bin/env node
// The `reframe` command: loads the built CLI (npm run build writes it).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = fileURLToPath(new URL('../dist/cli/reframe.mjs', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('reframe: the command line is not built yet. Run `npm run build` in the repository first.\n');
  process.exit(2);
}
await import(pathToFileURL(built).href);
