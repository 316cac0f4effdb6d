// The options page validates with code generated from the schema; it must match the schema
// on disk and contain nothing MV3's content security policy would refuse.
import { readFileSync } from 'node:fs';
import * as esbuild from 'esbuild';
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

describe('validatePolicy in a browser bundle (the options page)', () => {
  it('bundles without ajv, eval or new Function', async () => {
    const result = await esbuild.build({
      entryPoints: ['src/policy/validate.ts'],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    expect(Object.keys(result.metafile.inputs).filter((path) => path.includes('node_modules/ajv'))).toEqual([]);
    expect(result.outputFiles[0]!.text).not.toMatch(/\bnew Function\b|\beval\(/);
  }, 30_000);
});
