// In the message list, the formulas of a long text's block groups are
// typeset when their group comes on screen: the ones never shown keep their
// source (find-in-page finds it), and scrolling to them typesets them.
import {expect} from '@open-wc/testing';
import {blocksPerGroup} from '../../src/components/chat-message-list/markdown-view.js';
import {messageAt, standaloneList, until} from '../support/index.js';
import '../../src/components/chat-message-list/chat-message-list.js';

const formulas = (count: number) => Array.from({length: count}, (_, i) => `$$x_{${i}}$$\n\n`).join('');
const paragraphs = (count: number) => Array.from({length: count}, (_, i) => `Paragraph ${i}.\n\n`).join('');

describe('<chat-message-list> math in long texts', function () {
  this.timeout(120_000);

  it('typesets the formulas of a group when it is scrolled into view, and not before', async () => {
    // The first message holds 2 groups of formulas; the newest one is tall, so the list opens far below them.
    const text = `${formulas(blocksPerGroup * 2 + 10)}The end of the math.`;
    const list = await standaloneList([
      {role: 'assistant', content: text},
      {role: 'assistant', content: paragraphs(200)},
    ]);
    const reply = messageAt(list, 0);
    await until(() => reply.textContent?.includes('The end of the math.'), 'the text rendered');
    await until(() => reply.querySelectorAll('math').length === blocksPerGroup, 'the first blocks typeset');
    const groups = [...reply.querySelectorAll('.block-group')];
    expect(groups).to.have.length(2);
    expect(groups[0]!.querySelectorAll('.math-pending')).to.have.length(blocksPerGroup);
    expect(groups[0]!.querySelector('.math-pending')!.textContent).to.equal(`x_{${blocksPerGroup}}`);

    // Scrolled up as a user does (a wheel turn), so the list stops following its end.
    const log = list.shadowRoot!.querySelector<HTMLElement>('.log')!;
    log.dispatchEvent(new WheelEvent('wheel', {deltaY: -100}));
    groups[0]!.scrollIntoView();
    await until(() => groups[0]!.querySelector('.math-pending') === null, 'the group on screen typeset');
    expect(groups[0]!.querySelectorAll('.math-display math')).to.have.length(blocksPerGroup);
    expect(groups[0]!.querySelector('math annotation')?.textContent).to.equal(`x_{${blocksPerGroup}}`);
  });

  it('leaves as source the formulas of groups that only passed the screen while the text rendered', async () => {
    // Rendered a slice per frame, the list following its end: every group is on screen for a few frames.
    const list = await standaloneList([{role: 'assistant', content: `${formulas(blocksPerGroup * 9)}The end of the math.`}]);
    const reply = messageAt(list, 0);
    await until(() => reply.textContent?.includes('The end of the math.'), 'the text rendered');
    const groups = [...reply.querySelectorAll('.block-group')];
    expect(groups).to.have.length(9);
    await until(() => groups.at(-1)!.querySelector('.math-pending') === null, 'the last group typeset');
    // Counted, not the element itself: an assertion holding an element hung the test runner's report of it.
    expect(groups.slice(0, -3).map((group) => group.querySelectorAll('math').length)).to.deep.equal([0, 0, 0, 0, 0, 0]);
    expect(reply.querySelectorAll('.math-pending').length).to.be.at.least(blocksPerGroup * 6);
  });

  it('typesets formulas added to a group already on screen', async () => {
    const list = await standaloneList([{role: 'assistant', content: `${formulas(blocksPerGroup + 5)}end`}]);
    const reply = messageAt(list, 0);
    await until(() => reply.querySelectorAll('.block-group math').length === 5, 'the last group typeset');
    list.messages = [{role: 'assistant', content: `${formulas(blocksPerGroup + 30)}end`}];
    await until(
      () => reply.querySelectorAll('.block-group math').length === 30 && !reply.querySelector('.math-pending'),
      'the new formulas',
    );
  });

  it('lets a display formula scroll sideways when it is wide, and never up and down', async () => {
    // A formula box is often a pixel shorter than what MathML draws: were that a scroller, every
    // formula of a long reply would be one more scroller for the browser to visit each frame.
    const wide = Array.from({length: 200}, (_, i) => `x_{${i}}`).join(' + ');
    const list = await standaloneList([{role: 'assistant', content: `$$x_{0}^2 + \\frac{a}{b}$$\n\n$$${wide}$$\n\nend`}]);
    const reply = messageAt(list, 0);
    await until(() => reply.querySelectorAll('.math-display math').length === 2, 'both formulas typeset');
    const [short, long] = [...reply.querySelectorAll<HTMLElement>('.math-display')];
    const scrollsUpAndDown = (element: HTMLElement) =>
      ['auto', 'scroll'].includes(getComputedStyle(element).overflowY) && element.scrollHeight > element.clientHeight;
    expect(scrollsUpAndDown(short!)).to.equal(false);
    expect(scrollsUpAndDown(long!)).to.equal(false);
    expect(long!.scrollWidth).to.be.above(long!.clientWidth);
    expect(getComputedStyle(long!).overflowX).to.equal('auto');
  });
});
