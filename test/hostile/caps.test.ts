// Caps on what a backend sends, through the real <chat-blocks> over real
// HTTP (the scripted backend, /api/streams/script): each limit ends the
// reply with a visible error that names it, and the request is closed.
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {ChatBlocks} from '../../src/index.js';
import {expectEvent, part, renderedTexts, serverSawClose, uniqueTag, until} from '../support/index.js';

type Script = {type?: string; writes: unknown[]; tag?: string};

async function chatWith(script: Script, attributes: Record<string, string> = {}): Promise<ChatBlocks> {
  const chat = await fixture<ChatBlocks>(html`<chat-blocks endpoint="/api/streams/script"></chat-blocks>`);
  for (const [name, value] of Object.entries(attributes)) chat.setAttribute(name, value);
  chat.body = script;
  await chat.updateComplete;
  return chat;
}

/** Sends, waits for the reply's failure, and returns the error shown on it. */
async function failureOf(chat: ChatBlocks, timeout = 15000): Promise<{event: string; shown: string}> {
  const failed = expectEvent<{error: string}>(chat, 'chat-error', timeout);
  void chat.send('go');
  const {detail} = await failed;
  await until(() => part(chat, 'message-error') !== null, 'the error is shown');
  const shown = part(chat, 'message-error')!.querySelector('.error-text')!.textContent ?? '';
  return {event: detail.error, shown};
}

