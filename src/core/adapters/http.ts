import {decodeResponse, type WireFormat} from '../decoders/response.js';
import type {ChatAdapter, ChatChunk, ChatRequest} from '../types.js';
import {guardReply} from './guard.js';
import {endpointOf, openResponse, requestHeaders} from './request.js';

/**
 * Sends the request as the contract's JSON body and yields the decoded
 * reply. `guess` is the format assumed when the response's `Content-Type`
 * says nothing. A `GET` or `HEAD` request carries no body (fetch allows
 * none); the other methods send `{message, files, messages, ...body}`.
 */
async function* reply(request: ChatRequest, guess: WireFormat): AsyncGenerator<ChatChunk> {
  const {config, signal} = request;
  const method = (config.method || 'POST').toUpperCase();
  const headers = requestHeaders(config, {
    'Content-Type': 'application/json',
    ...(guess === 'sse' ? {Accept: 'text/event-stream, */*;q=0.5'} : {}),
  });
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const response = await openResponse(endpointOf(config), {
    method,
    headers,
    credentials: config.credentials || 'same-origin',
    body: hasBody
      ? JSON.stringify({message: request.message, files: request.files, messages: request.messages, ...config.body})
      : undefined,
    signal,
  });
  yield* guardReply(decodeResponse(response, guess), signal);
}

/** `adapter="sse"`: a streamed reply, Server-Sent Events unless the `Content-Type` says otherwise. */
export const sseAdapter: ChatAdapter = (request) => reply(request, 'sse');

/** `adapter="fetch"`: a reply read as plain text unless the `Content-Type` says otherwise. */
export const fetchAdapter: ChatAdapter = (request) => reply(request, 'text');
