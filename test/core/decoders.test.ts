import {expect} from '@open-wc/testing';
import {readWhole} from '../../src/core/decoders/json.js';
import {readLines} from '../../src/core/decoders/lines.js';
import {decodeResponse, formatOf} from '../../src/core/decoders/response.js';
import {readEvents} from '../../src/core/decoders/sse.js';

/** A real response from the scripted test route. */
function serve(writes: unknown[], type: string | null = 'text/event-stream'): Promise<Response> {
  return fetch('/api/streams/script', {
    method: 'POST',
    headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({writes, type}),
  });
}

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const result: T[] = [];
  for await (const item of items) result.push(item);
  return result;
}

describe('formatOf', () => {
  it('picks the decoder by Content-Type', () => {
    expect(formatOf('text/event-stream; charset=utf-8', 'text')).to.equal('sse');
    expect(formatOf('application/x-ndjson', 'sse')).to.equal('lines');
    expect(formatOf('application/jsonl', 'sse')).to.equal('lines');
    expect(formatOf('Application/JSON; charset=utf-8', 'sse')).to.equal('json');
    expect(formatOf('application/problem+json', 'sse')).to.equal('json');
    expect(formatOf('text/plain', 'sse')).to.equal('text');
    expect(formatOf('text/markdown', 'sse')).to.equal('text');
  });

  it('uses the guess when the type says nothing', () => {
    expect(formatOf(null, 'sse')).to.equal('sse');
    expect(formatOf('', 'text')).to.equal('text');
    expect(formatOf('application/octet-stream', 'sse')).to.equal('sse');
  });
});

describe('readEvents', () => {
  it('parses event names, ids, CR-only line ends and a leading BOM', async () => {
    const response = await serve([
      {bytes: [0xef, 0xbb, 0xbf]},
      'id: 1\revent: update\rdata: a\r\r',
      'retry: 1000\n: note\ndata: b\ndata:c\n\n',
    ]);
    const events = await all(readEvents(response.body!));
    expect(events.map(({event, id, data}) => ({event, id, data}))).to.deep.equal([
      {event: 'update', id: '1', data: 'a'},
      {event: undefined, id: undefined, data: 'b\nc'},
    ]);
  });
});

describe('readLines', () => {
  it('yields each non-empty line once, across writes', async () => {
    const response = await serve(['one\r\ntw', {pause: 20}, 'o\n\n  \nthree'], 'application/x-ndjson');
    expect(await all(readLines(response.body!))).to.deep.equal(['one', 'two', 'three']);
  });

  it('reads a 3 MB line arriving in many pieces', async () => {
    const response = await serve([{repeat: 'z', times: 3 * 1024 * 1024, after: '\nend\n'}], 'application/x-ndjson');
    const lines = await all(readLines(response.body!));
    expect(lines.map((line) => line.length)).to.deep.equal([3 * 1024 * 1024, 3]);
  });
});

describe('readWhole', () => {
  it('yields the whole body once', async () => {
    const response = await serve(['{"a":', {pause: 20}, ' 1}'], 'application/json');
    expect(await all(readWhole(response.body!))).to.deep.equal(['{"a": 1}']);
  });
});

describe('decodeResponse', () => {
  it('turns SSE done, error and heartbeat events into chunks', async () => {
    const response = await serve([
      'event: ping\ndata: 1\n\n',
      'data: {"delta": "x"}\n\n',
      'event: error\ndata: {"detail": "no"}\n\n',
      'event: done\ndata: \n\n',
    ]);
    expect(await all(decodeResponse(response, 'text'))).to.deep.equal([{delta: 'x'}, {error: 'no'}, {done: true}]);
  });

  it('appends text/plain as is, even when it looks like JSON', async () => {
    const response = await serve(['{"delta": "x"}'], 'text/plain');
    expect(await all(decodeResponse(response, 'sse'))).to.deep.equal(['{"delta": "x"}']);
  });
});

describe('the exported stream readers', () => {
  it('make a custom adapter a few lines, as the README shows', async () => {
    const {readServerSentEvents} = await import('../../src/index.js');
    const response = await serve([
      'event: token\ndata: {"value": "Hel"}\n\n',
      'event: token\ndata: {"value": "lo"}\n\n',
      'event: failed\ndata: Out of time\n\n',
    ]);
    const chunks: unknown[] = [];
    for await (const {event, data} of readServerSentEvents(response)) {
      if (event === 'token') chunks.push({delta: JSON.parse(data).value});
      if (event === 'failed') chunks.push({error: data});
    }
    expect(chunks).to.deep.equal([{delta: 'Hel'}, {delta: 'lo'}, {error: 'Out of time'}]);
  });

  it('readJsonLines parses each line, and fails with a format error on a line that is not JSON', async () => {
    const {readJsonLines, ChatError} = await import('../../src/index.js');
    expect(await all(readJsonLines(await serve(['{"a": 1}\n{"b"', ': 2}\n'], 'application/x-ndjson')))).to.deep.equal([{a: 1}, {b: 2}]);
    const warn = console.warn;
    console.warn = () => undefined;
    let error: unknown;
    try {
      await all(readJsonLines(await serve(['{"a": 1}\nnot json\n'], 'application/x-ndjson')));
    } catch (thrown) {
      error = thrown;
    } finally {
      console.warn = warn;
    }
    expect(error).to.be.instanceOf(ChatError);
    expect((error as InstanceType<typeof ChatError>).code).to.equal('format');
  });

  it('readTextStream yields the text as it arrives, from a Response or its body', async () => {
    const {readTextStream} = await import('../../src/index.js');
    expect((await all(readTextStream(await serve(['Hel', {pause: 30}, 'lo'], 'text/plain')))).join('')).to.equal('Hello');
    expect((await all(readTextStream((await serve(['body'], 'text/plain')).body!))).join('')).to.equal('body');
  });

  it('recognise NDJSON in text/plain by its content, and leave plain text alone', async () => {
    const ndjson = await serve(
      ['{"choices": [{"delta": {"content": "Hi"}}]}\n', '{"choices": [{"delta": {}, "finish_reason": "stop"}]}\n'],
      'text/plain',
    );
    expect(await all(decodeResponse(ndjson, 'text'))).to.deep.equal([{delta: 'Hi'}, {done: true}]);
    const text = await serve(['{not json}\nmore'], 'text/plain');
    expect((await all(decodeResponse(text, 'text'))).join('')).to.equal('{not json}\nmore');
  });
});