describe('caps on what a backend sends', function () {
  this.timeout(60000);

  it('fails an SSE event that never ends at max-event-size, and closes the request', async () => {
    const tag = uniqueTag('unended-event');
    // 5 MB of one event with no blank line after it, then the server waits for ever.
    const chat = await chatWith({tag, writes: [{repeat: 'x', times: 5_000_000, before: 'data: '}, {hold: true}]});
    const {shown} = await failureOf(chat);
    expect(shown).to.contain('max-event-size');
    expect(shown).to.contain('4000000');
    await serverSawClose(tag);
  });

  it('counts the event, not the stream: many small events pass a small max-event-size', async () => {
    const chat = await chatWith(
      {writes: [{repeat: 'data: {"delta":"ab"}\n\n', times: 2000}, 'data: [DONE]\n\n']},
      {'max-event-size': '100'},
    );
    const done = expectEvent(chat, 'chat-response', 15000);
    void chat.send('go');
    await done;
    await until(() => renderedTexts(chat).length === 2, 'the exchange shown');
    expect(renderedTexts(chat).at(-1)).to.equal('ab'.repeat(2000));
  });

  it('counts an event split over many network writes, and a blank line split across two', async () => {
    const writes: unknown[] = [];
    for (let i = 0; i < 50; i++) writes.push('data: {"delta":"abc"}\n', '\n');
    writes.push('data: ', {repeat: 'y', times: 60}, {repeat: 'y', times: 60}, '\n\n');
    const chat = await chatWith({writes}, {'max-event-size': '100'});
    const {shown} = await failureOf(chat);
    expect(shown).to.contain('max-event-size');
    expect(JSON.stringify(chat.messages)).to.contain('abc'.repeat(50));
  });

  it('fails an NDJSON line longer than max-event-size', async () => {
    const chat = await chatWith(
      {type: 'application/x-ndjson', writes: ['{"delta":"ok "}\n', {repeat: 'z', times: 5000, before: '{"delta":"'}, {hold: true}]},
      {'max-event-size': '1000'},
    );
    const {shown} = await failureOf(chat);
    expect(shown).to.contain('max-event-size');
  });

  it('fails a JSON body longer than max-event-size', async () => {
    const chat = await chatWith(
      {type: 'application/json', writes: [{repeat: 'z', times: 5000, before: '{"content":"', after: '"}'}]},
      {'max-event-size': '1000'},
    );
    const {shown} = await failureOf(chat);
    expect(shown).to.contain('max-event-size');
  });

  it('ends a reply that grows past max-reply-size, keeping what came before the limit', async () => {
    const tag = uniqueTag('long-reply');
    const chat = await chatWith(
      {
        tag,
        writes: [
          {repeat: 'data: {"delta":"0123456789"}\n\n', times: 500},
          {pause: 50},
          {repeat: 'data: {"delta":"0123456789"}\n\n', times: 500},
          {hold: true},
        ],
      },
      {'max-reply-size': '6000'},
    );
    const {shown} = await failureOf(chat);
    expect(shown).to.contain('max-reply-size');
    const text = chat.messages.at(-1)!.content as string;
    expect(text.length, text.slice(0, 50)).to.be.at.least(5000);
    expect(text.length).to.be.at.most(6000);
    await serverSawClose(tag);
  });

  it('ends a reply at the chunk that crosses max-reply-size however fast text comes: the text before the limit kept, no chunk after it read', async () => {
    const chat = await fixture<ChatBlocks>(html`<chat-blocks max-reply-size="5500" max-chunk-rate="1"></chat-blocks>`);
    // Numbered pieces of 1,000 characters, all far sooner than max-chunk-rate applies text: merged, they would be 100 KB.
    const piece = (i: number) => `${String(i).padStart(4, '0')}${'x'.repeat(996)}`;
    let read = 0;
    let closed = false;
    chat.adapter = async function* () {
      try {
        for (let i = 0; i < 100; i++) {
          read++;
          yield piece(i);
        }
      } finally {
        closed = true;
      }
    };
    const {shown} = await failureOf(chat);
    expect(shown).to.contain('max-reply-size');
    const sent = Array.from({length: 100}, (_, i) => piece(i)).join('');
    expect(chat.messages.at(-1)!.content).to.equal(sent.slice(0, 5500));
    // The sixth piece crosses the limit: the reply ends there and the stream is closed.
    expect(read).to.equal(6);
    expect(closed).to.equal(true);
  });

  it('counts plain text streams against max-reply-size too', async () => {
    const chat = await chatWith(
      {type: 'text/plain', writes: [{repeat: 'w', times: 3000}, {pause: 20}, {repeat: 'w', times: 3000}, {hold: true}]},
      {'max-reply-size': '4000'},
    );
    const {shown} = await failureOf(chat);
    expect(shown).to.contain('max-reply-size');
  });

  it('counts replies that replace their text by its latest size, not the sum', async () => {
    const writes: unknown[] = [];
    for (let i = 1; i <= 40; i++) writes.push(`data: {"content":"${'r'.repeat(i * 20)}"}\n\n`);
    writes.push('data: [DONE]\n\n');
    const chat = await chatWith({writes}, {'max-reply-size': '1000'});
    const done = expectEvent(chat, 'chat-response', 15000);
    void chat.send('go');
    await done;
    expect(chat.messages.at(-1)!.content).to.equal('r'.repeat(800));
  });

  it('caps a 900 KB {"error"} chunk like an HTTP error, and max-error-length sets the cap', async () => {
    const chat = await chatWith({writes: [{repeat: 'e', times: 900_000, before: 'data: {"error":"', after: '"}\n\n'}]});
    const {shown, event} = await failureOf(chat);
    expect(shown.trim().length).to.be.at.most(500);
    expect(event.length).to.be.at.most(500);
    expect(shown.trim().endsWith('…')).to.equal(true);

    const short = await chatWith(
      {writes: [{repeat: 'e', times: 2000, before: 'data: {"error":"', after: '"}\n\n'}]},
      {'max-error-length': '40'},
    );
    const capped = await failureOf(short);
    expect(capped.shown.trim().length).to.be.at.most(40);
  });

  it('merges a million tiny chunks: the reply is updated a few dozen times, not once per chunk', async function () {
    this.timeout(240000);
    // A million events, most of them empty deltas, so that rendering the
    // text costs little and the time is the chunks' own.
    const unit = 'data: {"delta":""}\n\n'.repeat(99) + 'data: ab\n\n';
    const chat = await chatWith({writes: [{repeat: unit, times: 10_000}, 'data: [DONE]\n\n']});
    // Every change of the history the elements are told about.
    let updates = 0;
    (chat as unknown as {session: {subscribe(listener: () => void): void}}).session.subscribe(() => updates++);
    const done = expectEvent(chat, 'chat-response', 230000);
    const started = performance.now();
    void chat.send('go');
    await done;
    const elapsed = performance.now() - started;
    console.log(`a million chunks: ${Math.round(elapsed)} ms, ${updates} updates`);
    expect(chat.messages.at(-1)!.content).to.equal('ab'.repeat(10_000));
    // Before merging, each of the 10,000 text chunks was applied, copying the
    // history and re-rendering the reply each time (11 s on an idle machine).
    // Merged, text is applied at most max-chunk-rate times a second (a timer
    // may fire 1 ms early), plus a few changes of status: a slow machine
    // stretches \`elapsed\` and so the allowance.
    expect(updates).to.be.at.most(Math.floor(elapsed / (1000 / chat.maxChunkRate - 1)) + 10);
  });
});
