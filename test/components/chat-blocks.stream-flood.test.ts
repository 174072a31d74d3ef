// A reply whose chunks come far faster than frames (one task each, many per
// frame), as the 100 KB bench stream does: what is drawn is paced, but every
// chunk arrives, in order, and the stop button and errors still work mid-stream.
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {ChatBlocks} from '../../src/index.js';
import type {ChatChunk} from '../../src/core/types.js';
import {expectEvent, part, parts, until} from '../support/index.js';

/** Resolves in a new task, as network chunks arrive (a message, not a timer: nested timers wait 4 ms each). */
function nextTask(): Promise<void> {
  const channel = new MessageChannel();
  return new Promise((resolve) => {
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(0);
  });
}

/** Numbered markdown paragraphs, lists and code, cut into pieces of `size` characters (inside words and fences too). */
function floodText(paragraphs: number): string {
  return Array.from({length: paragraphs}, (_, i) =>
    i % 7 === 3
      ? `- item ${i}a\n- item ${i}b\n\n`
      : i % 11 === 5
        ? `\`\`\`\ncode ${i}\n\`\`\`\n\n`
        : `Paragraph ${i} with **bold** words.\n\n`,
  ).join('');
}
const pieces = (text: string, size: number) =>
  Array.from({length: Math.ceil(text.length / size)}, (_, i) => text.slice(i * size, (i + 1) * size));

async function chatWith(adapter: () => AsyncIterable<ChatChunk>): Promise<ChatBlocks> {
  const chat = await fixture<ChatBlocks>(html`<chat-blocks style="height: 400px"></chat-blocks>`);
  chat.maxMarkdownLength = Infinity;
  chat.adapter = adapter;
  return chat;
}

const content = (chat: ChatBlocks) => parts(chat, 'message-content').at(-1)!;

describe('<chat-blocks> under a flood of chunks', () => {
  it('shows every chunk, in order, and the same DOM as the text rendered at once', async () => {
    const text = floodText(300);
    const chat = await chatWith(async function* () {
      for (const piece of pieces(text, 7)) {
        await nextTask();
        yield {delta: piece};
      }
    });
    await chat.send('flood');
    await until(() => content(chat)?.textContent?.includes('Paragraph 299'), 'the end of the reply on screen');
    expect(chat.messages.at(-1)!.content).to.equal(text);
    const streamed = content(chat).innerHTML.replace(/<!--[^]*?-->/g, '');

    const once = await fixture<ChatBlocks>(html`<chat-blocks style="height: 400px"></chat-blocks>`);
    once.maxMarkdownLength = Infinity;
    once.messages = [
      {role: 'user', content: 'flood'},
      {role: 'assistant', content: text},
    ];
    await until(() => content(once)?.textContent?.includes('Paragraph 299'), 'the text rendered at once');
    expect(streamed).to.equal(content(once).innerHTML.replace(/<!--[^]*?-->/g, ''));
  });

  it('stops mid-flood: the text received so far stays, all of it drawn, marked stopped', async () => {
    const text = floodText(2000);
    let sent = 0;
    const chat = await chatWith(async function* () {
      for (const piece of pieces(text, 5)) {
        await nextTask();
        sent++;
        yield {delta: piece};
      }
    });
    const stopped = expectEvent(chat, 'chat-stop');
    const sending = chat.send('flood');
    await until(() => sent > 200 && part(chat, 'stop-button') !== null, 'the flood is under way');
    part(chat, 'stop-button')!.click();
    await stopped;
    await sending;
    await until(() => part(chat, 'message-stopped') !== null, 'the stopped mark');
    const kept = chat.messages.at(-1)!.content as string;
    expect(kept.length).to.be.greaterThan(0);
    expect(text.startsWith(kept), 'the kept text is the start of the reply, in order').to.equal(true);
    expect(kept.length).to.be.lessThan(text.length);
    // The last paragraph received is on screen: nothing waits for a frame that no longer comes.
    const lastNumber = [...kept.matchAll(/Paragraph (\d+) /g)].at(-1)![1];
    const lastShown = new RegExp(`Paragraph ${lastNumber}\\b`);
    await until(() => lastShown.test(content(chat).textContent!), 'the last paragraph received on screen');
    await until(() => part(chat, 'submit-button') !== null, 'the send button is back');
  });

  it('shows an error that comes mid-flood under the text received before it', async () => {
    const text = floodText(400);
    const chat = await chatWith(async function* () {
      for (const piece of pieces(text, 6)) {
        await nextTask();
        yield {delta: piece};
      }
      yield {error: 'The model went away.'};
    });
    const failed = expectEvent(chat, 'chat-error');
    await chat.send('flood');
    await failed;
    await until(() => part(chat, 'message-error')?.textContent?.includes('The model went away.'), 'the error under the reply');
    expect(chat.messages.at(-1)!.content).to.equal(text);
    await until(() => content(chat).textContent!.includes('Paragraph 399'), 'the text before the error on screen');
  });
});
