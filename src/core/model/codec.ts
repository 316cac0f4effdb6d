// How the model's numbers are stored in its JSON file: feature hashes as ascending deltas in
// variable-length bytes, weights as signed bytes, both in base64. Plain code, no atob or
// Buffer, so the same decoder runs in Node, the service worker and the page.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
// Each base64 character's value, indexed by its char code: a typed-array lookup keeps decoding
// the weights at start-up to a few milliseconds.
const VALUE = new Uint8Array(128);
for (let index = 0; index < ALPHABET.length; index++) VALUE[ALPHABET.charCodeAt(index)] = index;

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let at = 0; at < bytes.length; at += 3) {
    const chunk = (bytes[at]! << 16) | ((bytes[at + 1] ?? 0) << 8) | (bytes[at + 2] ?? 0);
    out += ALPHABET[(chunk >> 18) & 63]! + ALPHABET[(chunk >> 12) & 63]!;
    out += at + 1 < bytes.length ? ALPHABET[(chunk >> 6) & 63]! : '=';
    out += at + 2 < bytes.length ? ALPHABET[chunk & 63]! : '=';
  }
  return out;
}

export function fromBase64(text: string): Uint8Array {
  let length = text.length;
  while (length > 0 && text.charCodeAt(length - 1) === 61 /* = */) length--;
  const bytes = new Uint8Array(Math.floor((length * 3) / 4));
  let bits = 0;
  let buffer = 0;
  let at = 0;
  for (let index = 0; index < length; index++) {
    buffer = ((buffer << 6) | VALUE[text.charCodeAt(index)]!) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >> bits) & 255;
    }
  }
  return bytes;
}

/** Ascending unsigned 32-bit numbers as deltas, seven bits a byte. */
export function encodeAscending(values: readonly number[]): Uint8Array {
  const bytes: number[] = [];
  let previous = 0;
  for (const value of values) {
    let delta = value - previous;
    previous = value;
    while (delta >= 128) {
      bytes.push((delta % 128) | 128);
      delta = Math.floor(delta / 128);
    }
    bytes.push(delta);
  }
  return Uint8Array.from(bytes);
}

export function decodeAscending(bytes: Uint8Array): number[] {
  const values: number[] = [];
  let previous = 0;
  let delta = 0;
  let scale = 1;
  for (const byte of bytes) {
    delta += (byte & 127) * scale;
    if (byte & 128) {
      scale *= 128;
      continue;
    }
    previous += delta;
    values.push(previous);
    delta = 0;
    scale = 1;
  }
  return values;
}

/** FNV-1a, 32 bits, over UTF-16 code units: a feature name's number. */
export function hashName(name: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < name.length; at++) {
    hash ^= name.charCodeAt(at);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
