// policy.schema.json and src/policy/types.ts describe the same format; these tests fail
// when one of them gains, loses or renames a field or an allowed value the other lacks.
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, LANGS, MOVES, SEVERITIES } from '../../../src/core/types';
import schema from '../../../src/policy/policy.schema.json';
import { DETECTORS } from '../../../src/policy/types';

const source = ts.createSourceFile('types.ts', readFileSync('src/policy/types.ts', 'utf8'), ts.ScriptTarget.ES2022);

/** Member names of an interface (or of the object member of a union type alias). */
function fieldsOf(name: string): string[] {
  for (const statement of source.statements) {
    if (ts.isInterfaceDeclaration(statement) && statement.name.text === name) {
      return statement.members.map((member) => (member.name as ts.Identifier | ts.StringLiteral).text);
    }
    if (ts.isTypeAliasDeclaration(statement) && statement.name.text === name && ts.isUnionTypeNode(statement.type)) {
      const literal = statement.type.types.find(ts.isTypeLiteralNode);
      if (literal) return literal.members.map((member) => (member.name as ts.Identifier).text);
    }
  }
  throw new Error(`no type ${name} in src/policy/types.ts`);
}

const sorted = (names: Iterable<string>) => [...names].sort();

describe('policy.schema.json and types.ts', () => {
  it('have the same policy fields', () => {
    expect(sorted(Object.keys(schema.properties))).toEqual(sorted(fieldsOf('Policy')));
  });

  it('have the same rule fields', () => {
    expect(sorted(Object.keys(schema.definitions.rule.properties))).toEqual(sorted(fieldsOf('PolicyRule')));
  });

  it('have the same suggestion object fields', () => {
    const objectForm = schema.definitions.suggestion.anyOf.find((branch) => branch.type === 'object');
    expect(sorted(Object.keys(objectForm?.properties ?? {}))).toEqual(sorted(fieldsOf('SuggestionSpec')));
  });

  it('allow the same categories, severities, languages, moves and detectors as the code', () => {
    expect(schema.definitions.category.enum).toEqual([...CATEGORIES]);
    expect(schema.definitions.severity.enum).toEqual([...SEVERITIES]);
    expect(schema.definitions.lang.enum).toEqual([...LANGS]);
    expect(schema.definitions.move.enum).toEqual([...MOVES]);
    expect(schema.definitions.detector.enum).toEqual([...DETECTORS]);
  });
});
