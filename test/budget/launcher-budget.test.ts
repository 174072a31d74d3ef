import {expect} from '@open-wc/testing';
import {sendMouse} from '@web/test-runner-commands';
import {deepQuery} from '../support/index.js';
import {expectWithinBudget, frameWindow, loadPage, scriptsFetched, settled, untilFetched} from '../support/script-bytes.js';

// The cost of the chat bubble until it is used, measured on the scripts a
// page really fetched from dist/ (npm test builds it first).

const launcherBudgetKb = 15;

async function launcherPage(build: 'bundle' | 'iife'): Promise<HTMLIFrameElement> {
  const frame = await loadPage(`/api/launcher/page?build=${build}&endpoint=/api/streams/script&heading=Support`);
  const win = frameWindow(frame);
  await win.customElements.whenDefined('chat-blocks-launcher');
  await settled(frame);
  return frame;
}

function launcherButton(frame: HTMLIFrameElement): HTMLButtonElement {
  const button = deepQuery<HTMLButtonElement>(frameWindow(frame).document, '[part~="button"]');
  if (!button) throw new Error('the launcher has no button');
  return button;
}

describe('launcher byte budget', function () {
  // Loading the chat on a loaded 2-core machine can take a while: room, not a sleep.
  this.timeout(60000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const build of ['bundle', 'iife'] as const) {
    it(`a page with the ${build} launcher fetches at most ${launcherBudgetKb} KB gzip of JavaScript before it is used`, async () => {
      const frame = await launcherPage(build);
      const before = await scriptsFetched(frame);
      console.log(`launcher (${build}) before use: ${before.files.map((file) => `${file.path} ${file.gzipBytes} B`).join(', ')}`);
      expect(frameWindow(frame).customElements.get('chat-blocks'), 'the chat is not loaded yet').to.equal(undefined);
      expect(before.files.map((file) => file.path)).to.deep.equal([`/dist/chat-blocks-launcher.${build}.js`]);
      expectWithinBudget(before, launcherBudgetKb, `the ${build} launcher page before use`);

      // Focusing the button loads the rest, beside the launcher script: the
      // check sees scripts fetched by a dynamic import too.
      launcherButton(frame).focus();
      await untilFetched(frame, /^\/dist\/chat-blocks\.bundle\.js$/);
      await frameWindow(frame).customElements.whenDefined('chat-blocks');
      const after = await scriptsFetched(frame);
      expect(after.gzipBytes).to.be.greaterThan(before.gzipBytes + 20 * 1024);
    });
  }

  it('hovering the button starts loading the chat', async () => {
    const frame = await launcherPage('bundle');
    const box = launcherButton(frame).getBoundingClientRect();
    const offset = frame.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(offset.left + box.left + box.width / 2), Math.round(offset.top + box.top + box.height / 2)],
    });
    await untilFetched(frame, /^\/dist\/chat-blocks\.bundle\.js$/);
    await frameWindow(frame).customElements.whenDefined('chat-blocks');
    await sendMouse({type: 'move', position: [0, 0]});
  });
});
