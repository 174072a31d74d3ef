// Talking to the test backends (test/server/routes): scripted replies, tags
// that tell one test's requests from another's, and what a route saw.
import {patience} from './wait.js';

let tagCount = 0;
/** A tag no other test (or earlier run of the server) has used. */
export const uniqueTag = (name: string) => `${name}-${Date.now()}-${++tagCount}`;

/**
 * A request `body` for the scripted backend (`/api/streams/script`) that
 * streams `events` as SSE data, one network write each, `pause` ms apart.
 * Two writes may still reach the browser as one read: a test that needs
 * them apart waits for the first to show before the server sends the next.
 */
export function sseScript(events: string[], options: {pause?: number; end?: boolean; tag?: string; hold?: boolean} = {}) {
  const writes: unknown[] = [];
  for (const event of events) {
    writes.push(`data: ${event}\n\n`);
    if (options.pause) writes.push({pause: options.pause});
  }
  if (options.hold) writes.push({hold: true});
  else if (options.end !== false) writes.push('data: [DONE]\n\n');
  return {type: 'text/event-stream', writes, ...(options.tag ? {tag: options.tag} : {})};
}

/** What the scripted backend saw of the reply tagged `tag`. */
export async function scriptSeen(tag: string): Promise<{closed: boolean; finished: boolean}> {
  return (await fetch(`/api/streams/closed?tag=${encodeURIComponent(tag)}`)).json();
}

/** What the misbehaving backend (`/api/faults/*`) saw of the requests tagged `tag`. */
export interface FaultsSeen {
  /** Milliseconds from the first request to each request (the first is 0). */
  hits: number[];
  /** Responses cut short by the client (or by a planned drop). */
  closed: number;
  /** Responses that ran to the end of their plan. */
  finished: number;
}

export async function faultsSeen(tag: string): Promise<FaultsSeen> {
  return (await fetch(`/api/faults/seen?tag=${encodeURIComponent(tag)}`)).json();
}

/** The test routes that can tell whether a tagged connection closed. */
export type ClosingRoute = 'streams' | 'openai' | 'gradio' | 'faults';

/**
 * Waits until `route` saw the connection of `tag` close (for `faults`: one
 * of its responses cut short). The route answers when that happens, so this
 * waits on the event. The timeout is long because Chromium, when a reader
 * cancels a keep-alive response, may keep draining the body and close the
 * socket only seconds later.
 */
export async function serverSawClose(tag: string, route: ClosingRoute | number = 'streams', timeout = 1.5 * patience): Promise<void> {
  // `serverSawClose(tag, ms)`: the scripted route, with a timeout.
  if (typeof route === 'number') return serverSawClose(tag, 'streams', route);
  const query = `tag=${encodeURIComponent(tag)}&wait=${timeout}`;
  const url = route === 'faults' ? `/api/faults/seen?${query}` : `/api/${route}/closed?${query}`;
  const seen = await (await fetch(url)).json();
  const closed = route === 'faults' ? seen.closed > 0 : seen.closed === true;
  if (!closed) throw new Error(`the ${route} route never saw the connection of ${tag} close (waited ${timeout} ms)`);
}

/** Lets a route waiting at gate `name` go on (e.g. `/api/uploads/slow?hold=name`). */
export async function releaseGate(name: string): Promise<void> {
  await fetch(`/api/gates/release?name=${encodeURIComponent(name)}`);
}
