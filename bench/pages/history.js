// Workload b: a history of 1000 mixed-markdown messages set at once (a
// restored conversation). Measures the time until the newest message is on
// screen and laid out, and the JS heap the rendered history holds.
import {historySentinel, longHistory} from '../workloads/corpus.js';
import {listSettled, loadNaive, messageContents, mountChatBlocks, mountNaiveChat, naiveMessage} from './contenders.js';
import {deepQueryAll, heapAfterGc, startWindow, until} from './measure.js';

export async function setup(impl, params, parent) {
  const messages = longHistory(Number(params.get('count') ?? 1000));
  const last = historySentinel(messages.length - 1);
  const contender = impl === 'chat-blocks' ? await chatBlocks(parent) : impl === 'baseline' ? await naive(parent) : undefined;
  if (!contender) throw new Error(`unknown impl ${impl}`);
  return async () => {
    // The history data already exists before and after: only what rendering adds is measured.
    const heapBefore = await heapAfterGc();
    const measuring = startWindow();
    const lastContent = await contender.render(messages);
    await until(() => lastContent()?.textContent.includes(last), `${impl} to render the last message`);
    lastContent().getBoundingClientRect();
    const metrics = await measuring.stop();
    const heapAfter = await heapAfterGc();
    return {
      ...metrics,
      heapBeforeMb: heapBefore / 2 ** 20,
      heapAfterMb: heapAfter / 2 ** 20,
      heapDeltaMb: (heapAfter - heapBefore) / 2 ** 20,
      elements: deepQueryAll(document, '*').length,
      messages: messages.length,
    };
  };
}

async function chatBlocks(parent) {
  const chat = await mountChatBlocks(parent);
  return {
    async render(messages) {
      chat.messages = messages;
      await listSettled(chat);
      return () => messageContents(chat).at(-1);
    },
  };
}

async function naive(parent) {
  const render = await loadNaive();
  const box = mountNaiveChat(parent);
  return {
    async render(messages) {
      let last;
      for (const message of messages) last = naiveMessage(box, message.role, render(message.content));
      box.scrollTop = box.scrollHeight; // a chat opens at its newest message
      return () => last;
    },
  };
}
