import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {ChatBlocks} from '../../src/index.js';
import {deepQuery, part, releaseGate, renderedTexts, uniqueTag, until} from '../support/index.js';

// The demo backend (demo/server.js), run as a real process and reached
// through the test server's proxy, with the real widget.
const demo = '/api/examples/demo';

async function chatWith(bot: string, transport: 'sse' | 'fetch') {
  return fixture<ChatBlocks>(html`<chat-blocks endpoint="${demo}/api/${bot}/${transport}" adapter=${transport}></chat-blocks>`);
}

describe('the demo backend', () => {
  for (const transport of ['sse', 'fetch'] as const) {
    it(`random bot over ${transport}: waits about 2 s, then answers one of its three lines`, async () => {
      const chat = await chatWith('random', transport);
      // A lower bound, which a slow machine only exceeds more; measured on
      // the monotonic clock, which no clock adjustment can move back.
      const started = performance.now();
      await chat.send('hello');
      expect(performance.now() - started).to.be.at.least(1900);
      expect(['How are you?', 'Today is a great day', "I'm very hungry"]).to.include(chat.messages.at(-1)!.content);
    });

    it(`streaming bot over ${transport}: streams its answer character by character`, async () => {
      const chat = await chatWith('streaming', transport);
      // The test server's proxy holds the reply after its first event (or
      // byte) until the test has seen it: paced writes can merge on the way.
      const gate = uniqueTag('demo-streaming');
      chat.headers = {'x-test-hold': `${gate} 1`};
      const sending = chat.send('hello');
      const reply = () => (chat.messages.at(-1)?.role === 'assistant' ? chat.messages.at(-1)!.content : '');
      await until(() => reply() !== '', 'the first character shows');
      const first = reply();
      await releaseGate(gate);
      await sending;
      const answer = chat.messages.at(-1)!.content as string;
      expect(['How are you?', 'I love you', "I'm very hungry"]).to.include(answer);
      expect(first, 'one character came first').to.equal(answer[0]);
    });

    it(`multimodal bot over ${transport}: takes files and text, shows the image, answers in bold`, async () => {
      const chat = await chatWith('multimodal', transport);
      const png = await (await fetch('/api/media/cat.png')).blob();
      await chat.send({text: 'look', files: [new File([png], 'cat.png', {type: 'image/png'})]});
      expect(chat.messages.map((m) => m.role)).to.deep.equal(['user', 'user', 'assistant']);
      expect(chat.messages.at(-1)!.content).to.equal("**That's cool!**");
      await until(() => deepQuery(chat, '[part~="message-content"] strong')?.textContent === "That's cool!", 'bold reply');
      await until(() => deepQuery<HTMLImageElement>(chat, '[part~="message-user"] img') !== null, "the user's image shows");
    });
  }

  it('stores uploads and serves them back', async () => {
    const form = new FormData();
    form.append('files', new File(['hello'], 'hello.txt', {type: 'text/plain'}));
    const [file] = await (await fetch(`${demo}/api/upload`, {method: 'POST', body: form})).json();
    expect(file).to.include({name: 'hello.txt', mime_type: 'text/plain', size: 5});
    expect(await (await fetch(`${demo}${file.url}`)).text()).to.equal('hello');
  });

  it("the demo page logs likes the way the guide's print_like_dislike does", async () => {
    localStorage.removeItem('chat-blocks-demo');
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="demo" src="/demo/index.html" style="width: 800px; height: 900px"></iframe>`,
    );
    // The page's own script (demo.js, a module after the widget's) sets the examples and then the endpoint of
    // its bot picker: the test's endpoint goes in after it, or the picker's would replace it.
    const demoChat = () => frame.contentDocument?.querySelector('chat-blocks') as ChatBlocks | null | undefined;
    await until(() => Boolean(demoChat()?.shadowRoot) && (demoChat()!.examples?.length ?? 0) > 0, 'the demo page loads and wires its chat');
    const page = frame.contentDocument!;
    const chat = demoChat()!;
    chat.endpoint = `${demo}/api/streaming/sse`;
    await chat.send('hi');
    await until(() => part(chat, 'like-button') !== null && renderedTexts(chat).length === 2, 'a reply to like');
    const reply = chat.messages.at(-1)!.content as string;
    const likes = [
      ...chat.shadowRoot!.querySelector('chat-message-list')!.shadowRoot!.querySelectorAll<HTMLElement>('[part~="like-button"]'),
    ];
    likes.at(-1)!.click();
    await until(() => page.querySelector('#log')!.textContent!.includes(`1 ${reply} true`), 'the like is printed as index value liked');
  });
});
