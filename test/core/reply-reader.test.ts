// ReplyReader: the reader a widget's reply goes through. It reads the
// contract's own chunks at once and loads the protocols' shapes with the
// first event that needs them; what it makes of a reply must be what the
// full ChunkReader makes of it, in the same order.
import {expect} from '@open-wc/testing';
import {ChunkReader, type ShapeOptions} from '../../src/core/shapes/reader.js';
import {ReplyReader} from '../../src/core/shapes/reply-reader.js';
import {decodeResponse} from '../../src/core/decoders/response.js';
import {ChatError} from '../../src/core/errors.js';
import type {ChatChunk} from '../../src/core/types.js';

const data = (event: unknown) => (typeof event === 'string' ? event : JSON.stringify(event));

/** Every chunk a ReplyReader makes of `events`, the end included; waits where an event waits for the shapes. */
async function readLazily(events: unknown[], options: ShapeOptions = {}): Promise<ChatChunk[]> {
  const reader = new ReplyReader(options);
  const chunks: ChatChunk[] = [];
  for (const event of events) chunks.push(...(await reader.readEvent(data(event))));
  return [...chunks, ...reader.end()];
}

/** The same with the full ChunkReader, which has every shape from the start. */
function readFully(events: unknown[], options: ShapeOptions = {}): ChatChunk[] {
  const reader = new ChunkReader(options);
  return [...events.flatMap((event) => reader.read(data(event))), ...reader.end()];
}

/** The chunks with durations removed (they depend on the clock). */
const timeless = (chunks: ChatChunk[]) =>
  chunks.map((chunk) =>
    typeof chunk === 'object' && chunk.metadata?.duration !== undefined ? {metadata: {...chunk.metadata, duration: 0}} : chunk,
  );

/** Replies of every kind: the contract's chunks alone, protocols, and the two mixed. */
const replies: {name: string; events: unknown[]; options?: ShapeOptions}[] = [
  {name: 'contract chunks', events: [{delta: 'a'}, {text: 'b'}, {content: 'whole'}, {metadata: {status: 'done'}}, {done: true}]},
  {name: 'a whole message, an error', events: [{message: {role: 'assistant', content: 'hi'}}, {error: {message: 'quota'}}]},
  {name: 'text, JSON strings and [DONE]', events: ['plain text', '"quoted"', '[DONE]']},
  {
    name: 'OpenAI chunks',
    events: [{choices: [{delta: {reasoning_content: 'Hmm'}}]}, {choices: [{delta: {content: 'Hi'}, finish_reason: 'stop'}]}],
  },
  {
    name: 'contract chunks, then the AI SDK with a thought, then contract chunks',
    events: [
      {delta: 'a'},
      {type: 'reasoning-start', id: 'r'},
      {type: 'reasoning-delta', id: 'r', delta: 'Hmm'},
      {delta: 'b'},
      {type: 'text-delta', id: 't', delta: 'c'},
      {done: true},
    ],
  },
  {
    name: 'Ollama lines',
    events: [
      {model: 'm', message: {role: 'assistant', content: 'Hi', thinking: 'so'}, done: false},
      {model: 'm', done: true, response: ''},
    ],
  },
  {name: 'a contract-looking object read by text-field', events: [{text: 'own', delta: 'not this'}], options: {textField: 'text'}},
  {name: 'an object of no known shape after understood ones', events: [{delta: 'a'}, {token: 'b'}]},
];

describe('ReplyReader', () => {
  for (const {name, events, options} of replies) {
    it(`reads ${name} as the full ChunkReader does`, async () => {
      expect(timeless(await readLazily(events, options))).to.deep.equal(timeless(readFully(events, options)));
    });
  }

  it('reads the contract chunks at once, and makes an event of another shape wait for it', () => {
    const reader = new ReplyReader();
    expect(reader.readEvent('{"delta": "a", "done": false}')).to.deep.equal([{delta: 'a'}]);
    expect(reader.readEvent('{"choices": [{"delta": {"content": "b"}}]}')).to.be.instanceOf(Promise);
  });

  it('still fails a reply with a format error when none of its events had a known shape', async () => {
    const warn = console.warn;
    console.warn = () => {};
    let error: unknown;
    try {
      await readLazily([{token: 'a'}, {token: 'b'}]);
    } catch (thrown) {
      error = thrown;
    } finally {
      console.warn = warn;
    }
    expect(error).to.be.instanceOf(ChatError);
    expect((error as ChatError).code).to.equal('format');
  });

  it('keeps the order of a reply whose protocol events come in one network read with contract chunks', async () => {
    const body = [
      'data: {"delta": "one "}\n\n',
      'data: {"choices": [{"delta": {"content": "two "}}]}\n\n',
      'data: {"delta": "three"}\n\n',
      'data: [DONE]\n\n',
    ].join('');
    const response = new Response(body, {headers: {'Content-Type': 'text/event-stream'}});
    const chunks: ChatChunk[] = [];
    for await (const chunk of decodeResponse(response, 'sse')) chunks.push(chunk);
    expect(chunks).to.deep.equal([{delta: 'one '}, {delta: 'two '}, {delta: 'three'}, {done: true}]);
  });
});
