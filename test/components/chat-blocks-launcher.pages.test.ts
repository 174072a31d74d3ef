// <chat-blocks-launcher> on real pages in an iframe: built from dist/ as a
// classic script and as a module under a strict CSP with Trusted Types, its
// open state and history kept across a real navigation with `persist`, and
// a chat that cannot be loaded.
import {expect} from '@open-wc/testing';
import type {ChatBlocksLauncher} from '../../src/launcher.js';
import {frameWindow, loadPage} from '../support/script-bytes.js';
import {deepQuery, part, renderedTexts, sseScript, uniqueTag, until} from '../support/index.js';

type Query = Record<string, string>;
const pageUrl = (query: Query) =>
  `/api/launcher/page?${new URLSearchParams({endpoint: '/api/streams/script', heading: 'Support', ...query})}`;

async function launcherIn(frame: HTMLIFrameElement): Promise<ChatBlocksLauncher> {
  const win = frameWindow(frame);
  await win.customElements.whenDefined('chat-blocks-launcher');
  return win.document.querySelector('chat-blocks-launcher') as ChatBlocksLauncher;
}

/** Follows the page's own link to `url`, a real navigation of the frame, and resolves when the new page loaded. */
function navigate(frame: HTMLIFrameElement, url: string): Promise<void> {
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), {once: true}));
  const link = frameWindow(frame).document.getElementById('next') as HTMLAnchorElement;
  link.href = url;
  link.click();
  return loaded;
}

function violationsOf(frame: HTMLIFrameElement): string[] {
  const seen: string[] = [];
  frameWindow(frame).document.addEventListener('securitypolicyviolation', (event) =>
    seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
  );
  return seen;
}

describe('chat-blocks-launcher on pages', function () {
  // Loading the chat on a loaded 2-core machine can take a while: room, not a sleep.
  this.timeout(60000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const build of ['iife', 'bundle']) {
    it(`works from dist (${build}) under a strict CSP with Trusted Types`, async () => {
      const frame = await loadPage(pageUrl({build, tt: '1'}));
      const violations = violationsOf(frame);
      const el = await launcherIn(frame);
      part<HTMLButtonElement>(el, 'button')!.click();
      const chat = await el.load();
      el.body = sseScript([JSON.stringify('Some **bold** help.')]);
      await chat.send('help');
      await until(() => deepQuery(chat, 'strong')?.textContent === 'bold', 'the reply rendered its markdown');
      expect(renderedTexts(chat)).to.deep.equal(['help', 'Some bold help.']);
      expect(violations).to.deep.equal([]);
      expect(
        frameWindow(frame)
          .performance.getEntriesByType('resource')
          .map((entry) => new URL(entry.name).pathname),
      ).to.include('/dist/chat-blocks.bundle.js');
    });
  }

  it('keeps the open state and the history across a navigation with persist', async () => {
    const key = uniqueTag('launcher-persist');
    const query = (page: string) => pageUrl({build: 'bundle', persist: 'local', 'storage-key': key, page});
    try {
      const frame = await loadPage(query('1'));
      let el = await launcherIn(frame);
      el.show();
      let chat = await el.load();
      el.body = sseScript([JSON.stringify('Welcome aboard.')]);
      await chat.send('hello from page 1');

      await navigate(frame, query('2'));
      expect(frameWindow(frame).document.getElementById('page-name')!.textContent).to.equal('2');
      el = await launcherIn(frame);
      expect(el.open).to.equal(true);
      // Opened by the kept state: the chat loads by itself, with the history.
      await until(() => el.chat !== null, 'the chat loaded on the new page', 15000);
      chat = el.chat!;
      await until(() => renderedTexts(chat).length === 2, 'the history is shown');
      expect(renderedTexts(chat)).to.deep.equal(['hello from page 1', 'Welcome aboard.']);
      expect(getComputedStyle(part(el, 'panel')!).display).to.not.equal('none');
      // Restoring the open state does not move the focus into the page's chat.
      expect(frameWindow(frame).document.activeElement).to.equal(frameWindow(frame).document.body);

      part<HTMLButtonElement>(el, 'close-button')!.click();
      expect(el.open).to.equal(false);
      await navigate(frame, query('3'));
      el = await launcherIn(frame);
      expect(el.open).to.equal(false);
      // Closed, so nothing more was loaded on this page.
      expect(frameWindow(frame).customElements.get('chat-blocks')).to.equal(undefined);
      expect((await el.load()).messages.map((message) => message.content)).to.deep.equal(['hello from page 1', 'Welcome aboard.']);
    } finally {
      localStorage.removeItem(key);
      localStorage.removeItem(`${key}:launcher`);
    }
  });

  it('shows progress on the button while loading takes long', async () => {
    const frame = await loadPage(pageUrl({build: 'slow'}));
    const el = await launcherIn(frame);
    const button = part<HTMLButtonElement>(el, 'button')!;
    button.click();
    expect(el.open).to.equal(true);
    // Under 300 ms of loading nothing spins; the panel says it is loading at once.
    expect(el.hasAttribute('loading')).to.equal(false);
    expect(part(el, 'panel-body')!.textContent).to.include('Loading the chat…');
    await until(() => el.hasAttribute('loading'), 'the button shows progress');
    expect(button.getAttribute('aria-busy')).to.equal('true');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.progress')!).display).to.equal('block');
    await until(
      async () => ((await (await fetch('/api/launcher/slow-release')).json()) as {released: boolean}).released,
      'the chat bundle was requested',
    );
    await until(() => el.chat !== null, 'the chat loaded');
    expect(el.hasAttribute('loading')).to.equal(false);
    expect(button.hasAttribute('aria-busy')).to.equal(false);
  });

  it('says so, visibly, when the chat cannot be loaded, and can try again', async () => {
    const frame = await loadPage(pageUrl({build: 'missing'}));
    const el = await launcherIn(frame);
    const errors: string[] = [];
    const win = frameWindow(frame);
    const original = win.console.error;
    win.console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    part<HTMLButtonElement>(el, 'button')!.click();
    await until(() => part(el, 'load-error') !== null, 'the load error is shown', 15000);
    const error = part(el, 'load-error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.include('The chat could not be loaded.');
    expect(errors.join('\n')).to.include('could not be loaded');
    expect(el.hasAttribute('loading')).to.equal(false);
    const retry = part<HTMLButtonElement>(el, 'load-retry-button')!;
    retry.click();
    await until(() => errors.length === 2, 'a second attempt was made', 15000);
    await until(() => part(el, 'load-error') !== null, 'the load error is shown again');
    win.console.error = original;
  });
});
