import {isObject} from './is-object.js';

/**
 * The message of an `error` field: a string, or an object with a `message`
 * (OpenAI's shape). Any other truthy value still fails the reply, with an
 * empty message the UI words for itself.
 */
export function errorText(error: unknown): string | undefined {
  if (error === undefined || error === null || error === false) return undefined;
  if (typeof error === 'string') return error;
  if (isObject(error) && typeof error.message === 'string') return error.message;
  return '';
}

/** Longest error text taken from a server; the rest of a long body is noise to a user. */
const maxErrorLength = 500;

/**
 * The reason a server gave for a failure, from an error event's data or an
 * HTTP error body: its `error` (a string, or an object with a `message`),
 * `detail` (FastAPI's field, a string or a list of `{msg}`) or `message`,
 * else the text itself. Trimmed and capped; '' when there is no reason.
 */
export function errorMessageOf(text: string): string {
  let reason = text;
  if (text[0] === '{' || text[0] === '"') {
    try {
      reason = reasonOf(JSON.parse(text)) ?? '';
    } catch {
      // Not JSON after all: the text is the reason.
    }
  }
  reason = reason.trim();
  return reason.length > maxErrorLength ? `${reason.slice(0, maxErrorLength - 1)}…` : reason;
}

function reasonOf(json: unknown): string | undefined {
  if (typeof json === 'string') return json;
  if (!isObject(json)) return undefined;
  const error = errorText(json.error);
  if (error) return error;
  if (typeof json.detail === 'string') return json.detail;
  if (Array.isArray(json.detail)) {
    const details = json.detail.map((item) => (isObject(item) && typeof item.msg === 'string' ? item.msg : ''));
    if (details.some(Boolean)) return details.filter(Boolean).join('; ');
  }
  if (typeof json.message === 'string') return json.message;
  return undefined;
}
