// Running adapters directly in tests: build a request, run an adapter to the
// end, or to its failure.
import type {ChatAdapter, ChatChunk, ChatRequest, ConnectionConfig} from '../../src/core/types.js';

export function makeRequest(config: Partial<ConnectionConfig>, extra: Partial<ChatRequest> = {}): ChatRequest {
  return {
    message: 'Hello',
    files: [],
    messages: [{role: 'user', content: 'Hello'}],
    signal: new AbortController().signal,
    ...extra,
    config: {
      endpoint: '/api/streams/script',
      method: 'POST',
      headers: {},
      credentials: 'same-origin',
      body: {},
      apiName: '/chat',
      ...config,
    },
  };
}

/** Runs an adapter and returns every chunk it yields, or throws what it threw. */
export async function collect(adapter: ChatAdapter, request: ChatRequest): Promise<ChatChunk[]> {
  const result = adapter(request);
  if (!(Symbol.asyncIterator in Object(result))) return [await (result as Promise<ChatChunk>)];
  const chunks: ChatChunk[] = [];
  for await (const chunk of result as AsyncIterable<ChatChunk>) chunks.push(chunk);
  return chunks;
}

/** Runs an adapter and returns what it threw (fails the test if it did not throw). */
export async function failure(adapter: ChatAdapter, request: ChatRequest): Promise<{error: unknown; chunks: ChatChunk[]}> {
  const chunks: ChatChunk[] = [];
  try {
    for await (const chunk of adapter(request) as AsyncIterable<ChatChunk>) chunks.push(chunk);
  } catch (error) {
    return {error, chunks};
  }
  throw new Error(`expected the adapter to fail, it yielded ${JSON.stringify(chunks)}`);
}

/** The text a list of chunks appends (strings and deltas). */
export function appended(chunks: ChatChunk[]): string {
  return chunks.map((chunk) => (typeof chunk === 'string' ? chunk : (chunk.delta ?? ''))).join('');
}
