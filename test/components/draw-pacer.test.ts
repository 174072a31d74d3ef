// The pace at which a streamed reply is drawn: once however often it is asked,
// never after a cancel, and always eventually, whatever the last drawing cost.
import {expect} from '@open-wc/testing';
import {DrawPacer} from '../../src/components/draw-pacer.js';
import {nextFrame, until} from '../support/index.js';

/** Keeps the main thread busy for `ms`, as a costly drawing does. */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

describe('DrawPacer', () => {
  it('draws once for every request made before its frame', async () => {
    let draws = 0;
    const pacer = new DrawPacer(() => draws++);
    for (let i = 0; i < 20; i++) pacer.request();
    expect(pacer.pending).to.equal(true);
    await until(() => draws > 0, 'the drawing');
    await nextFrame();
    await nextFrame();
    expect(draws).to.equal(1);
    expect(pacer.pending).to.equal(false);
  });

  it('does not draw after a cancel', async () => {
    let draws = 0;
    const pacer = new DrawPacer(() => draws++);
    pacer.request();
    pacer.cancel();
    expect(pacer.pending).to.equal(false);
    for (let frame = 0; frame < 3; frame++) await nextFrame();
    expect(draws).to.equal(0);
  });

  it('still draws every request after costly drawings, one drawing each', async () => {
    let draws = 0;
    const pacer = new DrawPacer(() => {
      draws++;
      busy(40);
    });
    for (let round = 1; round <= 3; round++) {
      pacer.request();
      pacer.request();
      await until(() => draws === round, `drawing ${round}`);
      // The cost is measured in the first task after the frame: let it run.
      await new Promise((resolve) => setTimeout(resolve));
    }
    for (let frame = 0; frame < 2; frame++) await nextFrame();
    expect(draws).to.equal(3);
  });
});
