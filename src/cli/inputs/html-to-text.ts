// Zendesk keeps rich macros as HTML (comment_value_html); the analyser reads text as an
// agent's customer would see it. No DOM in Node, and the markup is simple, so: collapse
// whitespace as a browser would, turn line and block breaks into newlines, drop tags,
// decode entities.

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
};

const BLOCK_END = /<\/(p|div|li|h[1-6]|tr|blockquote|ul|ol|table|pre)\s*>/gi;

export function htmlToText(html: string): string {
  return decodeEntities(
    withoutScripts(withoutComments(html))
      .replace(/\s+/g, ' ')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(BLOCK_END, '\n')
      // A tag ends at the next ">" and holds no "<": an unclosed "<" is tried once, not to the end of the text.
      .replace(/<[^<>]*>/g, ''),
  )
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Comments and script and style elements are cut with indexOf, one pass: a lazy regular
 * expression would search to the end of the text again for each unclosed one (issue 13).
 * An unclosed comment or element stays as text, as before.
 */
function withoutComments(html: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = html.indexOf('<!--', from);
    if (open < 0) break;
    const close = html.indexOf('-->', open + 4);
    if (close < 0) break;
    out += html.slice(from, open);
    from = close + 3;
  }
  return out + html.slice(from);
}

function withoutScripts(html: string): string {
  const opening = /<(script|style)\b/gi;
  let out = '';
  let from = 0;
  for (let found = opening.exec(html); found; found = opening.exec(html)) {
    const closing = new RegExp(`</${found[1]}\\s*>`, 'gi');
    closing.lastIndex = found.index + found[0].length;
    const end = closing.exec(html);
    // No closing tag now means none later either: nothing more to cut.
    if (!end) break;
    out += html.slice(from, found.index);
    from = end.index + end[0].length;
    opening.lastIndex = from;
  }
  return out + html.slice(from);
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
  });
}
