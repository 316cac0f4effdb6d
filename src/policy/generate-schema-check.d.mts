// Types for generate-schema-check.mjs (plain JavaScript so build.mjs can run it with node).
export const GENERATED_PATH: URL;
export function generateSchemaCheck(): string;
