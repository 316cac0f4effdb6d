// What an apply changed: the one stretch of text that differs between two versions.

export interface Change {
  /** Offset in `before` where the change starts. */
  at: number;
  removed: string;
  inserted: string;
}

export function singleChange(before: string, after: string): Change {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  )
    suffix++;
  return { at: prefix, removed: before.slice(prefix, before.length - suffix), inserted: after.slice(prefix, after.length - suffix) };
}
