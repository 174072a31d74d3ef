import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import type {ChatMessage} from '../../src/core/types.js';
import '../../src/components/chat-message-list/chat-message-list.js';
import type {ChatMessageList} from '../../src/components/chat-message-list/chat-message-list.js';
import {standaloneList} from '../support/index.js';

// The log scrolls on the browser's compositor thread: a user's scroll moves
// it while a reply streams, and following the reply does not paint the whole
// log again each frame. Chromium does that for a scroller on a screen of low
// pixel density (as this test's) only when its background is opaque.

interface Layer {
  width: number;
  height: number;
}

const history: ChatMessage[] = Array.from({length: 40}, (_, index) => ({
  role: index % 2 === 0 ? 'user' : 'assistant',
  content: `Message ${index}: a line of text long enough to take some room in the log.`,
}));

const logOf = (list: ChatMessageList) => list.shadowRoot!.querySelector<HTMLElement>('.log')!;

/** The page's composited layers, once the browser sends them: the page changes a little each frame until then. */
async function compositedLayers(): Promise<Layer[]> {
  let waiting = true;
  const layers = executeServerCommand<Layer[], undefined>('composited-layers').finally(() => (waiting = false));
  const nudge = () => {
    if (!waiting) return;
    document.body.style.outline = document.body.style.outline ? '' : '1px solid transparent';
    requestAnimationFrame(nudge);
  };
  requestAnimationFrame(nudge);
  const result = await layers;
  document.body.style.outline = '';
  return result;
}

describe('<chat-message-list> scrolling', () => {
  it('has the browser scroll the log as a layer of its own', async () => {
    const list = await standaloneList(history);
    const log = logOf(list);
    expect(log.scrollHeight).to.be.above(log.clientHeight * 2);
    const layers = await compositedLayers();
    // The layer of the scrolled content: as tall as the log's content, no wider than the log.
    const content = layers.find((layer) => Math.abs(layer.height - log.scrollHeight) <= 1 && layer.width <= log.offsetWidth);
    expect(content, JSON.stringify(layers)).to.not.equal(undefined);
  });

  it("paints the log in the widget's own background, so nothing changes on screen", async () => {
    const list = await standaloneList(history);
    const background = getComputedStyle(logOf(list)).backgroundColor;
    expect(background).to.equal(getComputedStyle(list).backgroundColor);
    expect(background).to.match(/^rgb\(/, 'an opaque colour');
    // Dark, as a page that declares `color-scheme: dark` gets it.
    list.style.colorScheme = 'dark';
    const dark = getComputedStyle(logOf(list)).backgroundColor;
    expect(dark).to.not.equal(background);
    expect(dark).to.equal(getComputedStyle(list).backgroundColor);
  });
});
