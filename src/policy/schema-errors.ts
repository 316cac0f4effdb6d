// Checks a policy's shape against policy.schema.json and says, for each problem, what is
// wrong and how to fix it in words a team lead understands (ajv's own messages do not).
// The check itself is the standalone code generated from the schema at build time, so no
// ajv.compile (new Function) runs here: this module is safe in the MV3 options page.
import { CATEGORIES } from '../core/types';
import schema from './policy.schema.json';
import { validate as generatedCheck } from './schema-check.generated';
import { didYouMean } from './closest';
import { errorAt, isRecord, type PathSegment, type PolicyError } from './policy-error';

/** The shape of an error as ajv reports it (verbose: with the schema that failed). */
interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  propertyName?: string;
  schema: unknown;
  parentSchema: { properties?: Record<string, unknown> };
}

/** The generated check is untyped JavaScript; this is its calling convention. */
const validate = generatedCheck as unknown as ((data: unknown) => boolean) & { errors?: AjvError[] | null };

/** What to call a value of a field in a message ("is not a category"), by the field's name. */
const ENUM_NOUNS: Record<string, string> = {
  category: 'a category',
  severity: 'a severity',
  lang: 'a language',
  unlessMoves: 'a move',
  detector: 'a detector',
  kind: 'a suggestion kind',
};

/** How to fill in a field that is missing. */
const REQUIRED_HINTS: Record<string, string> = {
  name: 'the policy\'s name as agents will see it, e.g. "Acme support"',
  version: 'a version label, e.g. "1" or "2026-11-01"',
  id: 'a kebab-case id, e.g. "no-should-have"',
  category: `one of: ${schema.definitions.category.enum.join(', ')}`,
  severity: `one of: ${schema.definitions.severity.enum.join(', ')}`,
  lang: `one of: ${schema.definitions.lang.enum.join(', ')}`,
  message: 'one sentence shown to the agent, e.g. "This blames the customer."',
  why: 'one line tying the rule to its principle, e.g. "Blame makes an upset customer defend themselves."',
  suggestions: 'one to three replacements, e.g. ["Let\'s go through it together: ..."]',
  examples: 'replies the rule must flag and must pass, e.g. {"flag": ["..."], "pass": ["..."]}',
  flag: 'a list of replies this rule must flag, e.g. ["You should have read the manual."]',
  pass: 'a list of replies this rule must leave alone, e.g. ["You should now be able to log in."]',
  text: 'the suggestion\'s text',
};

const TYPE_NAMES: Record<string, string> = {
  string: 'text in double quotes',
  array: 'a list in [ ]',
  object: 'an object in { }',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
};

/** Shape problems of a parsed policy, none when its shape is right. */
export function schemaErrors(policy: unknown): PolicyError[] {
  if (validate(policy)) return [];
  // A bad key (severity: {"No Sorry": ...}) comes twice: as the key's own error and as a
  // "propertyNames" summary of it; the first says more.
  const errors = keepRelevantAlternatives(policy, validate.errors ?? []).filter((e) => e.keyword !== 'propertyNames');
  return errors.map((error) => describe(policy, error));
}

/**
 * A suggestion may be a string or an object; for a wrong one ajv reports every alternative.
 * Keep only the alternative of the type the author wrote (their kind of mistake), or a
 * single "must be a string or an object" when they wrote neither.
 */
function keepRelevantAlternatives(policy: unknown, errors: AjvError[]): AjvError[] {
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf');
  const ownerOf = (error: AjvError) =>
    anyOfs.find(
      (a) =>
        a !== error &&
        error.schemaPath.startsWith(`${a.schemaPath}/`) &&
        (error.instancePath === a.instancePath || error.instancePath.startsWith(`${a.instancePath}/`)),
    );
  const kept = errors.filter((error) => {
    const owner = error.keyword === 'anyOf' ? undefined : ownerOf(error);
    return owner === undefined || inBranchOfWrittenType(policy, owner, error);
  });
  return kept.filter((error) => error.keyword !== 'anyOf' || !kept.some((k) => ownerOf(k) === error));
}

function inBranchOfWrittenType(policy: unknown, owner: AjvError, error: AjvError): boolean {
  const branch = Number(error.schemaPath.slice(owner.schemaPath.length + 1).split('/')[0]);
  const branchType = (owner.schema as { type?: string }[])[branch]?.type;
  return jsonType(valueAt(policy, instanceSegments(owner.instancePath))) === branchType;
}

