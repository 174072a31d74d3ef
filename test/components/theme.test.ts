import {expect} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import type {ChatBlocks} from '../../src/index.js';
import {themeTokens} from '../../src/components/theme/tokens.js';
import {part, parts, until} from '../support/index.js';
import {backgroundBehind, contrast, parseColour} from '../support/contrast.js';
import {defined, openPage, sourceScript, type FramePage} from '../support/frame-page.js';

const white = 'rgb(255, 255, 255)';
const darkBackground = 'rgb(13, 17, 23)';
const lightText = 'rgb(31, 35, 40)';
const darkText = 'rgb(230, 237, 243)';

const conversation = [
  {role: 'user', content: 'Hi, show me a **link**'},
  {role: 'assistant', content: 'Here is [a link](https://example.com) and `code`.'},
  {role: 'user', content: 'And fail'},
  {role: 'assistant', content: 'Partial answer', error: 'The server failed.', options: [{value: 'More'}]},
] as const;

let page: FramePage | undefined;
afterEach(async () => {
  page?.remove();
  page = undefined;
  await emulateMedia({colorScheme: 'light'});
});

/** A page as a site writes it: `css` in a style element, the widget's module script, one widget. */
async function widgetPage(css: string): Promise<ChatBlocks> {
  page = await openPage(`<!doctype html><html lang="en"><head><meta charset="utf-8">
    <style>${css}</style>${sourceScript}</head>
    <body><chat-blocks endpoint="/api/streams/script"></chat-blocks></body></html>`);
  await defined(page);
  const chat = page.document.querySelector('chat-blocks')!;
  chat.messages = structuredClone(conversation) as never;
  await until(() => parts(chat, 'message').length === 4 && !!part(chat, 'option'), 'conversation shown');
  // Markdown loads with the first message: the link is there once it has rendered.
  await until(() => !!part(parts(chat, 'message-assistant')[0], 'message-content')?.querySelector('a'), 'markdown rendered');
  return chat;
}

const looks = (chat: ChatBlocks) => ({
  background: getComputedStyle(chat).backgroundColor,
  textbox: getComputedStyle(part(chat, 'textbox')!).color,
  bubble: getComputedStyle(part(parts(chat, 'message-assistant')[0], 'message-content')!).backgroundColor,
});

describe('theme: light or dark follows the page, not the OS alone', () => {
  it('a page that declares no color-scheme gets the light widget, even when the OS is dark', async () => {
    await emulateMedia({colorScheme: 'dark'});
    const chat = await widgetPage('body { margin: 0 }');
    await until(() => page!.window.matchMedia('(prefers-color-scheme: dark)').matches, 'OS dark');
    expect(looks(chat)).to.deep.equal({background: white, textbox: lightText, bubble: 'rgb(243, 245, 247)'});
  });

  it('a page with `color-scheme: light dark` follows the OS', async () => {
    await emulateMedia({colorScheme: 'dark'});
    const chat = await widgetPage(':root { color-scheme: light dark }');
    expect(looks(chat)).to.deep.equal({background: darkBackground, textbox: darkText, bubble: 'rgb(27, 33, 41)'});
    await emulateMedia({colorScheme: 'light'});
    await until(() => looks(chat).background === white, 'light again with the OS');
    expect(looks(chat).textbox).to.equal(lightText);
  });

  it('`chat-blocks { color-scheme: dark }` forces dark on a light OS and a light page', async () => {
    await emulateMedia({colorScheme: 'light'});
    const chat = await widgetPage(':root { color-scheme: light } chat-blocks { color-scheme: dark }');
    expect(looks(chat)).to.deep.equal({background: darkBackground, textbox: darkText, bubble: 'rgb(27, 33, 41)'});
  });
});

