/**
 * A history set again (a page appends a message by setting the whole list)
 * arrives as fresh copies of every message. Where a copy equals the message
 * already at that position, the old object is kept: the views render a
 * message again only when its object changes, so an append renders one
 * message, not the whole history. DOM-free.
 */
import type {ChatMessage} from './types.js';

/** Plain data equality: arrays and plain objects by their contents, anything else (a Blob...) by identity. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameData(item, b[index]));
  }
  if (!isPlain(a) || !isPlain(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function isPlain(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** `next`, with each message equal to the one at its position in `previous` replaced by that one. */
export function keepUnchanged(previous: readonly ChatMessage[], next: ChatMessage[]): ChatMessage[] {
  const count = Math.min(previous.length, next.length);
  for (let index = 0; index < count; index++) {
    if (sameData(previous[index], next[index])) next[index] = previous[index]!;
  }
  return next;
}
