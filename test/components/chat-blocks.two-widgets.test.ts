import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {ChatBlocks} from '../../src/index.js';
import {deepQuery, part, parts, renderedTexts, sseScript, typeAndSend, uniqueTag, until} from '../support/index.js';
import {defined, openPage, sourceScript, type FramePage} from '../support/frame-page.js';

// Two widgets on one page share nothing: each talks to its own endpoint,
// keeps its own history and draft under its own storage key, fires its own
// events and keeps its own focus.

let page: FramePage | undefined;
afterEach(() => {
  page?.remove();
  page = undefined;
});

describe('two <chat-blocks> on one page', () => {
  it('keep endpoints, histories, storage keys, drafts, events and focus apart', async () => {
    page = await openPage(`<!doctype html><html lang="en"><head><meta charset="utf-8">${sourceScript}</head><body>
      <chat-blocks id="a" endpoint="/api/streams/script" persist="local" storage-key="two-widgets-a" style="height: 300px"></chat-blocks>
      <chat-blocks id="b" endpoint="/api/streams/script?b" persist="local" storage-key="two-widgets-b" style="height: 300px"></chat-blocks>
      </body></html>`);
    await defined(page);
    page.window.localStorage.removeItem('two-widgets-a');
    page.window.localStorage.removeItem('two-widgets-b');
    const [a, b] = ['a', 'b'].map((id) => page!.document.getElementById(id) as ChatBlocks);
    const events = {a: [] as string[], b: [] as string[]};
    for (const [name, chat] of [
      ['a', a],
      ['b', b],
    ] as const) {
      for (const type of ['chat-submit', 'chat-response', 'chat-change']) chat.addEventListener(type, () => events[name].push(type));
    }
    const urls: string[] = [];
    const fetch = page.window.fetch;
    page.window.fetch = (input, init) => {
      urls.push(String(input instanceof Request ? input.url : input));
      return fetch(input, init);
    };
    a.body = sseScript(['"reply A"']);
    b.body = sseScript(['"reply B"']);
    await until(() => !!part(a, 'textbox') && !!part(b, 'textbox'), 'both rendered');

    await typeAndSend(a, 'to A');
    await until(() => a.status === 'idle' && a.messages.length === 2, 'A answered', 15000);
    expect(renderedTexts(b)).to.deep.equal([]);
    expect(b.messages).to.deep.equal([]);
    expect(events.b).to.deep.equal([]);
    expect(events.a).to.include.members(['chat-submit', 'chat-response']);

    await typeAndSend(b, 'to B');
    await until(() => b.status === 'idle' && b.messages.length === 2, 'B answered', 15000);
    expect(urls.filter((url) => url.endsWith('?b')).length, 'B used its own endpoint once').to.equal(1);
    // The message views load with a page's first message (a chunk of their own): wait until they show.
    await until(() => renderedTexts(a).length === 2 && renderedTexts(b).length === 2, 'both conversations shown', 15000);
    expect(renderedTexts(a)).to.deep.equal(['to A', 'reply A']);
    expect(renderedTexts(b)).to.deep.equal(['to B', 'reply B']);

    // Each keeps its own history and draft under its own key.
    part<HTMLTextAreaElement>(a, 'textbox')!.focus();
    await sendKeys({type: 'draft of A'});
    await until(() => (page!.window.localStorage.getItem('two-widgets-a') ?? '').includes('draft of A'), 'A’s draft kept', 10000);
    expect(page.window.localStorage.getItem('two-widgets-a')).to.contain('reply A').and.not.contain('reply B');
    expect(page.window.localStorage.getItem('two-widgets-b') ?? '')
      .to.contain('reply B')
      .and.not.contain('draft of A');
    expect(part<HTMLTextAreaElement>(b, 'textbox')!.value).to.equal('');

    // Focus: b.focus() moves it to B's textbox only.
    b.focus();
    expect(b.shadowRoot!.activeElement ?? b.matches(':focus-within')).to.be.ok;
    expect(a.matches(':focus-within')).to.equal(false);
    expect(page.errors).to.deep.equal([]);
  });

  it('keep uploads apart: each widget uploads to its own endpoint and lists only its own file', async () => {
    const [keyA, keyB] = [uniqueTag('two-widgets-upload-a'), uniqueTag('two-widgets-upload-b')];
    page = await openPage(`<!doctype html><html lang="en"><head><meta charset="utf-8">${sourceScript}</head><body>
      <chat-blocks id="a" upload-endpoint="/api/upload-echo/upload?key=${keyA}" style="height: 300px"></chat-blocks>
      <chat-blocks id="b" upload-endpoint="/api/upload-echo/upload?key=${keyB}" style="height: 300px"></chat-blocks>
      </body></html>`);
    await defined(page);
    const [a, b] = ['a', 'b'].map((id) => page!.document.getElementById(id) as ChatBlocks);
    await until(() => !!deepQuery(a, 'input[type=file]') && !!deepQuery(b, 'input[type=file]'), 'both file inputs rendered');
    // Chooses a file in the page's own realm, as the file chooser would.
    const choose = (chat: ChatBlocks, name: string) => {
      const input = deepQuery<HTMLInputElement>(chat, 'input[type=file]')!;
      const transfer = new page!.window.DataTransfer();
      transfer.items.add(new page!.window.File([name], name, {type: 'text/plain'}));
      input.files = transfer.files;
      input.dispatchEvent(new page!.window.Event('change', {bubbles: true}));
    };
    // The route answers an empty body for a key that saw no upload.
    const seen = async (key: string) => {
      const body = await (await fetch(`/api/upload-echo/seen?key=${key}`)).text();
      return body ? JSON.parse(body) : null;
    };

    choose(a, 'only-a.txt');
    await until(() => part(a, 'file-preview')?.dataset.status === 'uploaded', 'A’s file uploaded', 15000);
    expect((await seen(keyA))?.files).to.deep.equal([{name: 'only-a.txt', type: 'text/plain', size: 10}]);
    expect(await seen(keyB), 'nothing reached B’s endpoint').to.equal(null);
    expect(parts(b, 'file-preview')).to.have.length(0);

    choose(b, 'only-b.txt');
    await until(() => part(b, 'file-preview')?.dataset.status === 'uploaded', 'B’s file uploaded', 15000);
    expect((await seen(keyB))?.files).to.deep.equal([{name: 'only-b.txt', type: 'text/plain', size: 10}]);
    expect((await seen(keyA))?.files, 'A’s endpoint saw only A’s file').to.deep.equal([{name: 'only-a.txt', type: 'text/plain', size: 10}]);
    const listed = (chat: ChatBlocks) => parts(chat, 'file-preview').map((item) => item.textContent ?? '');
    expect(listed(a)).to.have.length(1);
    expect(listed(b)).to.have.length(1);
    expect(listed(a)[0]).to.contain('only-a.txt').and.not.contain('only-b.txt');
    expect(listed(b)[0]).to.contain('only-b.txt').and.not.contain('only-a.txt');
    expect(page.errors).to.deep.equal([]);
  });
});
