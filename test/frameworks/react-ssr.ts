// The React example page (examples/frameworks/react/ChatPage.tsx) rendered
// on the server by `react-dom/server` (test/server/react-ssr.js), then
// hydrated here as a Next.js or Remix page is: no hydration error, the
// server's nodes kept, and then a real conversation through the hydrated
// page. Run once per React version (react18-ssr.test.ts, react19-ssr.test.ts).
import {expect} from '@open-wc/testing';
import type {ChatBlocks} from '../../src/components/chat-blocks/chat-blocks.js';
import {uniqueTag, until} from '../support/index.js';
import {sendAndRelease} from './held-reply.js';
import type * as ReactModules from './react-modules.js';

type Modules = typeof ReactModules;

/** Every hydration complaint React makes: recoverable errors and console errors. */
function hydrationWatch() {
  const complaints: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    complaints.push(args.map(String).join(' '));
    original.apply(console, args);
  };
  return {
    complaints,
    onRecoverableError: (error: unknown) => complaints.push(`recoverable: ${String(error)}`),
    stop: () => (console.error = original),
  };
}

export function describeReactSsr(version: '18' | '19', load: () => Promise<Modules>) {
  describe(`React ${version}: server-rendered page, hydrated`, function () {
    // The first request bundles the page for the server; slow on a loaded machine.
    this.timeout(90000);
    let modules: Modules;
    let container: HTMLElement;
    let watch: ReturnType<typeof hydrationWatch>;

    before(async () => {
      modules = await load();
      expect(modules.React.version.split('.')[0], 'the React version under test').to.equal(version);
    });

    beforeEach(() => {
      container = document.createElement('div');
      document.body.append(container);
      watch = hydrationWatch();
    });

    afterEach(() => {
      watch.stop();
      container.remove();
    });

    const serverHtml = async (endpoint: string) => {
      const response = await fetch(`/api/frameworks/react-ssr?react=${version}&endpoint=${encodeURIComponent(endpoint)}`);
      expect(response.status).to.equal(200);
      return response.text();
    };

    it('hydrates without a hydration error, keeps the server nodes, then chats', async () => {
      const tag = uniqueTag(`react${version}`);
      const endpoint = `/api/frameworks/echo?hold=${tag}`;
      const html = await serverHtml(endpoint);
      expect(html).to.match(/^<main><h1>Support<\/h1><chat-blocks[ >]/);
      container.innerHTML = html; // what the browser parsed from the server's page
      const heading = container.querySelector('h1')!;
      const chat = container.querySelector('chat-blocks') as ChatBlocks;

      const {React, hydrateRoot, ChatPage} = modules;
      const root = hydrateRoot(container, React.createElement(ChatPage, {endpoint}), {onRecoverableError: watch.onRecoverableError});
      try {
        // The wrapper sets its properties in a layout effect, once hydrated.
        await until(() => chat.endpoint === endpoint, 'the hydrated wrapper set endpoint on the server-rendered element');
        expect(chat.placeholder).to.equal('Ask about your order');
        expect(container.querySelector('h1'), 'hydration kept the server-rendered nodes').to.equal(heading);
        expect(container.querySelector('chat-blocks')).to.equal(chat);

        // A conversation through the hydrated page: typed, streamed, handled.
        await chat.updateComplete;
        await sendAndRelease(chat, tag, 'hello there', 'Echo:');
        await until(
          () => container.querySelector('p')!.textContent === 'Last reply: Echo: hello there',
          'onChatResponse put the reply in React state, and React rendered it',
        );
        expect(chat.status).to.equal('idle');
        expect(watch.complaints, 'React complained').to.deep.equal([]);
      } finally {
        root.unmount();
      }
    });

    it('(control) the same checks see a page that does not match its server HTML', async () => {
      const endpoint = '/api/frameworks/echo';
      container.innerHTML = await serverHtml(endpoint);
      const heading = container.querySelector('h1')!;
      const {React, hydrateRoot, ChatPage} = modules;
      const mismatched = React.createElement('section', null, React.createElement(ChatPage, {endpoint}));
      // React 18's development build also rethrows the mismatch as an uncaught
      // error, which would fail this test; here it is expected.
      const mochaOnError = window.onerror;
      window.onerror = (message) => (watch.complaints.push(`uncaught: ${String(message)}`), true);
      const root = hydrateRoot(container, mismatched, {onRecoverableError: watch.onRecoverableError});
      try {
        await until(() => watch.complaints.length > 0, 'React reported the mismatch');
        await until(() => container.querySelector('h1') !== heading, 'React replaced the server nodes');
      } finally {
        root.unmount();
        window.onerror = mochaOnError;
      }
    });
  });
}
