// Turns policy.schema.json into a standalone validator (plain code, no ajv at run time).
// Why: the options page validates policies too, and MV3's content security policy forbids
// `new Function`/eval, which ajv.compile uses. build.mjs writes the result to
// schema-check.generated.ts before bundling; a unit test fails when that file is stale.
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { readFileSync } from 'node:fs';

const SCHEMA_PATH = new URL('./policy.schema.json', import.meta.url);
export const GENERATED_PATH = new URL('./schema-check.generated.ts', import.meta.url);

/** The source of schema-check.generated.ts for the schema as it is on disk now. */
export function generateSchemaCheck() {
  const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
  // unicode: false counts lengths in UTF-16 units, which needs no runtime helper (ajv would
  // otherwise emit a CommonJS require() that neither ESM nor the extension can load). ajv calls
  // that option deprecated; logger: false keeps the notice out of the build log. verbose: true
  // puts the failing schema in each error, which the messages need (allowed fields, branches).
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, unicode: false, logger: false, code: { source: true, esm: true } });
  const code = standaloneCode(ajv, ajv.compile(schema));
  return [
    '// GENERATED from policy.schema.json by generate-schema-check.mjs; `node build.mjs` rewrites it.',
    '// Do not edit by hand. @ts-nocheck: ajv emits untyped JavaScript.',
    '// @ts-nocheck',
    code,
    '',
  ].join('\n');
}
