// image-sources: the defence against exfiltration by markdown image. A
// reply that names an image on another origin must not make the browser
// call that origin unless the page allows it or the user clicks. The page
// runs on 127.0.0.1; the same test server under the name `localhost` is the
// other origin, and its pixel route records every request it gets.
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/index.js';
import type {ChatBlocks, ChatMessage} from '../../src/index.js';
import {expectEvent, part, parts, sseScript, uniqueTag, until} from '../support/index.js';

const otherOrigin = `http://localhost:${location.port}`;
const pixel = (tag: string) => `/api/trust/pixel.png?tag=${tag}`;
const foreignPixel = (tag: string) => `${otherOrigin}${pixel(tag)}`;

/** How many requests the pixel route saw for `tag`. */
async function requests(tag: string): Promise<number> {
  const response = await fetch(`/api/trust/referers?tag=${encodeURIComponent(tag)}`);
  return ((await response.json()) as {referers: unknown[]}).referers.length;
}

async function requested(tag: string, what: string): Promise<void> {
  let count = 0;
  await until(async () => (count = await requests(tag)) > 0, `${what} is requested`);
  expect(count).to.be.greaterThan(0);
}

async function chat(imageSources?: string): Promise<ChatBlocks> {
  const element = await fixture<ChatBlocks>(html`<chat-blocks endpoint="/api/streams/script"></chat-blocks>`);
  if (imageSources !== undefined) element.setAttribute('image-sources', imageSources);
  await element.updateComplete;
  return element;
}

/** Every URL an element in the widget's shadow tree would load. */
function loadedUrls(element: ChatBlocks): string[] {
  const list = element.shadowRoot!.querySelector('chat-message-list')!.shadowRoot!;
  return [...list.querySelectorAll('img[src], video[src], video[poster], image[href]')].flatMap((node) =>
    ['src', 'poster', 'href'].map((name) => node.getAttribute(name) ?? '').filter(Boolean),
  );
}

/**
 * Sends and waits for the streamed reply, whose text holds a blocked image
 * in a list (`<tag>-list`), one in a table (`<tag>-table`) and an allowed
 * one (`<tag>-control`): two placeholders, and only the allowed one requested.
 */
async function expectListAndTablePlaceholders(element: ChatBlocks, tag: string): Promise<void> {
  const done = expectEvent(element, 'chat-response');
  await element.send('Go');
  await done;
  await requested(`${tag}-control`, 'the same-origin image');
  await until(() => parts(element, 'image-placeholder').length === 2, 'two placeholders');
  expect(await requests(`${tag}-list`)).to.equal(0);
  expect(await requests(`${tag}-table`)).to.equal(0);
}

/** One tag per kind of image, so each request is told apart. */
function hostileMessages(tag: string): {messages: ChatMessage[]; tags: Record<string, string>; control: string} {
  const tags = {
    markdown: `${tag}-markdown`,
    html: `${tag}-html`,
    poster: `${tag}-poster`,
    svg: `${tag}-svg`,
    file: `${tag}-file`,
    user: `${tag}-user`,
  };
  const control = `${tag}-same-origin`;
  const reply = [
    `Here is your answer ![status](${foreignPixel(tags.markdown)}&q=secret)`,
    `<img alt="raw" src="${foreignPixel(tags.html)}">`,
    `<video controls poster="${foreignPixel(tags.poster)}"></video>`,
    `<svg width="10" height="10"><image href="${foreignPixel(tags.svg)}" width="10" height="10"/></svg>`,
    // Last in the document: once it has loaded, the images before it were created too.
    `![control](${pixel(control)})`,
  ].join('\n\n');
  return {
    messages: [
      {role: 'user', content: `What is my balance? ![me](${foreignPixel(tags.user)})`},
      {role: 'assistant', content: reply},
      {role: 'assistant', content: {url: foreignPixel(tags.file), mime_type: 'image/png', name: 'chart.png'}},
    ],
    tags,
    control,
  };
}

