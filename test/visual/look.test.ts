import {fixture, html} from '@open-wc/testing';
import {sendMouse, setViewport} from '@web/test-runner-commands';
import {visualDiff} from '@web/test-runner-visual-regression';
import '../../src/index.js';
import type {ChatBlocks} from '../../src/index.js';
import type {ChatMessage} from '../../src/core/types.js';
import {chooseFiles, deepActiveElement, deepQuery, deepQueryAll, part, sseScript, text, until} from '../support/index.js';

// The look, pinned: screenshots of the widget compared with committed
// references (test/visual/screenshots/reference/). The demo's showcase
// conversation at a desktop size, in a floating panel and on a phone, in
// light, dark and right-to-left; and each state (empty, waiting,
// streaming, error, stopped, files attached, editing) on a phone and in a
// dark panel. See test/visual/visual-regression.js to update them on purpose.
//
// Deterministic: one installed font (DejaVu Sans), animations paused at
// their start and transitions finished, no caret, no hover, no focus.

type Size = 'desktop' | 'panel' | 'phone';
type Mode = 'light' | 'dark' | 'rtl';

const viewports: Record<Size, {width: number; height: number}> = {
  desktop: {width: 1280, height: 800},
  panel: {width: 1280, height: 800},
  phone: {width: 375, height: 740},
};
const widgetSizes: Record<Size, {width: number; height: number}> = {
  desktop: {width: 1280, height: 800},
  panel: {width: 380, height: 600},
  phone: {width: 375, height: 740},
};

const script = '/api/streams/script';
const demoShowcase = '/api/examples/demo/api/showcase/sse';

async function widget(size: Size, mode: Mode): Promise<ChatBlocks> {
  await setViewport(viewports[size]);
  document.body.style.margin = '0';
  const {width, height} = widgetSizes[size];
  const wrapper = await fixture<HTMLElement>(html`
    <div dir=${mode === 'rtl' ? 'rtl' : 'ltr'} style="color-scheme: ${mode === 'dark' ? 'dark' : 'light'}; width: ${width}px">
      <chat-blocks
        endpoint=${script}
        style="--chat-blocks-height: ${height}px; --chat-blocks-font: 'DejaVu Sans', sans-serif"
      ></chat-blocks>
    </div>
  `);
  const chat = wrapper.querySelector('chat-blocks')!;
  await chat.updateComplete;
  return chat;
}

/** Every animation of the page and its shadow roots. */
function allAnimations(): Animation[] {
  const found = new Set(document.getAnimations());
  const visit = (root: Document | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) {
        element.shadowRoot.getAnimations().forEach((animation) => found.add(animation));
        visit(element.shadowRoot);
      }
    }
  };
  visit(document);
  return [...found];
}

/** Waits for fonts, images and lazy renderers; then stills everything that moves. */
async function settle(chat: ChatBlocks): Promise<void> {
  await document.fonts.ready;
  await until(
    () => deepQueryAll<HTMLImageElement>(chat, 'img').every((image) => image.complete && image.naturalWidth > 0),
    'images loaded',
    10000,
  );
  await until(() => deepQuery(chat, '.math-source') === null, 'math rendered', 10000);
  // Markdown loads with the first message; the list's update waits for it.
  await chat.shadowRoot!.querySelector('chat-message-list')?.updateComplete;
  // Chunks and groups off screen skip their rendering (content-visibility: auto) until
  // the browser sees them in view, and an element screenshot can be taken in
  // a frame before it has: draw every group here. A drawn group looks the
  // same either way; what this suite checks is that look.
  const list = chat.shadowRoot!.querySelector('chat-message-list')?.shadowRoot;
  if (list) {
    const drawAll = new CSSStyleSheet();
    drawAll.replaceSync('.chunk, .group, .plain-block { content-visibility: visible; }');
    list.adoptedStyleSheets = [...list.adoptedStyleSheets, drawAll];
  }
  await sendMouse({type: 'move', position: [0, 0]});
  (deepActiveElement() as HTMLElement | null)?.blur?.();
  // Two frames: content-visibility and container queries settle.
  for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
  for (const animation of allAnimations()) {
    if (animation instanceof CSSTransition) animation.finish();
    else {
      animation.pause();
      animation.currentTime = 0;
    }
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** A small picture, drawn here: the same pixels every run. */
async function picture(name: string): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 96;
  canvas.height = 64;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#8ecae6';
  context.fillRect(0, 0, 96, 64);
  context.fillStyle = '#2a9d8f';
  context.fillRect(0, 40, 96, 24);
  context.fillStyle = '#ffb703';
  context.fillRect(62, 8, 18, 18);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((made) => resolve(made!), 'image/png'));
  return new File([blob], name, {type: 'image/png'});
}