function describe(policy: unknown, error: AjvError): PolicyError {
  const segments = instanceSegments(error.instancePath);
  const value = valueAt(policy, segments);
  const p = error.params;
  switch (error.keyword) {
    case 'required': {
      const field = String(p.missingProperty);
      const hint = REQUIRED_HINTS[field];
      return errorAt(policy, [...segments, field], `is missing; add ${hint ?? 'it'}.`);
    }
    case 'additionalProperties': {
      const field = String(p.additionalProperty);
      const allowed = Object.keys(error.parentSchema.properties ?? {});
      return errorAt(policy, [...segments, field], `is not a known field.${didYouMean(field, allowed)} Allowed here: ${allowed.join(', ')}.`);
    }
    case 'type': {
      const wanted = TYPE_NAMES[String(p.type)] ?? String(p.type);
      if (segments.length === 0) {
        return errorAt(policy, segments, `must be a JSON object like {"name": "...", "version": "1", "rules": [...]}, not ${describeValue(value)}.`);
      }
      return errorAt(policy, segments, `must be ${wanted}, not ${describeValue(value)}.`);
    }
    case 'enum':
      return errorAt(policy, segments, enumMessage(error, segments, value));
    case 'anyOf':
      return errorAt(policy, segments, `must be a suggestion: text in double quotes, or an object like {"text": "...", "kind": "insert-at-end", "label": "..."}; not ${describeValue(value)}.`);
    case 'pattern':
      return error.propertyName === undefined
        ? idPatternError(policy, segments, value)
        : idPatternError(policy, [...segments, error.propertyName], error.propertyName);
    case 'minLength':
      return errorAt(policy, segments, 'must not be empty; write some text or remove the field.');
    case 'maxLength':
      return errorAt(policy, segments, `is ${String(value).length} characters long; at most ${String(p.limit)} are allowed. Shorten it.`);
    case 'minItems':
      return errorAt(policy, segments, `needs at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}; ${minItemsHint(segments)}`);
    case 'maxItems':
      return errorAt(policy, segments, `has ${Array.isArray(value) ? value.length : '?'} items; at most ${String(p.limit)} are allowed (this keeps analysis fast). Remove some or merge them.`);
    case 'maxProperties':
      return errorAt(policy, segments, `has too many entries; at most ${String(p.limit)} are allowed.`);
    case 'minimum':
    case 'maximum':
      return errorAt(policy, segments, `is ${String(value)}; it must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${String(p.limit)}.`);
    default:
      return errorAt(policy, segments, `is not valid (${error.keyword}); see src/policy/policy.schema.json.`);
  }
}

function enumMessage(error: AjvError, segments: PathSegment[], value: unknown): string {
  if (segments.length === 1 && segments[0] === 'extends') {
    return `is ${JSON.stringify(value)}; use "reframe:default" to build on the built-in rules, or null to start from nothing.`;
  }
  // severity["rule-id"] and unlessMoves[2] are named by the field that holds them.
  const field = [...segments].reverse().find((segment) => typeof segment === 'string' && segment in ENUM_NOUNS);
  const noun = ENUM_NOUNS[String(field)] ?? 'allowed here';
  const allowed = (error.params.allowedValues as unknown[]).map(String);
  const hint = typeof value === 'string' ? didYouMean(value, allowed) : '';
  return `${JSON.stringify(value)} is not ${noun}; use one of: ${allowed.join(', ')}.${hint}`;
}

function idPatternError(policy: unknown, segments: PathSegment[], id: unknown): PolicyError {
  const text = String(id);
  if (text.startsWith('model:')) {
    if (segments[0] === 'rules') {
      return errorAt(policy, segments, `"${text}" is not a kebab-case rule id; ids starting with model: name the sentence model's findings, which a policy can switch off, re-grade or lock but not write.`);
    }
    const categories = CATEGORIES.map((category) => `model:${category}`);
    return errorAt(policy, segments, `"${text}" is not a model id; use one of: ${categories.join(', ')}.${didYouMean(text, categories)}`);
  }
  const kebab = text
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const example = kebab ? `, e.g. "${kebab}"` : '';
  return errorAt(policy, segments, `"${text}" is not a kebab-case rule id; use lowercase letters, digits and single hyphens${example}.`);
}

function minItemsHint(segments: PathSegment[]): string {
  const last = segments[segments.length - 1];
  if (last === 'suggestions') return 'add one to three suggestions.';
  if (last === 'patterns') return 'add a phrase, e.g. ["you should have"], or remove the field and use a detector.';
  if (last === 'flag' || last === 'pass') return `add ${REQUIRED_HINTS[last]}.`;
  return 'add one or remove the field.';
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value === 'boolean' ? 'the value' : 'the number'} ${String(value)}`;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** "/rules/0/id" becomes ['rules', 0, 'id'] (JSON Pointer, RFC 6901). */
function instanceSegments(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function valueAt(root: unknown, segments: readonly PathSegment[]): unknown {
  let value = root;
  for (const segment of segments) {
    if (Array.isArray(value) && typeof segment === 'number') value = value[segment];
    else if (isRecord(value) && typeof segment === 'string') value = value[segment];
    else return undefined;
  }
  return value;
}
