// History that survives: <chat-blocks persist> in Web Storage across
// reloads (a new element with the same key, and a real reload of a page in
// an iframe), with the draft, interrupted replies, large files, a full quota
// and corrupt data; and the page's own history server with `messages` and
// `chat-change`.
import {expect, fixture, fixtureCleanup, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/index.js';
import type {ChatBlocks} from '../../src/index.js';
import type {ChatMessage} from '../../src/core/types.js';
import {expectEvent, part, releaseGate, renderedTexts, sseScript, uniqueTag, until, warningsDuring} from '../support/index.js';

const script = '/api/streams/script';

interface Stored {
  messages: ChatMessage[];
  draft: string;
  streamingIndex: number;
  waiting: boolean;
}

const stored = (storage: Storage, key: string): Stored | null => JSON.parse(storage.getItem(key) ?? 'null');

/** A persisting chat, as a page would write it. */
async function persistingChat(key: string, persist = 'local', endpoint = script) {
  return fixture<ChatBlocks>(html`<chat-blocks persist=${persist} storage-key=${key} endpoint=${endpoint}></chat-blocks>`);
}

/** "Reloads": a new element with the same key, as the page would create after a reload. */
async function reopen(key: string, persist = 'local') {
  const chat = document.createElement('chat-blocks');
  chat.setAttribute('persist', persist);
  chat.setAttribute('storage-key', key);
  chat.setAttribute('endpoint', script);
  document.body.append(chat);
  await chat.updateComplete;
  return chat;
}

/**
 * Takes an element out as a reload would: it is removed (which writes what
 * it has) and then kept from writing again, since a reloaded page's old
 * elements are gone for good.
 */
async function unload(chat: ChatBlocks): Promise<void> {
  chat.remove();
  chat.persist = 'none';
  await chat.updateComplete;
  chat.stop();
}

const keys: string[] = [];
const newKey = (name: string) => {
  const key = uniqueTag(`persist-${name}`);
  keys.push(key);
  return key;
};

describe('<chat-blocks persist>', () => {
  afterEach(() => {
    document.querySelectorAll('body > chat-blocks').forEach((chat) => chat.remove());
    for (const key of keys.splice(0)) {
      localStorage.removeItem(key);
      sessionStorage.removeItem(key);
    }
  });

  it('saves to localStorage under storage-key after each change, at most once a second while a reply streams', async () => {
    const key = newKey('throttle');
    const chat = await persistingChat(key);
    const words = Array.from({length: 30}, (_, i) => `w${i} `);
    // The server holds the last 20 words until the test has seen the reply
    // saved midway: on a slow machine the stream could otherwise end first.
    const gate = uniqueTag('persist-midway');
    const paced = (some: string[]) => some.flatMap((word) => [`data: ${JSON.stringify(word)}\n\n`, {pause: 80}]);
    chat.body = {type: 'text/event-stream', writes: [...paced(words.slice(0, 10)), {gate}, ...paced(words.slice(10)), 'data: [DONE]\n\n']};
    const setItem = Storage.prototype.setItem;
    const writes: Stored[] = [];
    Storage.prototype.setItem = function (this: Storage, name: string, value: string) {
      if (name === key) writes.push(JSON.parse(value));
      return setItem.call(this, name, value);
    };
    try {
      const started = performance.now();
      const sent = chat.send('count to thirty');
      await until(() => stored(localStorage, key)?.streamingIndex === 1, 'the reply is saved while it streams');
      const midway = stored(localStorage, key)!;
      expect(chat.status).to.equal('streaming');
      expect(midway.messages[0]).to.deep.equal({role: 'user', content: 'count to thirty'});
      // At least its first word: on a loaded machine the reply code and the adapter (loaded
      // with a page's first reply) can take over a second, so the throttle lets the first word through at once.
      expect(midway.messages[1].content).to.match(/^w0 /);
      expect(words.join('')).to.contain(midway.messages[1].content as string);
      expect(midway.messages[1].content).not.to.equal(words.join(''));
      await releaseGate(gate);
      await sent;
      const seconds = (performance.now() - started) / 1000;
      const streamingWrites = writes.filter((write) => write.streamingIndex === 1);
      // Unthrottled, 30 chunks would be 30 writes; throttled, one a second at
      // most (a slow machine stretches the stream, and so the allowance).
      expect(streamingWrites.length).to.be.within(1, Math.floor(seconds) + 2);
    } finally {
      Storage.prototype.setItem = setItem;
    }
    await until(() => stored(localStorage, key)?.streamingIndex === -1, 'the finished reply is saved');
    expect(stored(localStorage, key)).to.deep.equal({messages: chat.messages, draft: '', streamingIndex: -1, waiting: false});

    await until(() => part(chat, 'like-button') !== null, 'like shows');
    part(chat, 'like-button')!.click();
    await until(() => stored(localStorage, key)!.messages[1].liked === true, 'a like is saved');
    chat.clear();
    await until(() => stored(localStorage, key)!.messages.length === 0, 'clear is saved');
  });

  it('persist="session" keeps the history in sessionStorage', async () => {
    const key = newKey('session');
    const chat = await persistingChat(key, 'session');
    chat.body = sseScript(['"kept for the tab"']);
    await chat.send('remember me');
    await until(() => stored(sessionStorage, key)?.messages.length === 2, 'saved in sessionStorage');
    expect(localStorage.getItem(key)).to.equal(null);
    await unload(chat);
    const again = await reopen(key, 'session');
    expect(again.messages).to.deep.equal([
      {role: 'user', content: 'remember me'},
      {role: 'assistant', content: 'kept for the tab'},
    ]);
  });

  it('restores the history and the unsent draft on a new element with the same key', async () => {
    const key = newKey('restore');
    const chat = await persistingChat(key);
    chat.body = sseScript(['"Hello **again**"']);
    await chat.send('first visit');
    part<HTMLTextAreaElement>(chat, 'textbox')!.focus();
    await sendKeys({type: 'half a thought'});
    await until(() => stored(localStorage, key)?.draft === 'half a thought', 'the draft is saved');
    await unload(chat);

    const again = await reopen(key);
    expect(again.messages).to.deep.equal([
      {role: 'user', content: 'first visit'},
      {role: 'assistant', content: 'Hello **again**'},
    ]);
    await until(() => part<HTMLTextAreaElement>(again, 'textbox')?.value === 'half a thought', 'the draft is back in the textbox');
    await until(() => renderedTexts(again).join('|') === 'first visit|Hello again', 'the history renders');
    await expect(again).to.be.accessible();

    // Sending the draft clears it from storage too.
    again.body = sseScript(['"ok"']);
    part<HTMLTextAreaElement>(again, 'textbox')!.focus();
    await sendKeys({press: 'Enter'});
    await until(
      () => stored(localStorage, key)?.messages.length === 4 && stored(localStorage, key)?.draft === '',
      'the sent draft is gone',
    );
  });

  it('marks a reply cut by the reload as interrupted, with a retry button that works', async () => {
    const key = newKey('interrupted');
    const chat = await persistingChat(key);
    chat.body = sseScript(['"The first half"'], {hold: true});
    void chat.send('tell me everything');
    await until(() => chat.messages[1]?.content === 'The first half', 'the reply streams');
    await unload(chat);
    expect(stored(localStorage, key)).to.include({streamingIndex: 1});

    const again = await reopen(key);
    expect(again.messages).to.deep.equal([
      {role: 'user', content: 'tell me everything'},
      {role: 'assistant', content: 'The first half', error: again.strings.errorInterrupted},
    ]);
    expect(again.status).to.equal('idle');
    await until(() => part(again, 'message-error')?.textContent?.includes(again.strings.errorInterrupted) === true, 'interrupted shows');
    again.body = sseScript(['"The whole answer"']);
    const response = expectEvent(again, 'chat-response');
    part(again, 'retry-button')!.click();
    await response;
    expect(again.messages).to.deep.equal([
      {role: 'user', content: 'tell me everything'},
      {role: 'assistant', content: 'The whole answer'},
    ]);
    await until(() => stored(localStorage, key)?.messages[1]?.content === 'The whole answer', 'the retried reply is saved');
  });

  it('marks a reload while waiting for the first token as an interrupted reply; a pending thought is closed', async () => {
    const key = newKey('waiting');
    const chat = await persistingChat(key);
    chat.body = sseScript([], {hold: true});
    void chat.send('are you there?');
    await until(() => stored(localStorage, key)?.waiting === true, 'saved while waiting');
    await unload(chat);
    const again = await reopen(key);
    expect(again.messages).to.deep.equal([
      {role: 'user', content: 'are you there?'},
      {role: 'assistant', content: '', error: again.strings.errorInterrupted},
    ]);
    await until(() => part(again, 'retry-button') !== null, 'a retry button shows');
    await unload(again);

    localStorage.setItem(
      key,
      JSON.stringify({
        messages: [
          {role: 'user', content: 'think'},
          {role: 'assistant', content: 'Hmm', metadata: {title: 'Thinking', status: 'pending'}},
          {role: 'assistant', content: 'The answ'},
        ],
        draft: '',
        streamingIndex: 2,
        waiting: false,
      }),
    );
    const third = await reopen(key);
    expect(third.messages.slice(1)).to.deep.equal([
      {role: 'assistant', content: 'Hmm', metadata: {title: 'Thinking', status: 'done'}},
      {role: 'assistant', content: 'The answ', error: third.strings.errorInterrupted},
    ]);
  });

  it('a real reload of the page mid-reply keeps the reply as far as it got', async () => {
    const key = newKey('reload');
    const frame = document.createElement('iframe');
    frame.title = 'persisting page';
    frame.src = `/api/history/page?key=${key}`;
    const loaded = () => new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    let load = loaded();
    document.body.append(frame);
    try {
      await load;
      const chatIn = async () => {
        await frame.contentWindow!.customElements.whenDefined('chat-blocks');
        const chat = frame.contentDocument!.querySelector('chat-blocks') as ChatBlocks;
        await chat.updateComplete;
        return chat;
      };
      const chat = await chatIn();
      chat.body = sseScript(['"Streamed before the reload"'], {hold: true});
      void chat.send('reload soon');
      await until(() => chat.messages[1]?.content === 'Streamed before the reload', 'the reply streams');
      // Within the second of throttling: only leaving the page writes the reply.
      load = loaded();
      frame.contentWindow!.location.reload();
      await load;
      const after = await chatIn();
      expect(after).not.to.equal(chat);
      expect(after.messages).to.deep.equal([
        {role: 'user', content: 'reload soon'},
        {role: 'assistant', content: 'Streamed before the reload', error: after.strings.errorInterrupted},
      ]);
    } finally {
      frame.remove();
    }
  });

  it('writes a note instead of large inline files, keeps small ones', async () => {
    const key = newKey('large');
    const chat = await persistingChat(key);
    chat.adapter = async () => 'got them';
    const big = new File([new Uint8Array(100 * 1024).fill(7)], 'big.png', {type: 'image/png'});
    const small = new File(['tiny'], 'small.txt', {type: 'text/plain'});
    await chat.send({text: 'two files', files: [big, small]});
    expect((chat.messages[0].content as {url: string}).url.length).to.be.greaterThan(100 * 1024);
    await until(() => stored(localStorage, key)?.messages.length === 4, 'saved');
    const saved = stored(localStorage, key)!;
    expect(saved.messages[0]).to.deep.equal({role: 'user', content: '📎 big.png (too large to keep after a reload)'});
    expect(saved.messages[1].content).to.deep.include({name: 'small.txt', mime_type: 'text/plain'});
    expect((saved.messages[1].content as {url: string}).url).to.match(/^data:text\/plain/);
    expect(localStorage.getItem(key)!.length).to.be.below(2048);
    await unload(chat);
    const again = await reopen(key);
    await until(() => renderedTexts(again)[0]?.includes('big.png (too large to keep after a reload)') === true, 'the note shows');
  });

  it('a storage that refuses to save (QuotaExceededError): one console warning, and the widget works', async () => {
    const key = newKey('quota-stub');
    const setItem = Storage.prototype.setItem;
    let attempts = 0;
    Storage.prototype.setItem = function () {
      attempts++;
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const warned = await warningsDuring(async () => {
        const chat = await persistingChat(key);
        chat.body = sseScript(['"still "', '"working"'], {pause: 50});
        const response = expectEvent(chat, 'chat-response');
        await chat.send('is it full?');
        await response;
        await until(() => renderedTexts(chat).join('|') === 'is it full?|still working', 'the reply shows');
        const before = attempts;
        part(chat, 'like-button')!.click();
        await until(() => attempts > before, 'the like is saved (and refused)');
      });
      expect(attempts).to.be.greaterThan(2);
      expect(warned.filter((text) => text.includes('could not save the history'))).to.have.length(1);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('a really full storage: a warning, then files are left out to make the text fit', async () => {
    // sessionStorage belongs to this test's own page: the other test pages
    // that run at the same time share localStorage, and free room in it.
    const key = newKey('quota-real');
    const fill: string[] = [];
    const fillWith = (size: number) => {
      const block = 'x'.repeat(size);
      for (;;) {
        const name = `fill-${size}-${fill.length}`;
        try {
          sessionStorage.setItem(name, block);
          fill.push(name);
        } catch {
          return;
        }
      }
    };
    try {
      fillWith(256 * 1024);
      fillWith(4 * 1024);
      fillWith(256);
      let chat!: ChatBlocks;
      const warned = await warningsDuring(async (seen) => {
        chat = await persistingChat(key, 'session');
        chat.adapter = async () => 'fine';
        await chat.send('no room at all');
        await until(() => seen.some((text) => text.includes('could not save the history')), 'the save is refused with a warning');
      });
      expect(chat.messages.at(-1)).to.deep.equal({role: 'assistant', content: 'fine'});
      expect(warned.some((text) => text.includes('could not save the history'))).to.equal(true);
      expect(sessionStorage.getItem(key)).to.equal(null);

      // Room for the text, not for a 40 KB inline image.
      for (let freed = 0; freed < 8000;) {
        const name = fill.pop()!;
        freed += sessionStorage.getItem(name)!.length;
        sessionStorage.removeItem(name);
      }
      const image = new File([new Uint8Array(30 * 1024).fill(1)], 'photo.png', {type: 'image/png'});
      await chat.send({text: 'with a photo', files: [image]});
      await until(() => stored(sessionStorage, key)?.messages.length === 5, 'the text was saved');
      const saved = stored(sessionStorage, key)!;
      const kept = saved.messages[2].content;
      expect(typeof kept === 'string' ? kept : 'the inline file').to.equal('📎 photo.png (too large to keep after a reload)');
      expect(saved.messages[3]).to.deep.equal({role: 'user', content: 'with a photo'});
      expect((chat.messages[2].content as {url: string}).url).to.match(/^data:image\/png/);
    } finally {
      for (const name of fill) sessionStorage.removeItem(name);
    }
  });

  it('corrupt stored data: a console warning, an empty working widget, and the next save repairs it', async () => {
    for (const corrupt of ['{"messages": [oops', '{"messages": [{"role": "robot", "content": "x"}]}', 'null', '[1, 2]']) {
      const key = newKey('corrupt');
      localStorage.setItem(key, corrupt);
      let chat!: ChatBlocks;
      const warned = await warningsDuring(async () => {
        chat = await persistingChat(key);
      });
      expect(
        warned.filter((text) => text.includes('corrupt')),
        corrupt,
      ).to.have.length(1);
      expect(chat.messages, corrupt).to.deep.equal([]);
      chat.body = sseScript(['"works"']);
      await chat.send('hello');
      expect(chat.messages[1]).to.deep.equal({role: 'assistant', content: 'works'});
      await until(() => stored(localStorage, key)?.messages.length === 2, `the save repaired ${corrupt}`);
      fixtureCleanup();
    }
  });

  it('the page loads `messages` from its server and saves them there on chat-change (the README pattern)', async () => {
    const id = uniqueTag('conversation');
    const chat = await fixture<ChatBlocks>(html`<chat-blocks endpoint=${script}></chat-blocks>`);
    // As in the README:
    chat.messages = await (await fetch(`/api/history?id=${id}`)).json();
    chat.addEventListener('chat-change', (event) => {
      void fetch(`/api/history?id=${id}`, {method: 'PUT', body: JSON.stringify(event.detail.messages)});
    });
    await until(
      () => renderedTexts(chat).join('|') === 'What did we say yesterday?|That tests run over real HTTP.',
      'the loaded history renders',
    );

    let changes = 0;
    chat.addEventListener('chat-change', () => changes++);
    chat.body = sseScript(['"Yes, "', '"and "', '"more."'], {pause: 40});
    await chat.send('Anything else?');
    expect(changes, 'once per reply, not per token').to.equal(1);
    const server = async () => (await fetch(`/api/history?id=${id}`)).json();
    let saved: ChatMessage[] = [];
    await until(async () => (saved = await server()).length === 4, 'the server has the whole history');
    expect(saved).to.deep.equal(chat.messages);
    expect(saved[3]).to.deep.equal({role: 'assistant', content: 'Yes, and more.'});

    // Loaded again at any time (another tab wrote it, say): replaces the history.
    await fetch(`/api/history?id=${id}`, {method: 'PUT', body: JSON.stringify([{role: 'user', content: 'Elsewhere'}])});
    chat.messages = await server();
    await until(() => renderedTexts(chat).join('|') === 'Elsewhere', 'the reloaded history renders');
  });

  it('with persist, messages set by the page are saved too', async () => {
    const key = newKey('set');
    const chat = await persistingChat(key);
    chat.messages = [{role: 'user', content: 'set by the page'}];
    await until(() => stored(localStorage, key)?.messages[0]?.content === 'set by the page', 'saved');
  });
});
