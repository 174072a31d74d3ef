import {expect} from '@open-wc/testing';
import {fetchAdapter, sseAdapter} from '../../../src/core/adapters/http.js';
import {ChatError, isAbortError} from '../../../src/core/errors.js';
import type {ChatChunk, ChatRequest} from '../../../src/core/types.js';
import {appended, collect, failure, makeRequest, releaseGate, scriptSeen, serverSawClose, uniqueTag, until} from '../../support/index.js';

type Write =
  | string
  | {bytes: number[]}
  | {pause: number}
  | {drop: true}
  | {hold: true}
  | {gate: string}
  | {repeat: string; times: number; before?: string; after?: string};

/** A request to the scripted test route: the server plays `writes` with Content-Type `type`. */
function script(
  writes: Write[],
  options: {type?: string | null; status?: number; headers?: Record<string, string>; tag?: string} = {},
  extra: Partial<ChatRequest> = {},
) {
  return makeRequest({endpoint: '/api/streams/script', body: {writes, ...options}}, extra);
}

const utf8 = (text: string) => [...new TextEncoder().encode(text)];

async function chatError(adapter: typeof sseAdapter, request: ChatRequest): Promise<{error: ChatError; chunks: ChatChunk[]}> {
  const {error, chunks} = await failure(adapter, request);
  expect(error).to.be.instanceOf(ChatError);
  return {error: error as ChatError, chunks};
}