describe('theme: WCAG 2.2 AA contrast', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`text 4.5:1 and controls 3:1 in ${scheme}`, async () => {
      const chat = await widgetPage(`chat-blocks { color-scheme: ${scheme} }`);
      const [userBubble] = parts(chat, 'message-user').map((m) => part(m, 'message-content')!);
      const assistantBubble = part(parts(chat, 'message-assistant')[0], 'message-content')!;
      const link = assistantBubble.querySelector('a')!;
      const code = assistantBubble.querySelector('code')!;
      const error = part(chat, 'message-error')!;
      const textbox = part<HTMLTextAreaElement>(chat, 'textbox')!;
      const box = textbox.closest('.box')!;
      const submit = part(chat, 'submit-button')!;
      const style = (element: Element, pseudo?: string) => getComputedStyle(element, pseudo);
      const text = (element: Element, pseudo?: string) => contrast(style(element, pseudo).color, backgroundBehind(element));
      const ratios = {
        userText: text(userBubble),
        assistantText: text(assistantBubble),
        link: text(link),
        code: text(code),
        error: text(error),
        textbox: text(textbox),
        placeholder: text(textbox, '::placeholder'),
        copyButton: text(part(chat, 'copy-button')!),
        clearButton: text(part(chat, 'clear-button')!),
        option: text(part(chat, 'option')!),
        submitIcon: text(submit),
        // Non-text: the input's border against what is on either side of it,
        // the send button against the input.
        inputBorderOutside: contrast(style(box).borderTopColor, backgroundBehind(box.parentElement ?? chat)),
        inputBorderInside: contrast(style(box).borderTopColor, backgroundBehind(box)),
        submitButton: contrast(style(submit).backgroundColor, backgroundBehind(box)),
        focusRing: 0,
      };
      textbox.focus();
      await until(() => box.matches(':focus-within'), 'textbox focused');
      ratios.focusRing = contrast(style(box).borderTopColor, backgroundBehind(box.parentElement ?? chat));
      const failing = Object.entries(ratios).filter(
        ([name, ratio]) => ratio < (['inputBorderOutside', 'inputBorderInside', 'submitButton', 'focusRing'].includes(name) ? 3 : 4.5),
      );
      expect(failing, JSON.stringify(ratios)).to.deep.equal([]);
      const background = parseColour(getComputedStyle(chat).backgroundColor);
      expect(background.slice(0, 3)).to.deep.equal(scheme === 'light' ? [255, 255, 255] : [13, 17, 23]);
    });
  }
});

describe('theme: one set of tokens for every element', () => {
  it('uses one accent: send button, links and options', async () => {
    const chat = await widgetPage('');
    const accent = 'rgb(9, 105, 218)';
    const link = part(parts(chat, 'message-assistant')[0], 'message-content')!.querySelector('a')!;
    expect(getComputedStyle(part(chat, 'submit-button')!).backgroundColor).to.equal(accent);
    expect(getComputedStyle(link).color).to.equal(accent);
    expect(getComputedStyle(part(chat, 'option')!).color).to.equal(accent);
    // The focus ring's colour is checked by the contrast test above: whether a
    // programmatic focus() shows it depends on which test window has system focus.

    chat.style.setProperty('--chat-blocks-accent', 'rgb(124, 58, 237)');
    expect(getComputedStyle(part(chat, 'submit-button')!).backgroundColor).to.equal('rgb(124, 58, 237)');
    expect(getComputedStyle(link).color).to.equal('rgb(124, 58, 237)');
  });

  it('every element reads every --chat-blocks-* token, set on the element or any ancestor', async () => {
    const chat = await widgetPage('');
    const value = (index: number) => `rgb(1, 2, ${index + 3})`;
    themeTokens.forEach((token, index) => page!.document.body.style.setProperty(`--chat-blocks-${token.name}`, value(index)));
    const elements = [
      chat,
      ...['chat-message-list', 'chat-multimodal-textbox', 'chat-clear-button'].map((tag) => chat.shadowRoot!.querySelector(tag)!),
    ];
    for (const element of elements) {
      const seen = themeTokens.map((token) => getComputedStyle(element).getPropertyValue(`--_${token.name}`).trim());
      expect(seen, element.localName).to.deep.equal(themeTokens.map((_, index) => value(index)));
    }
    expect(getComputedStyle(part(chat, 'textbox')!).color).to.equal(value(themeTokens.findIndex((t) => t.name === 'text')));
  });

  it('declares theme defaults only in the tokens module: no element has its own fallbacks or dark media query', async () => {
    const files: Record<string, string> = await (await fetch('/api/source/files')).json();
    const offenders = Object.entries(files)
      .filter(([path]) => !path.startsWith('src/components/theme/'))
      .filter(([, text]) => /var\(--chat-blocks-|prefers-color-scheme/.test(text))
      .map(([path]) => path);
    expect(Object.keys(files).length).to.be.greaterThan(20);
    expect(offenders).to.deep.equal([]);
  });
});
