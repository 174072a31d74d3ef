// Waiting in tests: on an event or a condition, never for a fixed time.
// The timeouts are generous because the suite runs on loaded 2-core
// machines; a condition that holds returns at once whatever its timeout.
import {waitUntil} from '@open-wc/testing';

/** How long a test waits for something that normally takes milliseconds. */
export const patience = 20_000;

/** Waits until `predicate` holds (or resolves truthy), failing with `message` after `timeout` ms. */
export function until(predicate: () => unknown, message = 'the awaited condition', timeout = patience): Promise<void> {
  return waitUntil(predicate, message, {timeout, interval: 20});
}

/** Resolves with the next `name` event on `target`; fails after `timeout` ms. */
export function expectEvent<T = unknown>(target: EventTarget, name: string, timeout = patience): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${name} event within ${timeout} ms`)), timeout);
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

/** Waits for the next animation frame, then for `element`'s pending Lit update if there is one. */
export async function nextFrame(element?: {updateComplete: Promise<unknown>}): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await element?.updateComplete;
}
