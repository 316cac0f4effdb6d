// Text from the input (a CSV title, a macro's reply, a policy's name) is printed as data, never
// as terminal commands (issue 13): a title holding "ESC ] 0 ; ... BEL" would retitle the
// window, "ESC [ 2 J" clear the screen. Control characters are shown escaped instead.

/** C0 controls except tab and line feed, DEL, and the C1 controls (U+0080 to U+009F: U+009B is a CSI). */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** `text` with every control character written out: ESC as \x1b, BEL as \x07, CSI as \u009b, CR as \r. */
export function printable(text: string): string {
  return text.replace(CONTROL, (char) => {
    const code = char.charCodeAt(0);
    if (char === '\r') return '\\r';
    return code < 0x80 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** JSON text with DEL and the C1 controls escaped too (JSON.stringify escapes only C0): still the same JSON. */
export function printableJson(json: string): string {
  return json.replace(/[\u007F-\u009F]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