let showcase: ChatMessage[] = [];

/** The demo's showcase conversation, from the real demo backend; its timing made fixed. */
async function showcaseConversation(): Promise<ChatMessage[]> {
  if (showcase.length > 0) return showcase;
  const chat = await widget('desktop', 'light');
  chat.endpoint = demoShowcase;
  await chat.send('Show me everything you can render');
  showcase = chat.messages.map((message) =>
    message.metadata?.duration === undefined ? message : {...message, metadata: {...message.metadata, duration: 0.6}},
  );
  // Only the widget under test may be on the page (and in view).
  chat.parentElement!.remove();
  return showcase;
}

describe('the look: the showcase conversation', () => {
  for (const size of ['desktop', 'panel', 'phone'] as const) {
    for (const mode of ['light', 'dark', 'rtl'] as const) {
      it(`${size}, ${mode}`, async () => {
        const messages = await showcaseConversation();
        const chat = await widget(size, mode);
        chat.messages = messages;
        await until(() => deepQuery(chat, '.hljs-keyword') !== null, 'code highlighted', 10000);
        await settle(chat);
        await visualDiff(chat, `showcase-${size}-${mode}`);
      });
    }
  }
});

const exchange: ChatMessage[] = [
  {role: 'user', content: 'What can you do?'},
  {role: 'assistant', content: 'I can answer questions, **format** text, and show `code`.'},
];

const states: Record<string, (chat: ChatBlocks) => Promise<void>> = {
  async empty(chat) {
    chat.examples = ['Hello!', 'Show me everything you can render', 'What is in this picture?'];
    await until(() => part(chat, 'example') !== null, 'examples shown');
  },
  async waiting(chat) {
    chat.messages = exchange;
    chat.body = sseScript([], {hold: true});
    void chat.send('And now?');
    await until(() => deepQuery(chat, '.waiting') !== null, 'waiting');
  },
  async streaming(chat) {
    chat.messages = exchange;
    chat.body = sseScript(['"Here is a partial reply, still "', '"being written"'], {hold: true});
    void chat.send('And now?');
    await until(() => chat.messages.at(-1)?.content === 'Here is a partial reply, still being written', 'streaming');
  },
  async error(chat) {
    chat.messages = exchange;
    chat.retries = 0;
    chat.body = {type: 'application/json', status: 503, writes: ['{"error": "The model is overloaded."}']};
    await chat.send('And now?');
    await until(() => part(chat, 'message-error') !== null, 'the error shows');
  },
  async stopped(chat) {
    chat.messages = exchange;
    chat.body = sseScript(['"Once upon a time, in a land far away, "'], {hold: true});
    void chat.send('Tell me a story');
    await until(() => chat.status === 'streaming' && chat.messages.at(-1)?.content !== '', 'streaming');
    chat.stop();
    await until(() => part(chat, 'message-stopped') !== null, 'marked stopped');
  },
  async files(chat) {
    chat.messages = exchange;
    const textbox = chat.shadowRoot!.querySelector('chat-multimodal-textbox')!;
    await chooseFiles(textbox, [await picture('photo.png'), text('meeting-notes-2026.txt', 2048)]);
    await until(() => deepQueryAll(chat, '[part~="file-preview"]').length === 2, 'files attached');
  },
  async editing(chat) {
    chat.messages = exchange;
    await until(() => part(chat, 'edit-button') !== null, 'edit button');
    part(chat, 'edit-button')!.click();
    await until(() => deepQuery(chat, '.editor textarea') !== null, 'editor open');
  },
};

describe('the look: states', () => {
  for (const [size, mode] of [
    ['phone', 'light'],
    ['panel', 'dark'],
  ] as const) {
    for (const [name, arrange] of Object.entries(states)) {
      it(`${name}, ${size}, ${mode}`, async () => {
        const chat = await widget(size, mode);
        await arrange(chat);
        await settle(chat);
        await visualDiff(chat, `state-${name}-${size}-${mode}`);
      });
    }
  }
});
