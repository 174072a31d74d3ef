// The page stays responsive while a huge message renders: the message is
// shown a part per frame, so animation frames fire while it is half on
// screen. Counted, not timed: at least one frame must see the message
// started but not finished, and its blocks come in the order of the text.
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {ChatBlocks} from '../../src/index.js';
import {parts, until} from '../support/index.js';
import {nextFrame} from './main-thread.js';

const script = '/api/streams/script';

const lines = (count: number, line: (index: number) => string) => Array.from({length: count}, (_, i) => line(i)).join('\n');

/** The numbers of `marker N` on screen, in DOM order. */
function numbersShown(content: Element | undefined, marker: string): number[] {
  const found = (content?.textContent ?? '').matchAll(new RegExp(`${marker} (\\d+)`, 'g'));
  return [...found].map((match) => Number(match[1]));
}

const cases = [
  {name: 'a list of 5,000 items', text: lines(5000, (i) => `- item ${i} with **bold**`), marker: 'item', last: 4999},
  {name: '2,000 lines of display math', text: lines(2000, (i) => `$$x_{${i}}$$\n\nline ${i}`), marker: 'line', last: 1999},
  {name: '3,000 short paragraphs', text: lines(3000, (i) => `para ${i} with _em_\n`), marker: 'para', last: 2999},
];

describe('a huge message renders a part per frame', function () {
  this.timeout(300_000);

  for (const {name, text, marker, last} of cases) {
    it(`${name}: frames fire while it is half on screen, and every part comes in order`, async () => {
      const chat = await fixture<ChatBlocks>(html`<chat-blocks endpoint=${script} max-markdown-length="1000000"></chat-blocks>`);
      // Markdown and math load with the first message: loaded before the case.
      chat.messages = [{role: 'assistant', content: '*warm* $$x$$'}];
      await until(() => Boolean(parts(chat, 'message-content')[0]?.querySelector('em')), 'the markdown engine', 60_000);
      await chat.updateComplete;

      chat.messages = [{role: 'assistant', content: text}];
      const content = () => parts(chat, 'message-content').at(-1);
      let halfShown = 0;
      let frames = 0;
      for (;;) {
        await nextFrame();
        frames++;
        const shown = numbersShown(content(), marker);
        if (shown.at(-1) === last) break;
        if (shown.length > 0) halfShown++;
        expect(frames, 'frames before the end is on screen').to.be.below(20_000);
      }
      expect(halfShown, 'frames drawn while the message was partly on screen').to.be.above(0);
      const shown = numbersShown(content(), marker);
      expect(shown.length).to.equal(last + 1);
      expect(shown.every((number, index) => number === index)).to.equal(true);
    });
  }
});
