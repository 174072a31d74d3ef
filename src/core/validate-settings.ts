import type {ChatExample} from './controller/controller-types.js';
import type {ChatMessage} from './types.js';
import {validateFileData, validateMessage} from './validate.js';
import {isObject} from './is-object.js';
import {unchangedOr} from './unchanged-messages.js';

const warn = (message: string) => console.warn(`chat-blocks: ${message}`);

/**
 * The usable entries of `examples`: strings, or `{text, files}` with files
 * that are `File`/`Blob` objects or FileData. Every other entry is left out
 * with a console warning that names it; a value that is not a list gives
 * no examples.
 */
export function validExamples(value: unknown): ChatExample[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    warn('examples must be a list of strings or {text, files}; it was ignored.');
    return [];
  }
  const kept: ChatExample[] = [];
  value.forEach((entry: unknown, index) => {
    const where = `examples[${index}]`;
    if (typeof entry === 'string') return void kept.push(entry);
    if (!isObject(entry) || typeof entry.text !== 'string') {
      return warn(`${where} must be a string or {text, files}; it was left out.`);
    }
    if (entry.files === undefined) return void kept.push({text: entry.text});
    if (!Array.isArray(entry.files)) return warn(`${where}.files must be a list of files; the example was left out.`);
    try {
      const files = entry.files.map((file: unknown, i) => (file instanceof Blob ? file : validateFileData(file, `${where}.files[${i}]`)));
      kept.push({text: entry.text, files});
    } catch (error) {
      warn(`${(error as Error).message}; the example was left out.`);
    }
  });
  return kept;
}

/**
 * The usable fields of `body`: a plain object whose every field can travel
 * as JSON. A field that cannot (a function, a symbol, a BigInt, a cycle) is
 * left out with a console warning naming it; a value that is not an object
 * gives no fields.
 */
export function validBody(value: unknown): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (!isObject(value)) {
    warn('body must be an object of JSON fields; it was ignored.');
    return {};
  }
  const kept: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    let json: string | undefined;
    try {
      json = JSON.stringify(field);
    } catch {
      json = undefined;
    }
    if (json === undefined) warn(`body.${key} cannot be sent as JSON; it was left out.`);
    else kept[key] = field;
  }
  return kept;
}

/** Unknown `strings` keys already warned about, so each is named once. */
const warnedKeys = new Set<string>();

/**
 * The string overrides in `value` whose key is a known UI string (an own key
 * of `known`: never `toString`, `constructor` or `__proto__`) and whose
 * value is a string. Each other key is named once in a console warning.
 */
export function validStrings<K extends string>(value: unknown, known: Record<K, string>): Partial<Record<K, string>> {
  if (!isObject(value)) {
    warn('strings must be an object of UI strings; it was ignored.');
    return {};
  }
  const kept: Partial<Record<K, string>> = {};
  for (const key of Object.keys(value)) {
    const text = value[key];
    if (Object.hasOwn(known, key) && typeof text === 'string') {
      kept[key as K] = text;
    } else if (!warnedKeys.has(key)) {
      warnedKeys.add(key);
      warn(
        Object.hasOwn(known, key)
          ? `strings.${key} must be a string; it was ignored.`
          : `strings has no key "${key}"; it was ignored (known keys: see the README's strings table).`,
      );
    }
  }
  return kept;
}

/**
 * The well-formed entries of a history set as `messages`: each other entry
 * is left out with a console warning that names it (`messages[2].role must
 * be …`), so one bad entry never hides the rest. `undefined` when the value
 * is not a list at all (the history is then left as it was). Entries equal
 * to the messages of `previous` (the history it replaces) at their places
 * are those messages (see `unchangedOr`).
 */
export function validMessages(value: unknown, previous: readonly ChatMessage[] = []): ChatMessage[] | undefined {
  if (!Array.isArray(value)) {
    warn('messages must be a list of messages; it was ignored and the history is unchanged.');
    return undefined;
  }
  const kept: ChatMessage[] = [];
  value.forEach((entry: unknown, index) => {
    try {
      // An entry equal to the message already at its place is that message, not checked and copied again.
      kept.push(unchangedOr(previous, kept.length, entry, () => validateMessage(entry, `messages[${index}]`)));
    } catch (error) {
      warn(`${(error as Error).message}; the message was left out.`);
    }
  });
  return kept;
}
