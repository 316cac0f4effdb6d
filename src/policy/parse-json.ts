// Parses JSON a person wrote, and when it is not JSON says where (line and column) and what
// is expected there. Engines word and place JSON.parse errors differently (some give no
// position at all), so on failure a small scanner finds the first error itself.

export type JsonParse = { ok: true; value: unknown } | { ok: false; line: number; column: number; message: string };

export function parseJson(text: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const { offset, expected } = firstSyntaxError(text);
    const { line, column } = lineColumn(text, offset);
    const found = offset >= text.length ? 'the end of the text' : JSON.stringify(text[offset]);
    return { ok: false, line, column, message: `line ${line}, column ${column}: expected ${expected}, found ${found}.` };
  }
}

/** 1-based line and column (in UTF-16 units) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

class SyntaxAt {
  constructor(
    readonly offset: number,
    readonly expected: string,
  ) {}
}

/** Walks the text as JSON (RFC 8259) and reports the first place it stops being JSON. */
function firstSyntaxError(text: string): SyntaxAt {
  let at = 0;
  const fail = (expected: string): never => {
    throw new SyntaxAt(at, expected);
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };
  const literal = (word: string) => {
    if (!text.startsWith(word, at)) fail(`${word} (the word, without quotes)`);
    at += word.length;
  };
  const string = () => {
    at++; // opening quote
    for (;;) {
      const char = text[at];
      if (char === undefined) fail('a closing double quote');
      if (char === '"') return void at++;
      if (char! < ' ') fail('no line break or control character inside a string (write \\n)');
      if (char === '\\') {
        at++;
        if (text[at] === 'u') {
          at++;
          for (let i = 0; i < 4; i++, at++) if (!/[0-9a-fA-F]/.test(text[at] ?? '')) fail('four hex digits after \\u');
          continue;
        }
        if (!'"\\/bfnrt'.includes(text[at] ?? 'x')) fail('an escape: \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u');
      }
      at++;
    }
  };
  // Sticky, read where the scanner is: never a copy of the rest of the text per number.
  const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
  const number = () => {
    NUMBER.lastIndex = at;
    const match = NUMBER.exec(text);
    if (!match) fail('a value (text in double quotes, a number, an object, a list, true, false or null)');
    at += match![0].length;
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === '{') return object();
    if (char === '[') return array();
    if (char === '"') return string();
    if (char === 't') return literal('true');
    if (char === 'f') return literal('false');
    if (char === 'n') return literal('null');
    number();
  };
  /** After an item: true at a comma (another item follows), false at the closing bracket. */
  const more = (close: string, item: string): boolean => {
    space();
    const char = text[at];
    if (char !== ',' && char !== close) fail(`',' or '${close}' after ${item} (a missing comma?)`);
    at++;
    return char === ',';
  };
  const object = () => {
    at++;
    space();
    if (text[at] === '}') return void at++;
    do {
      space();
      if (text[at] !== '"') fail('a property name in double quotes (no trailing comma before })');
      string();
      space();
      if (text[at] !== ':') fail("':' after the property name");
      at++;
      value();
    } while (more('}', 'the value'));
  };
  const array = () => {
    at++;
    space();
    if (text[at] === ']') return void at++;
    do {
      space();
      if (text[at] === ']') fail('a value after the comma (no trailing comma before ])');
      value();
    } while (more(']', 'the list item'));
  };
  try {
    value();
    space();
    if (at < text.length) fail('the end of the JSON (something follows the closing bracket)');
    return new SyntaxAt(at, 'valid JSON'); // only reached if JSON.parse and this scanner disagree
  } catch (error) {
    if (error instanceof SyntaxAt) return error;
    throw error;
  }
}
