import {decodeResponse, type WireFormat} from '../decoders/response.js';
import type {ChatAdapter, ChatChunk, ChatRequest} from '../types.js';
import {guardReply} from './guard.js';
import {endpointOf, openResponse, redirectFor, requestHeaders} from './request.js';

/** What differs between the built-in HTTP adapters: the request they send and the format they expect. */
export interface HttpProtocol {
  /** The format assumed when the response's `Content-Type` says nothing. */
  guess: WireFormat;
  /** The JSON body, or undefined for none. */
  body(request: ChatRequest): unknown;
  /** Headers of the protocol; the page's `headers` win over them. */
  headers?: Record<string, string>;
  /** The HTTP method; POST when not given. */
  method?(request: ChatRequest): string;
}

/**
 * Sends a protocol's request and yields the decoded reply (see
 * `decodeResponse`), held to the rules of `guardReply`.
 */
export async function* streamReply(request: ChatRequest, protocol: HttpProtocol): AsyncGenerator<ChatChunk> {
  const {config, signal} = request;
  const method = protocol.method?.(request) ?? 'POST';
  const body = method === 'GET' || method === 'HEAD' ? undefined : protocol.body(request);
  const accept: Record<string, string> = protocol.guess === 'sse' ? {Accept: 'text/event-stream, */*;q=0.5'} : {};
  const response = await openResponse(endpointOf(config), {
    method,
    headers: requestHeaders(config, {'Content-Type': 'application/json', ...accept, ...protocol.headers}),
    credentials: config.credentials || 'same-origin',
    redirect: redirectFor(config),
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  });
  yield* guardReply(
    decodeResponse(response, protocol.guess, {textField: config.textField, textMode: config.textMode, maxEventSize: config.maxEventSize}),
    signal,
  );
}

/**
 * The contract's request: `{message, files, messages, ...body}`, with the
 * element's `method` (a `GET` or `HEAD` carries no body: fetch allows none).
 */
const contract = (guess: WireFormat): HttpProtocol => ({
  guess,
  method: ({config}) => (config.method || 'POST').toUpperCase(),
  body: ({message, files, messages, config}) => ({message, files, messages, ...config.body}),
});

const sse = contract('sse');
const fetchProtocol = contract('text');

/** `adapter="sse"`: a streamed reply, Server-Sent Events unless the `Content-Type` or the body says otherwise. */
export const sseAdapter: ChatAdapter = (request) => streamReply(request, sse);

/** `adapter="fetch"`: a reply read as plain text unless the `Content-Type` or the body says otherwise. */
export const fetchAdapter: ChatAdapter = (request) => streamReply(request, fetchProtocol);
