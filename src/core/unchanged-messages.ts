/**
 * A history set again (a page appends a message by setting the whole list)
 * arrives as fresh copies of every message. Where a copy equals the message
 * already at that position, the old object is kept: the views render a
 * message again only when its object changes, so an append renders one
 * message, not the whole history. An entry equal to the kept message is
 * not even checked and copied again (the kept one was checked when it
 * came): an append to 10,000 messages compares them, and builds one. DOM-free.
 */
import type {ChatMessage} from './types.js';
import {validateMessage, validateMessages} from './validate.js';

/**
 * Plain data equality: arrays and plain objects by their contents, anything
 * else (a Blob...) by identity. Loops, not `every` and key lists: an append
 * to 10,000 messages runs this on each of them, often on code gone cold.
 */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false;
  const list = Array.isArray(a);
  if (list !== Array.isArray(b) || (!list && (!isPlain(a) || !isPlain(b)))) return false;
  // Own keys only: a plain object's prototype has none enumerable, and an array's indexes are its keys.
  let count = 0;
  for (const key in a) {
    if (!Object.hasOwn(b, key) || !sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
    count++;
  }
  return count === Object.keys(b).length;
}

/**
 * `sameData` for the commonest message, `{role, content}` with text: its two
 * fields read by name and its keys counted by the engine. An append to
 * 10,000 messages runs this on code gone cold: the setter took 2.0–4.2 ms
 * with it, 3.6–9.4 ms with the walk of each message's keys alone.
 */
function sameText(entry: unknown, kept: ChatMessage): boolean {
  const message = entry as Partial<ChatMessage> | null;
  return (
    typeof message === 'object' &&
    message !== null &&
    message.role === kept.role &&
    typeof kept.content === 'string' &&
    message.content === kept.content &&
    Object.getPrototypeOf(message) === Object.prototype &&
    Object.keys(message).length === 2 &&
    Object.keys(kept).length === 2
  );
}

function isPlain(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * The message `entry` stands for at `position` of a history that held
 * `previous`: the kept message when `entry` equals it as plain data (it was
 * checked when it came), else what `check()` makes of it, itself replaced by the kept
 * message when they are equal once checked (a page's copy may carry fields
 * the check leaves out).
 */
export function unchangedOr(previous: readonly ChatMessage[], position: number, entry: unknown, check: () => ChatMessage): ChatMessage {
  const kept = previous[position];
  if (kept !== undefined && (sameText(entry, kept) || sameData(entry, kept))) return kept;
  const checked = check();
  return kept !== undefined && sameData(checked, kept) ? kept : checked;
}

/**
 * `validateMessages(value)` for a history that replaces `previous`, with
 * the messages equal to the ones at their positions in `previous` kept as
 * those objects. Throws as `validateMessages` does.
 */
export function validateKeeping(previous: readonly ChatMessage[], value: unknown): ChatMessage[] {
  // Not a list: validateMessages throws its error.
  if (!Array.isArray(value)) return validateMessages(value);
  return value.map((entry: unknown, index) => unchangedOr(previous, index, entry, () => validateMessage(entry, `messages[${index}]`)));
}
