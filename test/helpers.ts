// Helpers shared by the tests: finding parts through shadow roots, waiting
// for events, and describing replies for the scripted test backend.
import {waitUntil} from '@open-wc/testing';

/** Every element matching `selector` in `root` and in every shadow root below it. */
export function deepQueryAll<E extends Element = HTMLElement>(root: Element | Document | ShadowRoot, selector: string): E[] {
  const found: E[] = [];
  const visit = (node: Element | Document | ShadowRoot) => {
    found.push(...(node.querySelectorAll(selector) as NodeListOf<E>));
    for (const element of node.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
    // Not `instanceof Element`: nodes of an iframe belong to another realm.
    const own = (node as Element).shadowRoot;
    if (own) visit(own);
  };
  visit(root);
  return [...new Set(found)];
}

export function deepQuery<E extends Element = HTMLElement>(root: Element | Document | ShadowRoot, selector: string): E | null {
  return deepQueryAll<E>(root, selector)[0] ?? null;
}

/** Elements with a `part` name, e.g. `parts(chat, 'message-assistant')`. */
export function parts<E extends Element = HTMLElement>(root: Element, name: string): E[] {
  return deepQueryAll<E>(root, `[part~="${name}"]`);
}

export function part<E extends Element = HTMLElement>(root: Element, name: string): E | null {
  return parts<E>(root, name)[0] ?? null;
}

/** Resolves with the next `name` event on `target`; fails after `ms`. */
export function expectEvent<T = unknown>(target: EventTarget, name: string, ms = 5000): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${name} event within ${ms} ms`)), ms);
    target.addEventListener(
      name,
      (event) => {
        clearTimeout(timer);
        resolve(event as CustomEvent<T>);
      },
      {once: true},
    );
  });
}

/** Waits until `fn` is true, with a message that says what was awaited. */
export function until(fn: () => boolean, message: string, timeout = 5000): Promise<void> {
  return waitUntil(fn, message, {timeout});
}

/**
 * A request `body` for the scripted backend (`/api/streams/script`) that
 * streams `events` as SSE data, one network write each, `pause` ms apart.
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

/** The visible text of the rendered message contents, in order. */
export function renderedTexts(root: Element): string[] {
  return parts(root, 'message-content').map((node) => node.textContent?.trim() ?? '');
}

/** Waits until the scripted backend saw the connection of script `tag` close. */
export async function serverSawClose(tag: string, timeout = 3000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const seen = await (await fetch(`/api/streams/closed?tag=${encodeURIComponent(tag)}`)).json();
    if (seen.closed) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`the server never saw the connection of ${tag} close`);
}

let tagCount = 0;
/** A tag no other test (or earlier run of the server) has used. */
export const uniqueTag = (name: string) => `${name}-${Date.now()}-${++tagCount}`;

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

/** Resolves after `ms`: only for letting a server do what it would do later, never for rendering. */
export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