describe('sse adapter', () => {
  it('reads LF-separated events, skips comments and heartbeats, and stops at [DONE]', async () => {
    const tag = uniqueTag('lf');
    const chunks = await collect(
      sseAdapter,
      script(
        [
          ': connected\n\n',
          'data: {"delta": "Hel"}\n\n',
          {pause: 30},
          'event: heartbeat\ndata: {}\n\n',
          ': ping\n\n',
          'data: {"delta": "lo"}\n\ndata: " there"\n\n',
          {pause: 30},
          'data: plain text\n\n',
          'data: [DONE]\n\n',
          'data: {"delta": "never read"}\n\n',
          {hold: true},
        ],
        {tag},
      ),
    );
    expect(chunks).to.deep.equal([{delta: 'Hel'}, {delta: 'lo'}, ' there', 'plain text']);
    await serverSawClose(tag);
  });

  it('reads CRLF-separated events, split anywhere between writes', async () => {
    const chunks = await collect(
      sseAdapter,
      script([
        ': comment\r\n\r\n',
        'data: {"delta": "a"}\r',
        {pause: 20},
        '\n\r\ndata: {"del',
        {pause: 20},
        'ta": "b"}\r\n\r\nevent: ping\r\ndata: x\r\n\r\n',
        'data: [DONE]\r\n\r\n',
      ]),
    );
    expect(chunks).to.deep.equal([{delta: 'a'}, {delta: 'b'}]);
  });

  it('joins multi-line data with newlines, and ends with the stream', async () => {
    const chunks = await collect(sseAdapter, script(['data: line one\ndata: line two\n\n', 'data: {"delta":\ndata: "!"}\n\n']));
    expect(chunks).to.deep.equal(['line one\nline two', {delta: '!'}]);
  });

  it('takes a last event that lacks its blank line', async () => {
    const chunks = await collect(sseAdapter, script(['data: {"delta": "a"}\n\n', 'data: {"delta": "b"}\n']));
    expect(chunks).to.deep.equal([{delta: 'a'}, {delta: 'b'}]);
  });

  it('ends at `event: done` and closes a connection the server keeps open', async () => {
    const tag = uniqueTag('done-event');
    const chunks = await collect(
      sseAdapter,
      script(['data: {"delta": "ok"}\n\n', 'event: done\ndata: \n\n', 'data: {"delta": "late"}\n\n', {hold: true}], {tag}),
    );
    expect(chunks).to.deep.equal([{delta: 'ok'}]);
    await serverSawClose(tag);
  });

  it('fails on `event: error` with its data as the message, after what came before', async () => {
    const {error, chunks} = await chatError(
      sseAdapter,
      script(['data: {"delta": "partial"}\n\n', 'event: error\ndata: Model overloaded\n\n', 'data: {"delta": "late"}\n\n']),
    );
    expect(chunks).to.deep.equal([{delta: 'partial'}]);
    expect(error.code).to.equal('server');
    expect(error.message).to.equal('Model overloaded');
    expect(error.retryable).to.equal(false);
  });

  it('reads the message of a JSON `event: error`', async () => {
    const {error} = await chatError(sseAdapter, script(['event: error\ndata: {"error": {"message": "quota exceeded"}}\n\n']));
    expect(error.message).to.equal('quota exceeded');
    expect(error.code).to.equal('server');
  });

  it('fails on an {"error"} chunk', async () => {
    const {error, chunks} = await chatError(
      sseAdapter,
      script(['data: {"delta": "a"}\n\n', 'data: {"error": "Backend crashed"}\n\n', 'data: {"delta": "b"}\n\n']),
    );
    expect(chunks).to.deep.equal([{delta: 'a'}]);
    expect(error.code).to.equal('server');
    expect(error.message).to.equal('Backend crashed');
  });

  it('yields every structured chunk of the contract, normalized', async () => {
    const image = {role: 'assistant', content: {url: '/img.png', mime_type: 'image/png'}};
    const thought = {role: 'assistant', content: 'Looking it up', metadata: {title: 'Search', status: 'pending'}};
    const chunks = await collect(
      sseAdapter,
      script([
        'data: "text "\n\n',
        'data: {"delta": "more"}\n\n',
        'data: {"content": "replaced"}\n\n',
        `data: ${JSON.stringify({message: thought})}\n\n`,
        'data: {"metadata": {"status": "done", "duration": 1.5}}\n\n',
        `data: ${JSON.stringify({message: image})}\n\n`,
        'data: {"choices": [{"delta": {"content": "openai"}}]}\n\n',
        'data: {"unknown": "shape"}\n\n',
        'data: {"done": true}\n\n',
        'data: "after done"\n\n',
      ]),
    );
    expect(chunks).to.deep.equal([
      'text ',
      {delta: 'more'},
      {content: 'replaced'},
      {message: thought},
      {metadata: {status: 'done', duration: 1.5}},
      {message: image},
      {delta: 'openai'},
    ]);
  });

  it('yields the text of a chunk that also says done', async () => {
    const chunks = await collect(sseAdapter, script(['data: {"delta": "last", "done": true}\n\n', 'data: "never"\n\n']));
    expect(chunks).to.deep.equal([{delta: 'last'}]);
  });

  it('decodes a multibyte character split across two network writes', async () => {
    const e = utf8('é');
    const emoji = utf8('🙂');
    const chunks = await collect(
      sseAdapter,
      script([
        'data: {"delta": "caf',
        {bytes: [e[0]]},
        {pause: 40},
        {bytes: [e[1]]},
        '"}\n\ndata: ',
        {bytes: emoji.slice(0, 2)},
        {pause: 40},
        {bytes: emoji.slice(2)},
        '\n\n',
      ]),
    );
    expect(chunks).to.deep.equal([{delta: 'café'}, '🙂']);
  });

  it('reads a single event of 3 MB', async () => {
    const size = 3 * 1024 * 1024;
    const chunks = await collect(
      sseAdapter,
      script([{repeat: 'x', times: size, before: 'data: {"delta": "', after: '"}\n\n'}, 'data: {"delta": "end"}\n\n']),
    );
    expect(chunks.length).to.equal(2);
    const first = chunks[0] as {delta: string};
    expect(first.delta.length).to.equal(size);
    expect(/^x+$/.test(first.delta)).to.equal(true);
    expect(chunks[1]).to.deep.equal({delta: 'end'});
  });

  it('reads a response without Content-Type as SSE', async () => {
    for (const type of [null, 'application/octet-stream']) {
      const chunks = await collect(sseAdapter, script(['data: {"delta": "a"}\n\n', 'data: b\n\n'], {type}));
      expect(chunks, String(type)).to.deep.equal([{delta: 'a'}, 'b']);
    }
  });

  it('decodes by Content-Type, whatever the adapter guessed', async () => {
    const chunks = await collect(sseAdapter, script(['{"delta": "a"}\n', '{"delta": "b"}\n'], {type: 'application/x-ndjson'}));
    expect(chunks).to.deep.equal([{delta: 'a'}, {delta: 'b'}]);
  });

  it('yields nothing for an empty body', async () => {
    expect(await collect(sseAdapter, script([]))).to.deep.equal([]);
    expect(await collect(sseAdapter, script([': only a comment\n\n']))).to.deep.equal([]);
  });
});

