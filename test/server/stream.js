// Helpers for test routes that stream a response by hand, chunk by chunk,
// with real pauses between network writes.
import {PassThrough} from 'node:stream';

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads a JSON request body. */
export async function readJson(ctx) {
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}

/**
 * Starts a streamed response and returns `write(bytes)` / `end()` /
 * `destroy()`; the caller decides the pacing.
 */
export function startStream(ctx, contentType, status = 200) {
  ctx.status = status;
  if (contentType) ctx.set('Content-Type', contentType);
  ctx.set('Cache-Control', 'no-cache');
  const body = new PassThrough();
  ctx.body = body;
  ctx.req.socket.setNoDelay(true);
  return {
    write: (data) => body.write(typeof data === 'string' ? Buffer.from(data, 'utf8') : data),
    end: () => body.end(),
    /** Drops the connection mid-response. */
    destroy: () => ctx.req.socket.destroy(),
    closed: () => ctx.req.socket.destroyed,
  };
}

/**
 * For the test routes that report what they saw: when the request asks
 * `?wait=ms`, answers only once `ready()` holds (or after `ms`, or when the
 * client goes away), so a test waits on the event itself instead of polling
 * with a short deadline. Without `wait` it answers at once.
 */
export async function whenReady(ctx, ready) {
  const ms = Math.min(Number(ctx.query.wait) || 0, 60000);
  const deadline = Date.now() + ms;
  while (!ready() && Date.now() < deadline && !ctx.req.socket.destroyed) await sleep(10);
}

/** Routes waiting at a gate, by its name, and the gates released (they stay open). */
const gates = new Map();
const released = new Set();

/**
 * Resolves when the test releases gate `name` (`GET /api/gates/release?name=`)
 * or the client goes away: a route that must still be busy while the test
 * looks waits here instead of for a fixed time. Any number of requests can
 * wait at one gate; a released gate lets every later one through at once.
 */
export function gate(name, res) {
  if (released.has(name)) return Promise.resolve();
  return new Promise((resolve) => {
    gates.set(name, [...(gates.get(name) ?? []), resolve]);
    res.once('close', resolve);
  });
}

export function releaseGate(name) {
  released.add(name);
  for (const resolve of gates.get(name) ?? []) resolve();
  gates.delete(name);
}
