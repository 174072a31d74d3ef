// Property tests: arbitrary message arrays (markdown and HTML soup, deep
// nesting, huge lines, NUL, lone surrogates, FileData and metadata fields of
// the wrong type) go through `messages`, through streamed chunks from a real
// route, and through a restored persisted history. Whatever they hold, the
// page sees no error, the widget still answers a send, and every well-formed
// message is rendered. Fixed seed and small run counts keep CI deterministic.
import {expect, fixture, fixtureCleanup, html} from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import type {ChatBlocks} from '../../src/index.js';
import {parts, sseScript, uniqueTag, until} from '../support/index.js';

const seed = 20261201;

const piece = fc.oneof(
  fc.constantFrom(
    '# heading\n',
    '**bold** _it_ ~~s~~ ',
    '`code` ',
    '```js\nlet x = 1;\n```\n',
    '$x^2$ $$\\frac{1}{2}$$ ',
    '> quote\n',
    '- item\n  - nested\n',
    '| a | b |\n|---|---|\n| 1 | 2 |\n',
    '[link](javascript:alert(1)) ',
    '![img](data:image/png;base64,xx) ',
    '<div><p>',
    '</p></div>',
    '<frameset><frame></frameset>',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<svg><foreignObject><math><mi>',
    '<table><tr><td>',
    '<style>*{display:none}</style>',
    '\u0000',
    '\ud800',
    '\udfff',
    '\u202e',
    '\n\n',
  ),
  fc.string({maxLength: 20}),
  fc.integer({min: 1, max: 200}).map((depth) => '>'.repeat(depth) + ' deep'),
  fc.integer({min: 1, max: 80}).map((depth) => '<div>'.repeat(depth) + 'deep' + '</div>'.repeat(depth)),
  fc.integer({min: 1, max: 60}).map((depth) => '  '.repeat(depth) + '- nested\n'),
  fc.constant('x'.repeat(20_000)),
);

/** Text that always holds something visible, so the rendered message is never empty. */
const soup = fc.array(piece, {maxLength: 8}).map((pieces) => `m ${pieces.join('')}`);

const wrong = fc.oneof(
  fc.integer(),
  fc.constant(null),
  fc.boolean(),
  fc.array(fc.integer(), {maxLength: 2}),
  fc.constant({}),
  fc.string({maxLength: 5}),
);

const wellFormed = fc.record({role: fc.constantFrom('user', 'assistant'), content: soup});

const malformed = fc.oneof(
  fc.record({
    role: fc.constantFrom('user', 'assistant'),
    content: fc.record({url: wrong, name: wrong, mime_type: wrong, size: wrong, path: wrong}),
  }),
  fc.record({
    role: fc.constantFrom('user', 'assistant'),
    content: soup,
    metadata: fc.record({title: wrong, status: wrong, id: wrong, duration: wrong, log: wrong}),
  }),
  fc.record({role: wrong, content: soup}),
  fc.record({role: fc.constantFrom('user', 'assistant'), content: wrong}),
  wrong,
);

type Entry = {wellFormed: boolean; value: unknown};
const entries = fc.array(
  fc.oneof(
    wellFormed.map((value): Entry => ({wellFormed: true, value})),
    malformed.map((value): Entry => ({wellFormed: false, value})),
  ),
  {maxLength: 6},
);

const errors: string[] = [];
const onError = (event: ErrorEvent) => errors.push(String(event.message));
const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
before(() => {
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});
after(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});

/** The widget still sends to a real route and shows the reply. */
async function stillAnswers(chat: ChatBlocks): Promise<void> {
  chat.endpoint = '/api/streams/script';
  chat.body = sseScript(['"pong"']);
  const before = chat.messages.length;
  await chat.send('ping');
  await until(() => chat.status === 'idle' && chat.messages.length === before + 2, 'the reply', 15000);
  await until(() => parts(chat, 'message').at(-1)?.textContent?.includes('pong') === true, 'the reply shows', 10000);
}

describe('<chat-blocks> with arbitrary messages (property tests)', function () {
  this.timeout(120_000);

  it('through `messages`: malformed arrays throw a TypeError; well-formed ones all render; a send still works', async () => {
    await fc.assert(
      fc.asyncProperty(entries, async (list) => {
        errors.length = 0;
        const chat = await fixture<ChatBlocks>(html`<chat-blocks style="height: 300px"></chat-blocks>`);
        try {
          const good = list.filter((entry) => entry.wellFormed).map((entry) => entry.value);
          let thrown: unknown;
          try {
            chat.messages = list.map((entry) => entry.value) as ChatBlocks['messages'];
          } catch (error) {
            thrown = error;
          }
          if (thrown !== undefined) expect(thrown).to.be.instanceOf(TypeError);
          chat.messages = good as ChatBlocks['messages'];
          await until(() => parts(chat, 'message').length === good.length, `${good.length} messages rendered`, 10000);
          await stillAnswers(chat);
          expect(errors).to.deep.equal([]);
        } finally {
          fixtureCleanup();
        }
      }),
      {seed, numRuns: 15, includeErrorInReport: true},
    );
  });

  it('through streamed chunks: the reply renders, nothing throws, the next send works', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(soup, {minLength: 1, maxLength: 6}), async (chunks) => {
        errors.length = 0;
        const chat = await fixture<ChatBlocks>(html`<chat-blocks style="height: 300px" endpoint="/api/streams/script"></chat-blocks>`);
        try {
          chat.body = sseScript(chunks.map((chunk) => JSON.stringify(chunk)));
          await chat.send('go');
          await until(() => chat.status !== 'streaming' && chat.status !== 'waiting', 'the stream ended', 15000);
          await until(() => parts(chat, 'message').length === 2, 'question and reply rendered', 10000);
          await stillAnswers(chat);
          expect(errors).to.deep.equal([]);
        } finally {
          fixtureCleanup();
        }
      }),
      {seed, numRuns: 15, includeErrorInReport: true},
    );
  });

  it('through a restored history: no error, every well-formed message of a clean history renders, a send works', async () => {
    await fc.assert(
      fc.asyncProperty(entries, async (list) => {
        errors.length = 0;
        const good = list.filter((entry) => entry.wellFormed).map((entry) => entry.value);
        const mixedKey = uniqueTag('properties-mixed');
        const cleanKey = uniqueTag('properties-clean');
        localStorage.setItem(mixedKey, JSON.stringify({messages: list.map((entry) => entry.value)}));
        localStorage.setItem(cleanKey, JSON.stringify({messages: good}));
        try {
          const mixed = await fixture<ChatBlocks>(
            html`<chat-blocks style="height: 300px" persist="local" storage-key=${mixedKey}></chat-blocks>`,
          );
          await mixed.updateComplete;
          await stillAnswers(mixed);
          fixtureCleanup();
          const clean = await fixture<ChatBlocks>(
            html`<chat-blocks style="height: 300px" persist="local" storage-key=${cleanKey}></chat-blocks>`,
          );
          await until(() => parts(clean, 'message').length === good.length, `${good.length} restored messages rendered`, 10000);
          await stillAnswers(clean);
          expect(errors).to.deep.equal([]);
        } finally {
          fixtureCleanup();
          localStorage.removeItem(mixedKey);
          localStorage.removeItem(cleanKey);
        }
      }),
      {seed, numRuns: 12, includeErrorInReport: true},
    );
  });
});
