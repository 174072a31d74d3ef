import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import type {ChatMessage} from '../../src/core/types.js';
import {markdownStats} from '../../src/render/markdown.js';
import {armXssTrap, expectInert, hitsOnceSettled, textPayloads, urlPayloads} from '../render/xss-corpus.js';
import {connectedList, messageAt, messageNodes, nextFrame, part, parts, standaloneList, until} from '../support/index.js';
import '../../src/components/chat-message-list/chat-message-list.js';
import type {ChatMessageList} from '../../src/components/chat-message-list/chat-message-list.js';

const conversation: ChatMessage[] = [
  {role: 'system', content: 'You are terse.'},
  {role: 'user', content: 'Hello **there**'},
  {role: 'assistant', content: 'Hi! Here is a list:\n\n- one\n- two'},
];

/** The widget's own buttons carry a part (or are the code copy / editor buttons). */
const ownButton = (button: Element) =>
  button.hasAttribute('part') || ['code-copy', 'image-button', 'text-button'].some((name) => button.classList.contains(name));

describe('<chat-message-list>', () => {
  describe('messages', () => {
    it('shows user and assistant messages with their parts, and no system message', async () => {
      const list = await standaloneList(conversation);
      const nodes = messageNodes(list);
      expect(nodes.map((n) => n.getAttribute('part'))).to.deep.equal(['message message-user', 'message message-assistant']);
      expect(nodes.map((n) => n.dataset.index)).to.deep.equal(['1', '2']);
      expect(list.shadowRoot!.textContent).to.not.contain('You are terse.');
      expect(part(nodes[0]!, 'message-content')!.querySelector('strong')?.textContent).to.equal('there');
      expect(part(nodes[1]!, 'message-content')!.querySelectorAll('li').length).to.equal(2);
    });

    it('shows text literally with plain-text', async () => {
      const list = await fixture<ChatMessageList>(
        html`<chat-message-list plain-text .messages=${[{role: 'user', content: '**not bold** <b>x</b>'}]}></chat-message-list>`,
      );
      const content = part(messageAt(list, 0), 'message-content')!;
      expect(content.textContent).to.equal('**not bold** <b>x</b>');
      expect(content.querySelector('strong, b')).to.equal(null);
    });

    it('renders what the connected controller holds and follows its changes', async () => {
      const {list, chat} = await connectedList({messages: conversation});
      expect(messageNodes(list).length).to.equal(2);
      chat.update({view: {messages: [...conversation, {role: 'user', content: 'More'}]}});
      await list.updateComplete;
      expect(messageNodes(list).length).to.equal(3);
      expect(part(messageAt(list, 3), 'message-content')!.textContent?.trim()).to.equal('More');
    });

    it('uses the strings and settings of the controller', async () => {
      const {list, chat} = await connectedList({messages: conversation}, {noFeedback: true});
      expect(part(list.shadowRoot!, 'like-button')).to.equal(null);
      chat.strings = {...chat.strings, messageListLabel: 'Unterhaltung'};
      chat.update({settings: {noFeedback: false}});
      await list.updateComplete;
      expect(list.shadowRoot!.querySelector('[role="log"]')!.getAttribute('aria-label')).to.equal('Unterhaltung');
      expect(part(list.shadowRoot!, 'like-button')).to.exist;
    });
  });

  describe('safety', () => {
    it('lets nothing hostile through from message text', async () => {
      const hits = armXssTrap();
      const messages: ChatMessage[] = textPayloads.flatMap((payload) => [
        {role: 'user', content: payload} as ChatMessage,
        {role: 'assistant', content: payload} as ChatMessage,
      ]);
      const list = await standaloneList(messages);
      const root = list.shadowRoot!;
      expectInert(root, ownButton);
      for (const content of parts(root, 'message-content')) {
        expect(content.querySelector('[part]'), 'no parts from a message').to.equal(null);
        expect(content.querySelector('[slot]'), 'no slots from a message').to.equal(null);
      }
      expect(await hitsOnceSettled(hits)).to.deep.equal([]);
      expect(getComputedStyle(document.body).display).to.not.equal('none');
      expect(getComputedStyle(document.body).color).to.not.equal('rgb(255, 0, 0)');
    });

    it('lets nothing hostile through from file URLs, names and alt text', async () => {
      const hits = armXssTrap();
      const messages: ChatMessage[] = [];
      for (const url of urlPayloads) {
        for (const mime_type of ['image/png', 'audio/wav', 'video/mp4', 'text/html', 'image/svg+xml', undefined]) {
          messages.push({role: 'assistant', content: {url, mime_type, name: 'evil.html'}});
        }
      }
      for (const payload of textPayloads.slice(0, 6)) {
        messages.push({role: 'user', content: {url: '/api/media/cat.png', mime_type: 'image/png', name: payload, alt_text: payload}});
        messages.push({role: 'user', content: {url: '/files/a.pdf', name: payload}});
      }
      const list = await standaloneList(messages);
      const root = list.shadowRoot!;
      expectInert(root, ownButton);
      // Every unsafe URL became an inert name: no link, no media element.
      for (let index = 0; index < urlPayloads.length * 6; index++) {
        const node = messageAt(list, index);
        expect(node.querySelector('a, img, audio, video'), `message ${index}`).to.equal(null);
        expect(node.querySelector('.file-inert')?.textContent).to.equal('evil.html');
      }
      // Hostile names and alt texts are text, not markup.
      const img = messageAt(list, urlPayloads.length * 6).querySelector('img')!;
      expect(img.getAttribute('alt')).to.equal(textPayloads[0]);
      expect(await hitsOnceSettled(hits)).to.deep.equal([]);
    });

    it('shows a server error as text, never as HTML', async () => {
      const hits = armXssTrap();
      const list = await standaloneList([
        {role: 'user', content: 'hi'},
        {role: 'assistant', content: 'partial', error: '<img src=x onerror="window.__xss(\'error\')"><b>bold</b>'},
      ]);
      const error = part(messageAt(list, 1), 'message-error')!;
      expect(error.querySelector('img, b')).to.equal(null);
      expect(error.textContent).to.contain('<b>bold</b>');
      expect(await hitsOnceSettled(hits)).to.deep.equal([]);
    });
  });

  describe('files', () => {
    it('shows images, audio, video and downloads by type or extension', async () => {
      const list = await standaloneList([
        {role: 'user', content: {url: '/api/media/cat.png', alt_text: 'A cat on a sofa'}},
        {role: 'user', content: {url: '/api/media/x', mime_type: 'image/jpeg', name: 'dog.jpg'}},
        {role: 'assistant', content: {url: '/api/media/song.mp3'}},
        {role: 'assistant', content: {url: '/api/media/v', mime_type: 'video/webm', name: 'clip'}},
        {role: 'assistant', content: {url: '/api/media/report.pdf', size: 2_500_000}},
        {role: 'assistant', content: {path: 'data:image/png;base64,iVBORw0KGgo=', name: 'inline.png'} as never},
      ]);
      const cat = messageAt(list, 0).querySelector('img')!;
      expect(cat.getAttribute('src')).to.equal('/api/media/cat.png');
      expect(cat.alt).to.equal('A cat on a sofa');
      expect(messageAt(list, 1).querySelector('img')!.alt).to.equal('dog.jpg');
      const audio = messageAt(list, 2).querySelector('audio')!;
      expect(audio.controls).to.equal(true);
      expect(audio.getAttribute('src')).to.equal('/api/media/song.mp3');
      const video = messageAt(list, 3).querySelector('video')!;
      expect(video.controls).to.equal(true);
      const link = messageAt(list, 4).querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('/api/media/report.pdf');
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(link.hasAttribute('download')).to.equal(true);
      expect(link.textContent).to.contain('report.pdf').and.contain('PDF').and.contain('2.5');
      expect(messageAt(list, 5).querySelector('img')!.getAttribute('src')).to.match(/^data:image\/png/);
      for (const node of messageNodes(list)) expect(part(node, 'message-content'), 'file in message-content').to.exist;
    });
  });

  describe('like and dislike', () => {
    it('fires chat-like standalone and toggles back to null', async () => {
      const list = await standaloneList(conversation);
      const reply = messageAt(list, 2);
      const like = part<HTMLButtonElement>(reply, 'like-button')!;
      const dislike = part<HTMLButtonElement>(reply, 'dislike-button')!;
      expect(like.getAttribute('aria-pressed')).to.equal('false');

      setTimeout(() => like.click());
      let event = await oneEvent(list, 'chat-like');
      expect(event.detail).to.deep.equal({index: 2, value: conversation[2]!.content, liked: true});
      expect(event.bubbles && event.composed).to.equal(true);
      await list.updateComplete;
      expect(like.getAttribute('aria-pressed')).to.equal('true');

      setTimeout(() => dislike.click());
      event = await oneEvent(list, 'chat-like');
      expect(event.detail.liked).to.equal(false);
      await list.updateComplete;
      expect(like.getAttribute('aria-pressed')).to.equal('false');
      expect(dislike.getAttribute('aria-pressed')).to.equal('true');

      setTimeout(() => dislike.click());
      event = await oneEvent(list, 'chat-like');
      expect(event.detail.liked).to.equal(null);
      await list.updateComplete;
      expect(dislike.getAttribute('aria-pressed')).to.equal('false');
    });

    it('shows the liked state a message already has', async () => {
      const list = await standaloneList([{role: 'assistant', content: 'a', liked: false}]);
      expect(part(messageAt(list, 0), 'dislike-button')!.getAttribute('aria-pressed')).to.equal('true');
    });

    it('is on assistant messages, on user messages with like-user-message, and hidden with no-feedback', async () => {
      const list = await standaloneList(conversation);
      expect(part(messageAt(list, 1), 'like-button')).to.equal(null);
      list.likeUserMessage = true;
      await list.updateComplete;
      expect(part(messageAt(list, 1), 'like-button')).to.exist;
      list.setAttribute('no-feedback', '');
      await list.updateComplete;
      expect(parts(list.shadowRoot!, 'like-button')).to.deep.equal([]);
      expect(parts(list.shadowRoot!, 'dislike-button')).to.deep.equal([]);
    });

    it('calls controller.like when connected, and fires nothing itself', async () => {
      const {list, chat} = await connectedList({messages: conversation});
      let fired = 0;
      list.addEventListener('chat-like', () => fired++);
      part<HTMLButtonElement>(messageAt(list, 2), 'like-button')!.click();
      await list.updateComplete;
      expect(chat.calls).to.deep.equal([['like', 2, true]]);
      expect(part(messageAt(list, 2), 'like-button')!.getAttribute('aria-pressed')).to.equal('true');
      part<HTMLButtonElement>(messageAt(list, 2), 'like-button')!.click();
      expect(chat.calls.at(-1)).to.deep.equal(['like', 2, null]);
      expect(fired).to.equal(0);
    });
  });

  describe('waiting and streaming', () => {
    it('shows a labelled waiting indicator while waiting for the first token', async () => {
      const {list, chat} = await connectedList({messages: [{role: 'user', content: 'hi'}], status: 'waiting'});
      const waiting = list.shadowRoot!.querySelector('.waiting')!;
      expect(waiting.getAttribute('role')).to.equal('status');
      expect(waiting.getAttribute('aria-label')).to.equal('Waiting for a reply…');
      chat.update({
        view: {
          messages: [
            {role: 'user', content: 'hi'},
            {role: 'assistant', content: 'H'},
          ],
          status: 'streaming',
          streamingIndex: 1,
        },
      });
      await nextFrame(list);
      expect(list.shadowRoot!.querySelector('.waiting')).to.equal(null);
    });

    it('shows the waiting indicator standalone with status="waiting"', async () => {
      const list = await standaloneList([{role: 'user', content: 'hi'}], {status: 'waiting'});
      expect(list.shadowRoot!.querySelector('.waiting[role="status"]')).to.exist;
    });

    it('streams in place without touching finished blocks', async () => {
      const user: ChatMessage = {role: 'user', content: 'Tell me'};
      const {list, chat} = await connectedList({messages: [user], status: 'waiting'});
      let text = '';
      const content = () => part(messageAt(list, 1), 'message-content')!;
      // Each chunk waits until it is on screen: a stream is drawn at a pace, not always in the next frame.
      const stream = async (chunk: string) => {
        text += chunk;
        chat.update({view: {messages: [user, {role: 'assistant', content: text}], status: 'streaming', streamingIndex: 1}});
        const [first, second = ''] = text.split('\n\n').map((paragraph) => paragraph.trim());
        const shown = () =>
          list.shadowRoot!.querySelector('[data-index="1"]')
            ? [...content().querySelectorAll('p')].map((paragraph) => paragraph.textContent?.trim())
            : [];
        await until(() => shown()[0] === first && (second === '' || shown()[1] === second), `"${text}" on screen`);
      };
      await stream('First paragraph, finished.\n\n');
      await stream('Second ');
      const firstParagraph = content().querySelector('p')!;
      expect(firstParagraph.textContent).to.equal('First paragraph, finished.');
      const renders = markdownStats.blockRenders;
      for (const chunk of ['paragraph ', 'grows ', 'word ', 'by ', 'word.']) await stream(chunk);
      // The finished paragraph is the very same node, and was never rendered again.
      expect(content().querySelector('p')).to.equal(firstParagraph);
      expect(markdownStats.blockRenders - renders).to.equal(5);
      expect(content().querySelectorAll('p')[1]!.textContent).to.equal('Second paragraph grows word by word.');
      chat.update({view: {status: 'idle', streamingIndex: -1}});
      await list.updateComplete;
      expect(content().querySelector('p')).to.equal(firstParagraph);
    });

    it('draws chunks that come faster than frames once per frame', async () => {
      const user: ChatMessage = {role: 'user', content: 'Go'};
      const {list, chat} = await connectedList({messages: [user], status: 'streaming', streamingIndex: 1});
      await nextFrame(list);
      let updates = 0;
      const original = list.requestUpdate.bind(list);
      list.requestUpdate = (...args: Parameters<typeof original>) => {
        updates++;
        return original(...args);
      };
      let text = '';
      for (let i = 0; i < 20; i++) {
        text += `w${i} `;
        chat.update({view: {messages: [user, {role: 'assistant', content: text}], status: 'streaming', streamingIndex: 1}});
      }
      await nextFrame(list);
      expect(updates).to.equal(1);
      expect(part(messageAt(list, 1), 'message-content')!.textContent).to.contain('w19');
    });
  });

  describe('failed replies', () => {
    const failed: ChatMessage[] = [
      {role: 'user', content: 'hi'},
      {role: 'assistant', content: 'Partial answer', error: 'The connection was lost.'},
    ];

    it('keeps the partial text and shows the error with a retry button', async () => {
      const {list, chat} = await connectedList({messages: failed, status: 'error'});
      const reply = messageAt(list, 1);
      expect(part(reply, 'message-content')!.textContent).to.contain('Partial answer');
      const error = part(reply, 'message-error')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('The connection was lost.');
      part<HTMLButtonElement>(error, 'retry-button')!.click();
      expect(chat.calls).to.deep.equal([['retry']]);
    });

    it('fires chat-retry standalone', async () => {
      const list = await standaloneList(failed);
      setTimeout(() => part<HTMLButtonElement>(messageAt(list, 1), 'retry-button')!.click());
      const event = await oneEvent(list, 'chat-retry');
      expect(event.detail).to.deep.equal({index: 1});
    });
  });

  describe('autoscroll', () => {
    const long = (count: number): ChatMessage[] =>
      Array.from(
        {length: count},
        (_, i) => ({role: i % 2 ? 'assistant' : 'user', content: `Message ${i}\n\nwith two paragraphs`}) as ChatMessage,
      );
    const log = (list: ChatMessageList) => list.shadowRoot!.querySelector<HTMLElement>('.log')!;
    const atEnd = (el: HTMLElement) => el.scrollHeight - el.scrollTop - el.clientHeight < 2;

    it('opens a long history at its end and follows new content', async () => {
      const {list, chat} = await connectedList({messages: long(40)}, {}, 'height: 300px');
      await until(() => atEnd(log(list)), 'starts at the end');
      chat.update({view: {messages: [...long(40), {role: 'user', content: 'newest\n\nmessage\n\nhere'}]}});
      await list.updateComplete;
      await until(() => atEnd(log(list)), 'follows');
      expect(part(list.shadowRoot!, 'scroll-button')).to.equal(null);
    });

    it('stays put once the user scrolls up, and offers a scroll button', async () => {
      const {list, chat} = await connectedList({messages: long(40)}, {}, 'height: 300px');
      await until(() => atEnd(log(list)));
      const scroller = log(list);
      scroller.dispatchEvent(new WheelEvent('wheel', {deltaY: -100}));
      scroller.scrollTop = 100;
      await until(() => part(list.shadowRoot!, 'scroll-button'), 'scroll button shown');
      for (let i = 0; i < 3; i++) {
        chat.update({view: {messages: [...chat.view.messages, {role: 'assistant', content: `more ${i}\n\nand more`}]}});
        await list.updateComplete;
      }
      // Following the end happens on a resize, observed in the frame after
      // layout: two frames later it would have happened.
      await nextFrame(list);
      await nextFrame(list);
      expect(scroller.scrollTop).to.equal(100);
      const button = part<HTMLButtonElement>(list.shadowRoot!, 'scroll-button')!;
      expect(button.getAttribute('aria-label')).to.equal('Scroll to the latest message');
      button.click();
      await until(() => atEnd(scroller), 'jumped to the end');
      await until(() => part(list.shadowRoot!, 'scroll-button') === null, 'button gone');
      chat.update({view: {messages: [...chat.view.messages, {role: 'assistant', content: 'followed\n\nagain'}]}});
      await list.updateComplete;
      await until(() => atEnd(scroller), 'follows again');
    });
  });

  describe('accessibility', () => {
    it('is a labelled log that announces each finished reply once', async () => {
      const user: ChatMessage = {role: 'user', content: 'hi'};
      const {list, chat} = await connectedList({messages: [user], status: 'waiting'});
      const logNode = list.shadowRoot!.querySelector('[role="log"]')!;
      expect(logNode.getAttribute('aria-label')).to.equal('Chat messages');
      const announcer = list.shadowRoot!.querySelector('.announcer')!;
      expect(announcer.getAttribute('aria-live')).to.equal('polite');
      chat.update({view: {messages: [user, {role: 'assistant', content: 'Hel'}], status: 'streaming', streamingIndex: 1}});
      await nextFrame(list);
      expect(announcer.textContent).to.equal('');
      chat.update({view: {messages: [user, {role: 'assistant', content: 'Hello **you**'}], status: 'streaming', streamingIndex: 1}});
      await nextFrame(list);
      expect(announcer.textContent).to.equal('');
      chat.update({view: {status: 'idle', streamingIndex: -1}});
      await list.updateComplete;
      expect(announcer.textContent).to.equal('Reply: Hello you');
      // A like re-renders, but announces nothing new.
      announcer.textContent = '';
      part<HTMLButtonElement>(messageAt(list, 1), 'like-button')!.click();
      await list.updateComplete;
      expect(announcer.textContent).to.equal('');
    });

    it('announces a reply with code without the copy button of its code block', async () => {
      const user: ChatMessage = {role: 'user', content: 'hi'};
      const {list, chat} = await connectedList({messages: [user], status: 'waiting'});
      const reply: ChatMessage = {role: 'assistant', content: 'Run:\n\n```sh\nls\n```'};
      chat.update({view: {messages: [user, reply], status: 'streaming', streamingIndex: 1}});
      await nextFrame(list);
      chat.update({view: {status: 'idle', streamingIndex: -1}});
      await list.updateComplete;
      expect(part(messageAt(list, 1), 'code-copy-button')).to.not.equal(null);
      expect(list.shadowRoot!.querySelector('.announcer')!.textContent).to.equal('Reply: Run: ls');
    });

    it('does not announce the history it opens with', async () => {
      const {list} = await connectedList({messages: conversation});
      expect(list.shadowRoot!.querySelector('.announcer')!.textContent).to.equal('');
    });

    it('passes axe with text, files, errors and the waiting indicator', async () => {
      const list = await standaloneList(
        [
          ...conversation,
          {role: 'user', content: {url: '/api/media/cat.png', alt_text: 'A cat'}},
          {role: 'assistant', content: {url: '/api/media/report.pdf', size: 1200}},
          {role: 'assistant', content: {url: 'javascript:alert(1)', name: 'bad.html'}},
          {role: 'assistant', content: 'Half', error: 'Stopped.'},
          {role: 'user', content: 'again'},
        ],
        {status: 'waiting'},
      );
      await expect(list).to.be.accessible();
    });
  });
});
