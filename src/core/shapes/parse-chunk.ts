import type {ChatChunk} from '../types.js';
import {ChunkReader} from './reader.js';

/**
 * Turns one chunk of a reply, as it came off the wire, into a `ChatChunk`,
 * on its own (a reply's reader also keeps state between chunks, for
 * thoughts). Data that starts with `{` or `"` and parses as JSON is read by
 * its shape (see `ChunkReader`); anything else is plain text to append.
 * `[DONE]` ends the reply. Returns null when there is nothing to do: empty
 * text, or JSON of a shape nobody defined. Never throws.
 */
export function parseChunk(data: string): ChatChunk | null {
  const chunks = new ChunkReader().read(data);
  if (chunks.length === 0) return null;
  if (chunks.length === 1) return chunks[0];
  const merged: Exclude<ChatChunk, string> = {};
  for (const chunk of chunks) Object.assign(merged, typeof chunk === 'string' ? {delta: chunk} : chunk);
  return merged;
}