describe('fetch adapter', () => {
  it('reads a response without Content-Type as text', async () => {
    const chunks = await collect(fetchAdapter, script(['data: not sse\n\n'], {type: null}));
    expect(appended(chunks)).to.equal('data: not sse\n\n');
  });

  it('appends text/plain piece by piece, as it arrives', async () => {
    const tag = uniqueTag('text');
    // The server writes the rest only once the test has seen the first piece:
    // paced writes may still reach the browser as one read.
    const iterator = (
      fetchAdapter(
        script(['Hello', {gate: tag}, ', ', {pause: 50}, '{"delta": "not json"}', {pause: 50}, ' "world"'], {
          type: 'text/plain; charset=utf-8',
          tag,
        }),
      ) as AsyncIterable<ChatChunk>
    )[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(first.value).to.equal('Hello');
    // The first piece came while the server was still writing.
    expect((await scriptSeen(tag)).finished).to.equal(false);
    await releaseGate(tag);
    const rest: ChatChunk[] = [];
    for (let step = await iterator.next(); !step.done; step = await iterator.next()) rest.push(step.value);
    expect(rest.every((chunk) => typeof chunk === 'string')).to.equal(true);
    expect(appended([first.value, ...rest])).to.equal('Hello, {"delta": "not json"} "world"');
  });

  it('decodes a multibyte character split across two writes of plain text', async () => {
    const emoji = utf8('👩‍💻');
    const chunks = await collect(
      fetchAdapter,
      script(['Code ', {bytes: emoji.slice(0, 3)}, {pause: 40}, {bytes: emoji.slice(3)}, ' done'], {type: 'text/plain'}),
    );
    expect(appended(chunks)).to.equal('Code 👩‍💻 done');
    expect(chunks.join('')).not.to.contain('\uFFFD');
  });

  it('reads application/json as one chunk, however it is split', async () => {
    const chunks = await collect(fetchAdapter, script(['{"content": "the whole', {pause: 40}, ' answer"}'], {type: 'application/json'}));
    expect(chunks).to.deep.equal([{content: 'the whole answer'}]);
  });

  it('reads NDJSON line by line', async () => {
    const chunks = await collect(
      fetchAdapter,
      script(
        [
          '{"delta": "a"}\n{"del',
          {pause: 30},
          'ta": "b"}\r\n\n',
          'plain line\n',
          '"json string"\n',
          '{"done": true}\n',
          '{"delta": "c"}\n',
        ],
        {
          type: 'application/x-ndjson',
        },
      ),
    );
    expect(chunks).to.deep.equal([{delta: 'a'}, {delta: 'b'}, 'plain line', 'json string']);
  });

  it('reads JSONL, including a last line without a line end', async () => {
    const chunks = await collect(
      fetchAdapter,
      script(['{"message": {"role": "assistant", "content": "hi"}}\n', {pause: 20}, '{"metadata": {"status": "done"}}'], {
        type: 'application/jsonl',
      }),
    );
    expect(chunks).to.deep.equal([{message: {role: 'assistant', content: 'hi'}}, {metadata: {status: 'done'}}]);
  });

  it('reads SSE when the Content-Type says so', async () => {
    const chunks = await collect(fetchAdapter, script(['data: {"delta": "a"}\n\n', 'data: [DONE]\n\n']));
    expect(chunks).to.deep.equal([{delta: 'a'}]);
  });

  it('yields nothing for an empty JSON body', async () => {
    expect(await collect(fetchAdapter, script([], {type: 'application/json'}))).to.deep.equal([]);
    expect(await collect(fetchAdapter, script([], {type: 'text/plain', status: 204}))).to.deep.equal([]);
  });
});

describe('sse and fetch requests', () => {
  it('POST the contract body as JSON, merged with config.body, headers and method', async () => {
    const files = [{url: 'data:text/plain;base64,aGk=', name: 'hi.txt', mime_type: 'text/plain'}];
    const messages = [
      {role: 'user' as const, content: files[0]},
      {role: 'user' as const, content: 'What is in it?'},
    ];
    for (const adapter of [sseAdapter, fetchAdapter]) {
      const [chunk] = await collect(
        adapter,
        makeRequest(
          {
            endpoint: '/api/streams/echo',
            method: 'put',
            headers: {'X-Api-Key': 'secret', Authorization: 'Bearer t'},
            body: {session: 'abc', temperature: 0.5},
          },
          {message: 'What is in it?', files, messages},
        ),
      );
      const received = JSON.parse((chunk as {content: string}).content);
      expect(received.method).to.equal('PUT');
      expect(received.headers['content-type']).to.equal('application/json');
      expect(received.headers['x-api-key']).to.equal('secret');
      expect(received.headers.authorization).to.equal('Bearer t');
      expect(received.body).to.deep.equal({message: 'What is in it?', files, messages, session: 'abc', temperature: 0.5});
    }
  });

  it('asks for an event stream from the sse adapter', async () => {
    const [chunk] = await collect(sseAdapter, makeRequest({endpoint: '/api/streams/echo'}));
    expect(JSON.parse((chunk as {content: string}).content).headers.accept).to.contain('text/event-stream');
  });

  it('lets config.body and headers override the defaults', async () => {
    const [chunk] = await collect(
      fetchAdapter,
      makeRequest({
        endpoint: '/api/streams/echo',
        headers: {'content-type': 'application/json; charset=utf-8'},
        body: {message: 'rewritten'},
      }),
    );
    const received = JSON.parse((chunk as {content: string}).content);
    expect(received.body.message).to.equal('rewritten');
    expect(received.headers['content-type']).to.equal('application/json; charset=utf-8');
  });

  it('sends no body with GET', async () => {
    const [chunk] = await collect(fetchAdapter, makeRequest({endpoint: '/api/streams/echo', method: 'GET'}));
    const received = JSON.parse((chunk as {content: string}).content);
    expect(received.method).to.equal('GET');
    expect(received.body).to.equal(null);
  });

  it('sends cookies by the credentials mode', async () => {
    await fetch('/api/streams/cookie');
    expect(document.cookie).to.contain('chat_blocks_test=yes');
    const seen = async (credentials: RequestCredentials) => {
      const [chunk] = await collect(fetchAdapter, makeRequest({endpoint: '/api/streams/echo', credentials}));
      return JSON.parse((chunk as {content: string}).content).headers.cookie ?? '';
    };
    expect(await seen('same-origin')).to.contain('chat_blocks_test=yes');
    expect(await seen('omit')).not.to.contain('chat_blocks_test');
  });
});

describe('sse and fetch failures', () => {
  const cases: Array<{name: string; status: number; type: string; body: string; message: string; code: string}> = [
    {name: '`error` string', status: 400, type: 'application/json', body: '{"error": "bad input"}', message: 'bad input', code: 'server'},
    {
      name: '`error.message`',
      status: 401,
      type: 'application/json',
      body: '{"error": {"message": "invalid key"}}',
      message: 'invalid key',
      code: 'server',
    },
    {name: '`detail`', status: 404, type: 'application/json', body: '{"detail": "Not Found"}', message: 'Not Found', code: 'server'},
    {
      name: 'FastAPI `detail` list',
      status: 422,
      type: 'application/json',
      body: '{"detail": [{"loc": ["body"], "msg": "field required"}]}',
      message: 'field required',
      code: 'server',
    },
    {
      name: 'plain text',
      status: 500,
      type: 'text/plain',
      body: '  Internal failure: out of memory \n',
      message: 'Internal failure: out of memory',
      code: 'server',
    },
    {name: 'empty body', status: 500, type: 'text/plain', body: '', message: 'HTTP 500 Internal Server Error', code: 'http'},
    {
      name: 'HTML error page',
      status: 502,
      type: 'text/html',
      body: '<html><body><h1>502 Bad Gateway</h1></body></html>',
      message: 'HTTP 502 Bad Gateway',
      code: 'http',
    },
    {
      name: 'JSON without a reason',
      status: 500,
      type: 'application/json',
      body: '{"ok": false}',
      message: 'HTTP 500 Internal Server Error',
      code: 'http',
    },
  ];
  for (const {name, status, type, body, message, code} of cases) {
    it(`fails on HTTP ${status} with a ${name} body`, async () => {
      const {error, chunks} = await chatError(sseAdapter, script([body], {status, type}));
      expect(chunks).to.deep.equal([]);
      expect(error.status).to.equal(status);
      expect(error.message).to.equal(message);
      expect(error.code).to.equal(code);
      expect(error.retryable).to.equal(status === 502);
    });
  }

  it('caps a long error text', async () => {
    const {error} = await chatError(fetchAdapter, script(['y'.repeat(20000)], {status: 500, type: 'text/plain'}));
    expect(error.message.length).to.be.at.most(500);
    expect(error.message.startsWith('yyyy')).to.equal(true);
  });

  it('marks 503 retryable with Retry-After in seconds', async () => {
    const {error} = await chatError(
      sseAdapter,
      script(['{"error": "busy"}'], {status: 503, type: 'application/json', headers: {'Retry-After': '7'}}),
    );
    expect(error.status).to.equal(503);
    expect(error.retryable).to.equal(true);
    expect(error.retryAfter).to.equal(7);
    expect(error.message).to.equal('busy');
  });

  it('reads Retry-After as an HTTP date on 429, which is shown rather than retried', async () => {
    const started = performance.now();
    const date = new Date(Date.now() + 30000).toUTCString();
    const {error} = await chatError(
      fetchAdapter,
      script(['Too many requests'], {status: 429, type: 'text/plain', headers: {'Retry-After': date}}),
    );
    // The date has whole seconds, and however long the request took has passed.
    const took = (performance.now() - started) / 1000;
    expect(error.retryable).to.equal(false);
    expect(error.retryAfter).to.be.within(Math.floor(29 - took), 31);
  });

  it('marks 504 retryable and 500 not', async () => {
    expect((await chatError(sseAdapter, script([''], {status: 504, type: 'text/plain'}))).error.retryable).to.equal(true);
    expect((await chatError(sseAdapter, script([''], {status: 500, type: 'text/plain'}))).error.retryable).to.equal(false);
  });

  it('fails with code network (retryable) when nothing listens', async () => {
    const {error} = await chatError(sseAdapter, makeRequest({endpoint: 'http://127.0.0.1:9/'}));
    expect(error.code).to.equal('network');
    expect(error.retryable).to.equal(true);
    expect(error.status).to.equal(undefined);
  });

  it('fails with code network when no endpoint is set', async () => {
    const {error} = await chatError(fetchAdapter, makeRequest({endpoint: ''}));
    expect(error.code).to.equal('network');
    expect(error.retryable).to.equal(false);
  });

  it('fails with code dropped when the connection breaks mid-reply, keeping what came', async () => {
    const {error, chunks} = await chatError(
      sseAdapter,
      script(['data: {"delta": "half a"}\n\n', {pause: 50}, 'data: {"delta": "sen', {pause: 50}, {drop: true}]),
    );
    expect(chunks).to.deep.equal([{delta: 'half a'}]);
    expect(error.code).to.equal('dropped');
    expect(error.retryable).to.equal(false);
  });

  it('marks a connection dropped before the first chunk retryable', async () => {
    for (const adapter of [sseAdapter, fetchAdapter]) {
      const {error, chunks} = await chatError(adapter, script([': hello\n', {pause: 50}, {drop: true}], {type: 'text/event-stream'}));
      expect(chunks).to.deep.equal([]);
      expect(error.code).to.equal('dropped');
      expect(error.retryable).to.equal(true);
    }
  });
});

describe('sse and fetch stop', () => {
  it('ends promptly with an AbortError when stopped mid-stream, and closes the connection', async () => {
    const tag = uniqueTag('abort');
    const controller = new AbortController();
    const writes: Write[] = [];
    for (let i = 0; i < 200; i++) writes.push(`data: {"delta": "${i} "}\n\n`, {pause: 20});
    const received: ChatChunk[] = [];
    let stopped = false;
    let caught: unknown;
    try {
      for await (const chunk of sseAdapter(script(writes, {tag}, {signal: controller.signal})) as AsyncIterable<ChatChunk>) {
        expect(stopped, 'a chunk arrived after the abort').to.equal(false);
        received.push(chunk);
        if (received.length === 3) {
          stopped = true;
          controller.abort();
        }
      }
    } catch (error) {
      caught = error;
    }
    // Promptly: the reading ended while the server still had most of its 4 s of writes to go.
    expect((await scriptSeen(tag)).finished, 'the adapter read to the end').to.equal(false);
    expect(isAbortError(caught), String(caught)).to.equal(true);
    expect(caught).not.to.be.instanceOf(ChatError);
    expect(received).to.deep.equal([{delta: '0 '}, {delta: '1 '}, {delta: '2 '}]);
    await serverSawClose(tag);
    expect((await scriptSeen(tag)).finished).to.equal(false);
  });

  it('ends a pending read at once when stopped while the server is silent', async () => {
    const tag = uniqueTag('abort-silent');
    const controller = new AbortController();
    const iterator = (
      fetchAdapter(script(['first', {hold: true}], {type: 'text/plain', tag}, {signal: controller.signal})) as AsyncIterable<ChatChunk>
    )[Symbol.asyncIterator]();
    expect((await iterator.next()).value).to.equal('first');
    // The server sends nothing more until the connection closes: only the
    // abort can end this read.
    let caught: unknown;
    let settled = false;
    iterator.next().then(
      () => (settled = true),
      (error) => {
        caught = error;
        settled = true;
      },
    );
    // Stopped a moment later, while the read waits on the silent server.
    setTimeout(() => controller.abort(), 50);
    await until(() => settled, 'the pending read ended');
    expect(isAbortError(caught), String(caught)).to.equal(true);
    await serverSawClose(tag);
  });

  it('fails at once with an AbortError when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const {error} = await failure(sseAdapter, script(['data: x\n\n'], {}, {signal: controller.signal}));
    expect(isAbortError(error)).to.equal(true);
  });

  it('closes the connection when the consumer stops reading', async () => {
    const tag = uniqueTag('return');
    // One write, then silence: nothing a second read could merge with the first.
    for await (const chunk of fetchAdapter(script(['one', {hold: true}], {type: 'text/plain', tag})) as AsyncIterable<ChatChunk>) {
      expect(chunk).to.equal('one');
      break;
    }
    await serverSawClose(tag);
  });
});
