// Where the items of a list sit in a JSON text, so that a macro that cannot be checked is
// reported at its line (issue 13). Only for text JSON.parse has already accepted.

/**
 * Offsets of the items of the list at the top of `text` (key null), or of the list under the
 * top-level object's `key`; [] when there is no such list.
 */
export function listItemOffsets(text: string, key: string | null): number[] {
  let at = 0;
  const space = () => {
    while (at < text.length && ' \t\n\r\uFEFF'.includes(text[at]!)) at++;
  };
  const skipString = (): string => {
    const start = at;
    at++;
    while (at < text.length && text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
    at++;
    return text.slice(start, at);
  };
  /** Steps over one value of any kind. */
  const skipValue = () => {
    space();
    if (text[at] === '"') return void skipString();
    if (text[at] !== '{' && text[at] !== '[') {
      while (at < text.length && !',]}'.includes(text[at]!) && !' \t\n\r'.includes(text[at]!)) at++;
      return;
    }
    let depth = 0;
    while (at < text.length) {
      const char = text[at]!;
      if (char === '"') {
        skipString();
        continue;
      }
      if (char === '{' || char === '[') depth++;
      else if (char === '}' || char === ']') depth--;
      at++;
      if (depth === 0) return;
    }
  };
  const items = (): number[] => {
    const offsets: number[] = [];
    at++; // [
    for (;;) {
      space();
      if (at >= text.length || text[at] === ']') return offsets;
      offsets.push(at);
      skipValue();
      space();
      if (text[at] === ',') at++;
    }
  };
  space();
  if (key === null) return text[at] === '[' ? items() : [];
  if (text[at] !== '{') return [];
  at++;
  for (;;) {
    space();
    if (at >= text.length || text[at] === '}') return [];
    const name = JSON.parse(skipString()) as string;
    space();
    at++; // :
    space();
    if (name === key) return text[at] === '[' ? items() : [at];
    skipValue();
    space();
    if (text[at] === ',') at++;
  }
}
