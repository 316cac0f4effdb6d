// The options page validates with code generated from the schema; it must match the schema
// on disk and contain nothing MV3's content security policy would refuse.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_PATH, generateSchemaCheck } from '../../../src/policy/generate-schema-check.mjs';

const onDisk = readFileSync(GENERATED_PATH, 'utf8');

describe('schema-check.generated.ts', () => {
  it('is up to date with policy.schema.json (run `node build.mjs` to regenerate)', () => {
    expect(onDisk).toBe(generateSchemaCheck());
  });

  it('uses no eval, new Function or CommonJS require', () => {
    expect(onDisk).not.toMatch(/\bnew Function\b|\beval\(|\brequire\(/);
  });
});
