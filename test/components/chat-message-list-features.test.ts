import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import type {ChatMessage} from '../../src/core/types.js';
import {connectedList, messageAt, messageNodes, nextFrame, part, parts, standaloneList, stubClipboard, until} from '../support/index.js';
import '../../src/components/chat-message-list/chat-message-list.js';
import type {ChatMessageList} from '../../src/components/chat-message-list/chat-message-list.js';

const exchange: ChatMessage[] = [
  {role: 'user', content: 'Write code'},
  {role: 'assistant', content: 'Here:\n\n```js\nconst answer = 42;\n```\n\nDone.'},
];

describe('<chat-message-list> features', () => {
  describe('code blocks', () => {
    it('have a copy button that copies the code alone, and get highlighted', async () => {
      const clipboard = stubClipboard();
      try {
        const list = await standaloneList(exchange);
        const reply = messageAt(list, 1);
        const button = part<HTMLButtonElement>(reply, 'code-copy-button')!;
        expect(button.textContent).to.equal('Copy code');
        button.click();
        await until(() => clipboard.writes.length === 1);
        expect(clipboard.writes).to.deep.equal(['const answer = 42;']);
        await until(() => button.textContent === 'Copied');
        await until(() => reply.querySelector('.hljs-keyword'), 'highlighted');
        // The header names the language with generated text: no element of its own.
        const block = reply.querySelector('.code-block')!;
        expect(getComputedStyle(block, '::before').content).to.equal('"js"');
        expect([...block.children].map((child) => child.localName)).to.deep.equal(['button', 'pre']);
      } finally {
        clipboard.restore();
      }
    });
  });

  describe('a message past max-markdown-length', () => {
    it('stays formatted once asked while the history grows, and not for another history', async () => {
      const long = `**bold** start\n\n${'word '.repeat(400)}`;
      const history: ChatMessage[] = [
        {role: 'user', content: 'Tell me'},
        {role: 'assistant', content: long},
      ];
      const list = await fixture<ChatMessageList>(
        html`<chat-message-list max-markdown-length="1000" .messages=${history}></chat-message-list>`,
      );
      await list.updateComplete;
      const strong = () => part(messageAt(list, 1), 'message-content')!.querySelector('strong');
      expect(strong(), 'plain at first').to.equal(null);
      part<HTMLButtonElement>(messageAt(list, 1), 'show-formatted-button')!.click();
      await until(strong, 'formatted on request');
      list.messages = [...history, {role: 'user', content: 'And then?'}];
      await list.updateComplete;
      expect(strong(), 'still formatted after an append').to.not.equal(null);
      list.messages = [history[0]!, {role: 'assistant', content: `${long} again`}];
      await list.updateComplete;
      expect(strong(), 'another message at that place is plain').to.equal(null);
      expect(part(messageAt(list, 1), 'show-formatted-button')).to.not.equal(null);
    });
  });

  describe('math', () => {
    it('renders $$…$$ with KaTeX, and $…$ with inline-math', async () => {
      const list = await standaloneList([{role: 'assistant', content: 'Area: $$\\pi r^2$$ and $x$'}]);
      await until(() => messageAt(list, 0).querySelector('math'), 'math rendered');
      expect(messageAt(list, 0).querySelectorAll('math').length).to.equal(1);
      list.inlineMath = true;
      await list.updateComplete;
      await until(() => messageAt(list, 0).querySelectorAll('math').length === 2);
    });

    it('renders math while a reply streams', async () => {
      const user: ChatMessage = {role: 'user', content: 'math?'};
      const {list, chat} = await connectedList({messages: [user], status: 'waiting'});
      const send = async (content: string) => {
        chat.update({view: {messages: [user, {role: 'assistant', content}], status: 'streaming', streamingIndex: 1}});
        await nextFrame(list);
      };
      await send('Sure: $$a^2 + b^2');
      expect(messageAt(list, 1).querySelector('math')).to.equal(null);
      await send('Sure: $$a^2 + b^2 = c^2$$');
      await until(() => messageAt(list, 1).querySelector('math'), 'math while streaming');
    });
  });

  describe('reasoning tags', () => {
    it('show <think> text as a thought, pending and open until closed', async () => {
      const user: ChatMessage = {role: 'user', content: 'why?'};
      const {list, chat} = await connectedList({messages: [user], status: 'streaming', streamingIndex: 1});
      chat.update({view: {messages: [user, {role: 'assistant', content: '<think>Let me **think**'}]}});
      await nextFrame(list);
      let thought = part<HTMLDetailsElement>(messageAt(list, 1), 'thought')!;
      expect(thought.open).to.equal(true);
      expect(thought.querySelector('.spinner')).to.exist;
      expect(thought.querySelector('summary')!.textContent).to.contain('Thinking');
      expect(thought.querySelector('strong')?.textContent).to.equal('think');
      chat.update({view: {messages: [user, {role: 'assistant', content: '<think>Let me **think**</think>The answer is 42.'}]}});
      await nextFrame(list);
      chat.update({view: {status: 'idle', streamingIndex: -1}});
      await list.updateComplete;
      thought = part<HTMLDetailsElement>(messageAt(list, 1), 'thought')!;
      expect(thought.open).to.equal(false);
      expect(thought.querySelector('.spinner')).to.equal(null);
      expect(part(messageAt(list, 1), 'message-content')!.textContent).to.contain('The answer is 42.');
      expect(part(messageAt(list, 1), 'message-content')!.textContent).to.not.contain('<think>');
      // The finished reply is announced without its reasoning.
      expect(list.shadowRoot!.querySelector('.announcer')!.textContent).to.equal('Reply: The answer is 42.');
    });
  });

  describe('thoughts', () => {
    const thoughts = (status: 'pending' | 'done'): ChatMessage[] => [
      {role: 'user', content: 'Find it'},
      {
        role: 'assistant',
        content: 'Looking in **two** places',
        metadata: {title: 'Using the *search* tool', id: 'search', status, duration: 1.25, log: 'query: cats'},
      },
      {role: 'assistant', content: 'Found 3 results', metadata: {title: 'Reading results', parent_id: 'search', status}},
      {role: 'assistant', content: 'It is here.'},
    ];

    it('are collapsible panels with a markdown title, spinner, duration and log', async () => {
      const {list} = await connectedList({messages: thoughts('pending')});
      const node = messageAt(list, 1);
      expect(node.getAttribute('part')).to.equal('message message-assistant');
      const thought = part<HTMLDetailsElement>(node, 'thought')!;
      const summary = thought.querySelector('summary')!;
      expect(summary.querySelector('em')?.textContent).to.equal('search');
      expect(summary.querySelector('.spinner')).to.exist;
      expect(summary.textContent).to.contain('In progress');
      expect(summary.querySelector('.muted.thought-duration')?.textContent).to.equal('1.3 s');
      expect(summary.querySelector('.muted.thought-log')?.textContent).to.equal('query: cats');
      expect(thought.open).to.equal(true);
      // The child thought is nested inside its parent.
      expect(thought.querySelector('[data-index="2"] [part~="thought"]')).to.exist;
    });

    it('close when done unless the user opened them', async () => {
      const {list, chat} = await connectedList({messages: thoughts('pending')});
      const thought = () => part<HTMLDetailsElement>(messageAt(list, 1), 'thought')!;
      chat.update({view: {messages: thoughts('done')}});
      await list.updateComplete;
      expect(thought().open).to.equal(false);
      expect(thought().querySelector(':scope > summary .spinner')).to.equal(null);
      thought().querySelector('summary')!.click();
      await list.updateComplete;
      expect(thought().open).to.equal(true);
      chat.update({view: {messages: [...thoughts('done'), {role: 'user', content: 'thanks'}]}});
      await list.updateComplete;
      expect(thought().open, 'stays as the user set it').to.equal(true);
      thought().querySelector('summary')!.click();
      await list.updateComplete;
      expect(thought().open).to.equal(false);
    });

    it('stay closed while pending if the user closed them', async () => {
      const {list} = await connectedList({messages: thoughts('pending')});
      const thought = part<HTMLDetailsElement>(messageAt(list, 1), 'thought')!;
      const summary = thought.querySelector('summary')!;
      summary.focus();
      await sendKeys({press: 'Enter'});
      await list.updateComplete;
      expect(thought.open).to.equal(false);
    });
  });

  describe('media', () => {
    it('opens an image full size and closes it with Escape', async () => {
      const list = await standaloneList([{role: 'user', content: {url: '/api/media/cat.png', alt_text: 'A cat'}}]);
      const opener = messageAt(list, 0).querySelector<HTMLButtonElement>('.image-button')!;
      opener.focus();
      opener.click();
      await list.updateComplete;
      const viewer = part<HTMLDialogElement>(list.shadowRoot!, 'image-viewer')!;
      await until(() => viewer.open, 'viewer open');
      expect(viewer.getAttribute('aria-label')).to.equal('Full-size image');
      const image = viewer.querySelector('img')!;
      expect(image.getAttribute('src')).to.equal('/api/media/cat.png');
      expect(image.alt).to.equal('A cat');
      await expect(list).to.be.accessible();
      await sendKeys({press: 'Escape'});
      await until(() => part(list.shadowRoot!, 'image-viewer') === null, 'viewer closed');
      expect(list.shadowRoot!.activeElement).to.equal(opener);
    });

    it('shows download chips with name, type and size', async () => {
      const list = await standaloneList([{role: 'assistant', content: {url: '/api/media/report.pdf', name: 'Q3 report.pdf', size: 2048}}]);
      const chip = messageAt(list, 0).querySelector('a.file-chip')!;
      expect(chip.querySelector('.file-name')!.textContent).to.equal('Q3 report.pdf');
      expect(chip.querySelector('.file-meta')!.textContent).to.contain('PDF').and.contain('2 KB');
      expect(chip.getAttribute('aria-label')).to.contain('Download Q3 report.pdf');
    });
  });

  describe('layout', () => {
    it('groups consecutive messages of one role', async () => {
      const list = await standaloneList([
        {role: 'user', content: {url: '/api/media/cat.png'}},
        {role: 'user', content: 'Look at this'},
        {role: 'assistant', content: 'Nice'},
        {role: 'assistant', content: 'Really'},
      ]);
      const groups = [...list.shadowRoot!.querySelectorAll('.group')];
      expect(groups.length).to.equal(2);
      expect(groups[0]!.querySelectorAll('[part~="message-user"]').length).to.equal(2);
      expect(groups[1]!.querySelectorAll('[part~="message-assistant"]').length).to.equal(2);
    });

    it('shows avatars once per group', async () => {
      const list = await fixture<ChatMessageList>(
        html`<chat-message-list
          avatar-user="/api/media/avatar.png"
          avatar-assistant="javascript:alert(1)"
          .messages=${[
            {role: 'user', content: 'a'},
            {role: 'user', content: 'b'},
            {role: 'assistant', content: 'c'},
          ]}
        ></chat-message-list>`,
      );
      const avatars = parts<HTMLImageElement>(list.shadowRoot!, 'avatar');
      expect(avatars.length, 'the unsafe assistant avatar is dropped').to.equal(1);
      expect(avatars[0]!.getAttribute('src')).to.equal('/api/media/avatar.png');
    });

    it('lays out bubbles at both sides, and panels full width', async () => {
      const list = await standaloneList([
        {role: 'user', content: 'short'},
        {role: 'assistant', content: 'short too'},
      ]);
      list.style.width = '600px';
      await list.updateComplete;
      const user = part(messageAt(list, 0), 'message-content')!.getBoundingClientRect();
      const assistant = part(messageAt(list, 1), 'message-content')!.getBoundingClientRect();
      const host = list.getBoundingClientRect();
      expect(host.right - user.right).to.be.lessThan(40);
      expect(assistant.left - host.left).to.be.lessThan(40);
      list.layout = 'panel';
      await list.updateComplete;
      const panelUser = part(messageAt(list, 0), 'message-content')!.getBoundingClientRect();
      expect(panelUser.left - host.left).to.be.lessThan(60);
      expect(panelUser.width).to.be.greaterThan(400);
    });

    it('lays out right to left with dir="rtl"', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="rtl" style="width: 600px">
          <chat-message-list
            .messages=${[
              {role: 'user', content: 'שלום'},
              {role: 'assistant', content: 'היי'},
            ]}
          ></chat-message-list>
        </div>`,
      );
      const list = wrapper.querySelector('chat-message-list')!;
      await list.updateComplete;
      const host = list.getBoundingClientRect();
      const user = part(messageAt(list, 0), 'message-content')!.getBoundingClientRect();
      const assistant = part(messageAt(list, 1), 'message-content')!.getBoundingClientRect();
      expect(user.left - host.left, 'user message at the left').to.be.lessThan(40);
      expect(host.right - assistant.right, 'assistant message at the right').to.be.lessThan(40);
    });

    it('keeps whatever a message holds inside its bubble', async () => {
      const list = await standaloneList([
        {
          role: 'assistant',
          content: `<div style="position:fixed;inset:0">x</div>\n\n| ${'wide '.repeat(60)} |\n|---|\n| x |\n\n${'longword'.repeat(40)}\n\n<img src="/api/media/wide.png" width="3000" height="20">`,
        },
        {role: 'user', content: 'after'},
      ]);
      list.style.width = '500px';
      await list.updateComplete;
      const bubble = part(messageAt(list, 0), 'message-content')!;
      await until(() => [...bubble.querySelectorAll('img')].every((img) => img.complete), 'the wide image loaded');
      const box = bubble.getBoundingClientRect();
      const host = list.getBoundingClientRect();
      expect(box.right).to.be.at.most(host.right + 1);
      for (const element of bubble.querySelectorAll('*')) {
        expect(getComputedStyle(element).position, element.localName).to.not.equal('fixed');
      }
      expect(getComputedStyle(bubble).contain).to.match(/paint|content|strict/);
    });
  });

  describe('empty state', () => {
    it('shows a greeting from strings and the examples as cards', async () => {
      const list = await fixture<ChatMessageList>(
        html`<chat-message-list
          .strings=${{greeting: 'Frag mich etwas'}}
          .examples=${['What is Lit?', {text: 'Describe this', files: [{url: '/api/media/cat.png', mime_type: 'image/png', name: 'cat.png'}]}]}
        ></chat-message-list>`,
      );
      expect(list.shadowRoot!.querySelector('.greeting')!.textContent).to.equal('Frag mich etwas');
      const cards = parts<HTMLButtonElement>(list.shadowRoot!, 'example');
      expect(cards.map((c) => c.textContent!.trim())).to.deep.equal(['What is Lit?', 'Describe this']);
      expect(cards[1]!.querySelector('img')!.getAttribute('src')).to.equal('/api/media/cat.png');
      setTimeout(() => cards[1]!.click());
      const event = await oneEvent(list, 'chat-submit');
      expect(event.detail.text).to.equal('Describe this');
      expect(event.detail.files.length).to.equal(1);
      expect(event.cancelable).to.equal(true);
      await expect(list).to.be.accessible();
    });

    it('shows thumbnails of image files given as File objects', async () => {
      const png = await (await fetch('/api/media/cat.png')).blob();
      const file = new File([png], 'cat.png', {type: 'image/png'});
      const svg = new File(['<svg xmlns="http://www.w3.org/2000/svg"/>'], 'vector.svg', {type: 'image/svg+xml'});
      const list = await fixture<ChatMessageList>(
        html`<chat-message-list .examples=${[{text: 'Look', files: [file, svg]}]}></chat-message-list>`,
      );
      const card = part(list.shadowRoot!, 'example')!;
      const thumbs = card.querySelectorAll('img');
      expect(thumbs.length).to.equal(1);
      expect(thumbs[0]!.getAttribute('src')).to.match(/^blob:/);
      expect(thumbs[0]!.alt).to.equal('cat.png');
      expect(card.textContent).to.contain('vector.svg');
      await until(() => thumbs[0]!.complete && thumbs[0]!.naturalWidth > 0, 'thumbnail loads');
    });

    it('shows content given in the empty slot instead of the greeting', async () => {
      const list = await fixture<ChatMessageList>(html`<chat-message-list><p slot="empty">Custom hello</p></chat-message-list>`);
      const slot = list.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="empty"]')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Custom hello');
    });

    it('sends an example through the controller when connected, and hides once there are messages', async () => {
      const {list, chat} = await connectedList({}, {examples: ['Hi there']});
      part<HTMLButtonElement>(list.shadowRoot!, 'example')!.click();
      expect(chat.calls).to.deep.equal([['submit', {text: 'Hi there', files: []}]]);
      chat.update({view: {messages: [{role: 'user', content: 'Hi there'}]}});
      await list.updateComplete;
      expect(part(list.shadowRoot!, 'example')).to.equal(null);
      expect(list.shadowRoot!.querySelector('slot[name="empty"]')).to.equal(null);
    });
  });

  describe('options', () => {
    const withOptions: ChatMessage[] = [
      {role: 'user', content: 'Pick'},
      {role: 'assistant', content: 'Which one?', options: [{value: 'red', label: 'Red'}, {value: 'blue'}]},
    ];

    it('show on the last reply and are chosen through the controller', async () => {
      const {list, chat} = await connectedList({messages: withOptions});
      const options = parts<HTMLButtonElement>(messageAt(list, 1), 'option');
      expect(options.map((o) => o.textContent!.trim())).to.deep.equal(['Red', 'blue']);
      options[0]!.click();
      expect(chat.calls).to.deep.equal([['chooseOption', 1, 'red']]);
      chat.update({view: {messages: [...withOptions, {role: 'user', content: 'red'}]}});
      await list.updateComplete;
      expect(parts(list.shadowRoot!, 'option')).to.deep.equal([]);
    });

    it('fire chat-option standalone', async () => {
      const list = await standaloneList(withOptions);
      setTimeout(() => parts<HTMLButtonElement>(messageAt(list, 1), 'option')[1]!.click());
      const event = await oneEvent(list, 'chat-option');
      expect(event.detail).to.deep.equal({index: 1, value: 'blue'});
    });
  });

  describe('message actions', () => {
    it('copy a message as its rendered, visible text', async () => {
      const clipboard = stubClipboard();
      try {
        const list = await standaloneList(exchange);
        const copy = part<HTMLButtonElement>(messageAt(list, 1), 'copy-button')!;
        expect(copy.getAttribute('aria-label')).to.equal('Copy');
        copy.click();
        await until(() => clipboard.writes.length === 1);
        expect(clipboard.writes[0]).to.equal('Here:\n\nconst answer = 42;\n\nDone.');
        await until(() => copy.getAttribute('aria-label') === 'Copied');
      } finally {
        clipboard.restore();
      }
    });

    it('retry and undo the last reply, disabled while a reply streams', async () => {
      const {list, chat} = await connectedList({messages: exchange});
      expect(parts(list.shadowRoot!, 'retry-button').length, 'only on the last reply').to.equal(1);
      part<HTMLButtonElement>(messageAt(list, 1), 'retry-button')!.click();
      part<HTMLButtonElement>(messageAt(list, 1), 'undo-button')!.click();
      expect(chat.calls).to.deep.equal([['retry'], ['undo']]);
      chat.update({
        view: {
          messages: [...exchange, {role: 'user', content: 'more'}, {role: 'assistant', content: 'str'}],
          status: 'streaming',
          streamingIndex: 3,
        },
      });
      await nextFrame(list);
      expect(part<HTMLButtonElement>(messageAt(list, 3), 'retry-button')!.disabled).to.equal(true);
      expect(part<HTMLButtonElement>(messageAt(list, 3), 'undo-button')!.disabled).to.equal(true);
      expect(part(messageAt(list, 1), 'retry-button'), 'not on an older reply').to.equal(null);
    });

    it('fire chat-retry and chat-undo standalone', async () => {
      const list = await standaloneList(exchange);
      setTimeout(() => part<HTMLButtonElement>(messageAt(list, 1), 'retry-button')!.click());
      expect((await oneEvent(list, 'chat-retry')).detail).to.deep.equal({index: 1});
      setTimeout(() => part<HTMLButtonElement>(messageAt(list, 1), 'undo-button')!.click());
      expect((await oneEvent(list, 'chat-undo')).detail).to.deep.equal({index: 1});
    });

    it('edit a user message inline: Enter re-sends, Escape cancels', async () => {
      const {list, chat} = await connectedList({messages: exchange});
      const edit = part<HTMLButtonElement>(messageAt(list, 0), 'edit-button')!;
      edit.click();
      await list.updateComplete;
      const editor = messageAt(list, 0).querySelector('textarea')!;
      await until(() => list.shadowRoot!.activeElement === editor, 'editor focused');
      expect(editor.value).to.equal('Write code');
      expect(editor.getAttribute('aria-label')).to.equal('Edit message');
      await sendKeys({press: 'Escape'});
      await list.updateComplete;
      expect(messageAt(list, 0).querySelector('textarea')).to.equal(null);
      expect(chat.calls).to.deep.equal([]);
      await until(() => list.shadowRoot!.activeElement === part(messageAt(list, 0), 'edit-button'), 'focus back');

      part<HTMLButtonElement>(messageAt(list, 0), 'edit-button')!.click();
      await list.updateComplete;
      await until(() => list.shadowRoot!.activeElement?.localName === 'textarea');
      await sendKeys({type: ' in Python'});
      await sendKeys({down: 'Shift'});
      await sendKeys({press: 'Enter'});
      await sendKeys({up: 'Shift'});
      await sendKeys({type: 'please'});
      await sendKeys({press: 'Enter'});
      expect(chat.calls).to.deep.equal([['edit', 0, 'Write code in Python\nplease']]);
    });

    it('fire chat-edit standalone with the previous text', async () => {
      const list = await standaloneList(exchange);
      part<HTMLButtonElement>(messageAt(list, 0), 'edit-button')!.click();
      await list.updateComplete;
      await until(() => list.shadowRoot!.activeElement?.localName === 'textarea');
      await sendKeys({type: '!'});
      setTimeout(() => void sendKeys({press: 'Enter'}));
      const event = await oneEvent(list, 'chat-edit');
      expect(event.detail).to.deep.equal({index: 0, value: 'Write code!', previous: 'Write code'});
    });
  });

  describe('strings, focus and theme', () => {
    it('takes every visible label from strings', async () => {
      const list = await standaloneList(exchange, {
        strings: {
          copy: 'Kopieren',
          like: 'Gefällt mir',
          dislike: 'Gefällt mir nicht',
          retry: 'Nochmal',
          undo: 'Rückgängig',
          edit: 'Bearbeiten',
          copyCode: 'Code kopieren',
          messageListLabel: 'Verlauf',
        },
      });
      const root = list.shadowRoot!;
      expect(part(root, 'copy-button')!.getAttribute('aria-label')).to.equal('Kopieren');
      expect(part(root, 'like-button')!.getAttribute('aria-label')).to.equal('Gefällt mir');
      expect(part(root, 'dislike-button')!.getAttribute('aria-label')).to.equal('Gefällt mir nicht');
      expect(part(root, 'retry-button')!.getAttribute('aria-label')).to.equal('Nochmal');
      expect(part(root, 'undo-button')!.getAttribute('aria-label')).to.equal('Rückgängig');
      expect(part(root, 'edit-button')!.getAttribute('aria-label')).to.equal('Bearbeiten');
      expect(part(root, 'code-copy-button')!.textContent).to.equal('Code kopieren');
      expect(root.querySelector('[role="log"]')!.getAttribute('aria-label')).to.equal('Verlauf');
    });

    it('shows a visible focus ring on keyboard focus', async () => {
      const list = await standaloneList(exchange);
      const log = list.shadowRoot!.querySelector<HTMLElement>('.log')!;
      log.focus();
      await sendKeys({press: 'Tab'});
      const focused = list.shadowRoot!.activeElement as HTMLElement;
      expect(focused.localName).to.equal('button');
      expect(focused.matches(':focus-visible')).to.equal(true);
      const style = getComputedStyle(focused);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });

    it('follows prefers-color-scheme on a page that declares `color-scheme: light dark`, and --chat-blocks-* properties', async () => {
      const list = await standaloneList(exchange);
      list.style.colorScheme = 'light dark';
      const bubble = () => getComputedStyle(part(messageAt(list, 1), 'message-content')!).backgroundColor;
      await emulateMedia({colorScheme: 'light'});
      const light = bubble();
      await emulateMedia({colorScheme: 'dark'});
      const dark = bubble();
      expect(dark).to.not.equal(light);
      await expect(list).to.be.accessible();
      await emulateMedia({colorScheme: 'light'});
      list.style.setProperty('--chat-blocks-assistant-background', 'rgb(1, 2, 3)');
      expect(bubble()).to.equal('rgb(1, 2, 3)');
    });

    it('passes axe with every feature on screen', async () => {
      const list = await standaloneList(
        [
          {role: 'user', content: 'Show me everything'},
          {role: 'assistant', content: '', metadata: {title: 'Plan', id: 'p', status: 'done', duration: 2}},
          {role: 'assistant', content: 'step', metadata: {title: 'Search', parent_id: 'p', status: 'pending'}},
          {
            role: 'assistant',
            content: '<think>hmm</think>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n\n```py\nprint(1)\n```\n\n$$x^2$$',
          },
          {role: 'assistant', content: {url: '/api/media/cat.png', alt_text: 'A cat'}},
          {role: 'assistant', content: {url: '/api/media/sound.wav'}},
          {role: 'assistant', content: 'Pick one', options: [{value: 'a'}, {value: 'b'}]},
        ],
        {avatarAssistant: '/api/media/avatar.png', likeUserMessage: true},
      );
      await until(() => messageAt(list, 3).querySelector('math'), 'math');
      await expect(list).to.be.accessible();
      list.layout = 'panel';
      await list.updateComplete;
      await expect(list).to.be.accessible();
      expect(messageNodes(list).length).to.equal(7);
    });
  });
});
