import { describe, expect, it } from 'vitest';
import { parseJson } from '../../../src/policy/parse-json';

describe('parseJson', () => {
  it('returns the value of valid JSON', () => {
    expect(parseJson('{"name": "Acme", "rules": []}')).toEqual({ ok: true, value: { name: 'Acme', rules: [] } });
  });

  it.each([
    ['a trailing comma in an object', '{\n  "name": "Acme",\n}', 3, 1, 'no trailing comma'],
    ['a missing comma between rules', '{\n  "rules": [\n    {"id": "a"}\n    {"id": "b"}\n  ]\n}', 4, 5, "',' or ']'"],
    ['single quotes', "{'name': 'Acme'}", 1, 2, 'property name in double quotes'],
    ['a cut-off file', '{"name": "Acme"', 1, 16, "',' or '}'"],
    ['a line break inside a string', '{"name": "Ac\nme"}', 1, 13, 'no line break'],
    ['text after the object', '{"a": 1}}', 1, 9, 'the end of the JSON'],
    ['a misspelt literal', '{"extends": nul}', 1, 13, 'null (the word'],
    ['an empty file', '', 1, 1, 'a value'],
  ])('locates %s', (_name, text, line, column, expected) => {
    const result = parseJson(text);
    expect(result).toMatchObject({ ok: false, line, column });
    expect(result.ok === false && result.message).toContain(`line ${line}, column ${column}: expected`);
    expect(result.ok === false && result.message).toContain(expected);
  });
});
