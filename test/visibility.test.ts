import {expect} from '@open-wc/testing';

// Several test files run at once in tabs of one browser; tests that wait for
// animation frames need every tab to draw frames as a visible page does.
describe('test pages', () => {
  it('draw animation frames even when another tab is in front', async () => {
    const frames = await new Promise<number>((resolve) => {
      let count = 0;
      const tick = () => (++count === 5 ? resolve(count) : requestAnimationFrame(tick));
      requestAnimationFrame(tick);
      setTimeout(() => resolve(count), 2000);
    });
    expect(frames).to.equal(5);
  });
});