describe('image-sources', () => {
  it('same-origin: images from another origin are never requested and show a click-to-load button naming their host', async () => {
    const tag = uniqueTag('images-same');
    const {messages, tags, control} = hostileMessages(tag);
    const element = await chat('same-origin');
    element.messages = messages;
    await requested(control, 'the same-origin image');
    await until(() => parts(element, 'image-placeholder').length === 6, 'six placeholders render');
    const labels = parts(element, 'image-placeholder').map((button) => button.textContent!.trim());
    expect(labels).to.include(`Load image from localhost:${location.port}`);
    expect(labels).to.include(`Load media from localhost:${location.port}`);
    for (const [kind, each] of Object.entries(tags)) expect(await requests(each), kind).to.equal(0);
    expect(loadedUrls(element).filter((url) => url.includes('localhost'))).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('a click (or Enter) on a placeholder loads that image only', async () => {
    const tag = uniqueTag('images-click');
    const {messages, tags, control} = hostileMessages(tag);
    const element = await chat('same-origin');
    element.messages = messages;
    await requested(control, 'the same-origin image');
    await until(() => parts(element, 'image-placeholder').length === 6, 'six placeholders render');

    const markdown = parts(element, 'image-placeholder').find((button) =>
      button.parentElement?.textContent?.includes('Here is your answer'),
    )!;
    markdown.focus();
    await sendKeys({press: 'Enter'});
    await requested(tags.markdown, 'the clicked markdown image');
    await until(() => parts(element, 'image-placeholder').length === 5, 'its placeholder is gone');

    const file = parts(element, 'image-placeholder').find((button) => button.closest('.file'))!;
    file.click();
    await requested(tags.file, 'the clicked file image');
    await until(() => parts(element, 'image-placeholder').length === 4, 'the file placeholder is gone');
    for (const kind of ['html', 'poster', 'svg', 'user'] as const) expect(await requests(tags[kind]), kind).to.equal(0);
  });

  it('all (the default): images from any origin load, with no placeholder', async () => {
    const tag = uniqueTag('images-all');
    const {messages, tags} = hostileMessages(tag);
    const element = await chat();
    element.messages = messages;
    await requested(tags.markdown, 'the other-origin markdown image');
    await requested(tags.file, 'the other-origin file image');
    expect(parts(element, 'image-placeholder')).to.deep.equal([]);
  });

  it('a list of origins allows those only: the page itself is not implied', async () => {
    const tag = uniqueTag('images-list');
    const element = await chat(`https://cdn.example, ${otherOrigin}`);
    const own = `${location.origin}${pixel(`${tag}-own`)}`;
    element.messages = [
      {role: 'user', content: 'Show both'},
      {role: 'assistant', content: `![own](${own})\n\n![listed](${foreignPixel(`${tag}-listed`)})`},
    ];
    await requested(`${tag}-listed`, 'the listed origin');
    await until(() => parts(element, 'image-placeholder').length === 1, 'one placeholder');
    expect(part(element, 'image-placeholder')!.textContent).to.contain(location.host);
    expect(await requests(`${tag}-own`)).to.equal(0);
  });

  it('a streamed reply naming an image on another origin makes no request', async () => {
    const tag = uniqueTag('images-stream');
    const element = await chat('same-origin');
    element.body = sseScript([
      JSON.stringify({delta: 'Sure. ![x]('}),
      JSON.stringify({delta: `${foreignPixel(tag)}&q=`}),
      JSON.stringify({delta: 'secret) and '}),
      JSON.stringify({delta: `![ok](${pixel(`${tag}-control`)})`}),
    ]);
    const done = expectEvent(element, 'chat-response');
    await element.send('Go');
    await done;
    await requested(`${tag}-control`, 'the same-origin image');
    await until(() => parts(element, 'image-placeholder').length === 1, 'a placeholder');
    expect(await requests(tag)).to.equal(0);
  });

  it('an image in a list or table that grows while it streams gets its placeholder too', async () => {
    const tag = uniqueTag('images-growing');
    const element = await chat('same-origin');
    const text = [
      '- first item',
      `- second ![x](${foreignPixel(`${tag}-list`)}) item`,
      '- third item',
      '',
      '| a | b |',
      '| --- | --- |',
      '| 1 | 2 |',
      `| ![y](${foreignPixel(`${tag}-table`)}) | 4 |`,
      '| 5 | 6 |',
      '',
      `![ok](${pixel(`${tag}-control`)})`,
    ].join('\n');
    element.body = sseScript(text.match(/[\s\S]{1,12}/g)!.map((piece) => JSON.stringify({delta: piece})));
    await expectListAndTablePlaceholders(element, tag);
  });

  it('an image in a long list or table that grows in place while it streams gets its placeholder, with no request', async () => {
    const tag = uniqueTag('images-long');
    const element = await chat('same-origin');
    // Past 2 KB, a list or table that is still being written grows in place
    // (render/growing-block.ts): its new items and rows are added to the DOM
    // already on screen, and must get their placeholders all the same.
    const items = Array.from({length: 80}, (_, i) => `- item ${i} of a long list that keeps growing`);
    items.splice(70, 0, `- look ![x](${foreignPixel(`${tag}-list`)}) here`);
    const rows = Array.from({length: 80}, (_, i) => `| ${i} | a cell of a long table that keeps growing |`);
    rows.splice(70, 0, `| ![y](${foreignPixel(`${tag}-table`)}) | image |`);
    const text = [...items, '', '| n | text |', '| --- | --- |', ...rows, '', `![ok](${pixel(`${tag}-control`)})`].join('\n');
    element.body = sseScript(
      text.match(/[\s\S]{1,200}/g)!.map((piece) => JSON.stringify({delta: piece})),
      {pause: 15},
    );
    await expectListAndTablePlaceholders(element, tag);
    expect(loadedUrls(element).filter((url) => url.includes('localhost'))).to.deep.equal([]);
  });

  it('changing image-sources at run time renders the messages again under the new policy', async () => {
    const tag = uniqueTag('images-switch');
    const element = await chat('none');
    element.messages = [
      {role: 'user', content: 'Hi'},
      {role: 'assistant', content: `![x](${foreignPixel(tag)})`},
    ];
    await until(() => parts(element, 'image-placeholder').length === 1, 'a placeholder');
    expect(await requests(tag)).to.equal(0);
    element.setAttribute('image-sources', 'all');
    await requested(tag, 'the image, once all origins are allowed');
    await until(() => parts(element, 'image-placeholder').length === 0, 'no placeholder');
  });
});
