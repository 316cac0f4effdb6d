// The labelled corpus the model trains on stays valid as writers add to it: `npm run corpus:check`
// passes on the corpus as committed (every line, every span, the promised counts, no leakage).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('the committed corpus', () => {
  it('passes npm run corpus:check, reading the reply corpus of each language and nothing else', () => {
    const run = spawnSync(process.execPath, ['scripts/corpus-check.mjs'], { cwd: root, encoding: 'utf8' });
    expect(run.stderr + run.stdout).toContain('corpus-check: all good');
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('corpus/customers');
    // It reads and compares some 20,000 replies: about 6 s on a 2-core machine, more on a busy one.
  }, 60_000);
});
