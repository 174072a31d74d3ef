// ChunkReader: each protocol's events read by their shape, one reply at a time.
import {expect} from '@open-wc/testing';
import {ChunkReader} from '../../src/core/shapes/reader.js';
import {parseChunk} from '../../src/core/shapes/parse-chunk.js';
import {ChatError} from '../../src/core/errors.js';
import type {ChatChunk} from '../../src/core/types.js';

/** Every chunk a reader makes of `events` (JSON values, or raw strings), the end included. */
function readAll(events: unknown[], options = {}): ChatChunk[] {
  const reader = new ChunkReader(options);
  const chunks = events.flatMap((event) => reader.read(typeof event === 'string' ? event : JSON.stringify(event)));
  return [...chunks, ...reader.end()];
}

/** The chunks with durations removed (they depend on the clock). */
const timeless = (chunks: ChatChunk[]) =>
  chunks.map((chunk) =>
    typeof chunk === 'object' && chunk.metadata?.duration !== undefined ? {metadata: {...chunk.metadata, duration: 0}} : chunk,
  );

const thought = (title: string) => ({message: {role: 'assistant', content: '', metadata: {title, status: 'pending'}}});
const done = {metadata: {status: 'done', duration: 0}};

describe('ChunkReader', () => {
  it('reads the AI SDK UI message stream: reasoning, tools, sources, files and the answer', () => {
    const chunks = readAll([
      {type: 'start', messageId: 'm1'},
      {type: 'start-step'},
      {type: 'reasoning-start', id: 'r'},
      {type: 'reasoning-delta', id: 'r', delta: 'Hmm'},
      {type: 'reasoning-end', id: 'r'},
      {type: 'tool-input-start', toolCallId: 'c1', toolName: 'weather'},
      {type: 'tool-input-delta', toolCallId: 'c1', inputTextDelta: '{"city"'},
      {type: 'tool-input-available', toolCallId: 'c1', toolName: 'weather', input: {city: 'Paris'}},
      {type: 'tool-output-available', toolCallId: 'c1', output: {sunny: true}},
      {type: 'text-start', id: 't'},
      {type: 'text-delta', id: 't', delta: 'Sunny.'},
      {type: 'text-end', id: 't'},
      {type: 'source-url', sourceId: 's', url: 'https://example.com/w', title: 'Weather'},
      {type: 'file', url: 'https://example.com/map.png', mediaType: 'image/png'},
      {type: 'data-weather', data: {}},
      {type: 'finish-step'},
      {type: 'finish'},
    ]);
    const input = '```json\n{\n  "city": "Paris"\n}\n```';
    expect(timeless(chunks)).to.deep.equal([
      thought('Thinking'),
      {content: 'Hmm'},
      done,
      thought('weather'),
      {content: input},
      {content: `${input}\n\n\`\`\`json\n{\n  "sunny": true\n}\n\`\`\``},
      done,
      {delta: 'Sunny.'},
      {message: {role: 'assistant', content: {url: 'https://example.com/map.png', mime_type: 'image/png'}}},
      thought('Sources'),
      {content: '- [Weather](https://example.com/w)'},
      done,
      {done: true},
    ]);
  });

  it("fails an AI SDK reply on its error chunk, and not on a tool's error", () => {
    expect(
      readAll([
        {type: 'text-delta', id: 't', delta: 'Part'},
        {type: 'error', errorText: 'Rate limited'},
      ]),
    ).to.deep.equal([{delta: 'Part'}, {error: 'Rate limited'}]);
    const tool = readAll([{type: 'tool-output-error', toolCallId: 'x', errorText: 'No network'}]);
    expect(tool.some((chunk) => typeof chunk === 'object' && 'error' in chunk)).to.equal(false);
  });

  it('reads the Anthropic stream: message_start is no message, thinking is a thought, tool input shows', () => {
    const chunks = readAll([
      {type: 'message_start', message: {id: 'msg', type: 'message', role: 'assistant', content: [], model: 'claude'}},
      {type: 'content_block_start', index: 0, content_block: {type: 'thinking', thinking: ''}},
      {type: 'content_block_delta', index: 0, delta: {type: 'thinking_delta', thinking: 'Why'}},
      {type: 'content_block_delta', index: 0, delta: {type: 'signature_delta', signature: 'abc'}},
      {type: 'content_block_stop', index: 0},
      {type: 'content_block_start', index: 1, content_block: {type: 'text', text: ''}},
      {type: 'ping'},
      {type: 'content_block_delta', index: 1, delta: {type: 'text_delta', text: 'Hi'}},
      {type: 'content_block_stop', index: 1},
      {type: 'content_block_start', index: 2, content_block: {type: 'tool_use', id: 't', name: 'search', input: {}}},
      {type: 'content_block_delta', index: 2, delta: {type: 'input_json_delta', partial_json: '{"q":'}},
      {type: 'content_block_delta', index: 2, delta: {type: 'input_json_delta', partial_json: '"x"}'}},
      {type: 'content_block_stop', index: 2},
      {type: 'message_delta', delta: {stop_reason: 'tool_use'}, usage: {output_tokens: 5}},
      {type: 'message_stop'},
    ]);
    expect(timeless(chunks)).to.deep.equal([
      thought('Thinking'),
      {content: 'Why'},
      done,
      {delta: 'Hi'},
      thought('search'),
      {content: '```json\n{"q":\n```'},
      {content: '```json\n{"q":"x"}\n```'},
      done,
      {done: true},
    ]);
    expect(readAll([{type: 'error', error: {type: 'overloaded_error', message: 'Overloaded'}}])).to.deep.equal([{error: 'Overloaded'}]);
  });

  it('reads Ollama lines as pieces of one reply, thinking first, and /api/generate too', () => {
    const line = (message: object, done = false) => ({model: 'qwen3', created_at: '2025-01-01T00:00:00Z', message, done});
    const chunks = readAll([
      line({role: 'assistant', content: '', thinking: 'Hmm'}),
      line({role: 'assistant', content: 'Hel'}),
      line({role: 'assistant', content: 'lo'}),
      {...line({role: 'assistant', content: ''}, true), done_reason: 'stop'},
    ]);
    expect(timeless(chunks)).to.deep.equal([thought('Thinking'), {content: 'Hmm'}, done, {delta: 'Hel'}, {delta: 'lo'}, {done: true}]);
    expect(
      readAll([
        {model: 'x', created_at: '', response: 'Hi', done: false},
        {model: 'x', created_at: '', response: '', done: true},
      ]),
    ).to.deep.equal([{delta: 'Hi'}, {done: true}]);
  });

  it('appends LangChain message chunks in each serialization, their reasoning as a thought', () => {
    const constructor = {
      lc: 1,
      type: 'constructor',
      id: ['langchain_core', 'messages', 'AIMessageChunk'],
      kwargs: {content: 'A', additional_kwargs: {}},
    };
    const dict = {type: 'ai', data: {content: 'B', additional_kwargs: {}}};
    const python = {content: 'C', additional_kwargs: {}, response_metadata: {}, type: 'AIMessageChunk', id: 'run-1', tool_call_chunks: []};
    const bare = {content: 'D', additional_kwargs: {}, tool_call_chunks: []};
    const blocks = {
      content: [
        {type: 'reasoning', reasoning: 'R'},
        {type: 'text', text: 'E'},
      ],
      additional_kwargs: {},
    };
    expect(timeless(readAll([constructor, dict, python, bare, blocks]))).to.deep.equal([
      {delta: 'A'},
      {delta: 'B'},
      {delta: 'C'},
      {delta: 'D'},
      thought('Thinking'),
      {content: 'R'},
      done,
      {delta: 'E'},
    ]);
  });

  it('reads OpenAI chunks whatever else they carry, reasoning first', () => {
    const chunk = (delta: object, finish: string | null = null) => ({
      object: 'chat.completion.chunk',
      choices: [{index: 0, delta, finish_reason: finish}],
    });
    expect(timeless(readAll([chunk({reasoning_content: 'R'}), chunk({content: 'A'}), chunk({}, 'stop')]))).to.deep.equal([
      thought('Thinking'),
      {content: 'R'},
      done,
      {delta: 'A'},
      {done: true},
    ]);
  });

  it('appends {"text"} (deep-chat) and keeps {"content"} as the whole text', () => {
    expect(readAll([{text: 'a'}, {text: 'b'}])).to.deep.equal([{delta: 'a'}, {delta: 'b'}]);
    expect(readAll([{content: 'a'}, {content: 'ab'}])).to.deep.equal([{content: 'a'}, {content: 'ab'}]);
  });

  it('ignores objects discriminated by type, object or event that no protocol defines, but reads their errors', () => {
    expect(parseChunk('{"type": "custom", "delta": "x"}')).to.equal(null);
    expect(parseChunk('{"object": "thing", "message": {"role": "assistant", "content": "x"}}')).to.equal(null);
    expect(parseChunk('{"type": "error", "message": "Bad"}')).to.deep.equal({error: 'Bad'});
    expect(parseChunk('{"event": "error", "data": "Worse"}')).to.deep.equal({error: 'Worse'});
    expect(parseChunk('{"errorText": "AI SDK"}')).to.deep.equal({error: 'AI SDK'});
    expect(parseChunk('{"event": "end"}')).to.deep.equal({done: true});
  });

  it("takes a message only in the contract's shape", () => {
    expect(parseChunk('{"message": {"role": "assistant", "content": "x"}}')).to.deep.equal({message: {role: 'assistant', content: 'x'}});
    expect(parseChunk('{"message": {"id": "msg_1", "role": "bot", "content": []}}')).to.equal(null);
    expect(parseChunk('{"message": {"text": "hi"}}')).to.equal(null);
  });

  it('text-field reads a dot path, appending or replacing, before any known shape', () => {
    expect(readAll([{token: 'a'}, {token: 'b', done: true}], {textField: 'token'})).to.deep.equal([
      {delta: 'a'},
      {delta: 'b'},
      {done: true},
    ]);
    expect(readAll([{out: [{t: 'ab'}]}], {textField: 'out.0.t', textMode: 'replace'})).to.deep.equal([{content: 'ab'}]);
    expect(readAll([{text: 'own'}, {error: 'why'}], {textField: 'text'})).to.deep.equal([{delta: 'own'}, {error: 'why'}]);
    const reader = new ChunkReader({textField: 'constructor.name'});
    expect(reader.read('{"a": {}}')).to.deep.equal([], 'a path reads own fields only');
  });

  it('throws a format error at the end when no event was understood, and warns once with the first keys', () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    let error: unknown;
    try {
      readAll([
        {token: 'a', index: 0},
        {token: 'b', index: 1},
      ]);
    } catch (thrown) {
      error = thrown;
    } finally {
      console.warn = warn;
    }
    expect(error).to.be.instanceOf(ChatError);
    expect((error as ChatError).code).to.equal('format');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('{token, index}');
    console.warn = () => undefined;
    try {
      expect(() => readAll([{token: 'a'}, '[DONE]'])).to.throw(ChatError, 'not in a format', 'an end marker is no understanding');
      expect(() => readAll([{token: 'a'}, {done: true}])).to.throw(ChatError, 'not in a format');
    } finally {
      console.warn = warn;
    }
    expect(readAll([{token: 'a'}, {delta: 'b'}])).to.deep.equal([{delta: 'b'}], 'one understood event is enough');
    expect(readAll([])).to.deep.equal([], 'an empty reply is left to the session to word');
  });
});
