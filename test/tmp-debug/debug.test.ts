import {fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {ChatBlocks} from '../../src/index.js';
import {deepQuery, pause, uniqueTag} from '../helpers.js';

describe('debug', () => {
  it('thinking', async () => {
    const chat = await fixture<ChatBlocks>(html`<chat-blocks adapter="openai" model="r1" endpoint="/api/faults/reply"></chat-blocks>`);
    const sse = (delta: object, finish: string | null = null) =>
      `data: ${JSON.stringify({object: 'chat.completion.chunk', choices: [{index: 0, delta, finish_reason: finish}]})}\n\n`;
    chat.body = {fault: {tag: uniqueTag('thinking'), attempts: [{writes: [
      sse({role: 'assistant', content: null, reasoning_content: 'Two and '}), sse({reasoning_content: 'two.'}), {pause: 600},
      sse({content: 'Four.'}), sse({}, 'stop'), 'data: [DONE]\n\n']}]}};
    const sent = chat.send('2+2?');
    for (let i = 0; i < 10; i++) {
      await pause(100);
      console.log(i, chat.status, JSON.stringify(chat.messages), deepQuery(chat, '[part~="thought"]')?.outerHTML.slice(0, 200));
    }
    await sent;
  });
});
