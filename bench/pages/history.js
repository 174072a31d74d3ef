// Workload b: a history of 1000 mixed-markdown messages set at once (a
// restored conversation). Measures the time until the newest message is on
// screen and laid out (what the user sees first: a chat opens at its end),
// the time until the whole history is in the DOM (its first and last
// messages, laid out), and the JS heap the rendered history holds.
import {historySentinel, longHistory} from '../workloads/corpus.js';
import {listSettled, loadNaive, messageContents, mountChatBlocks, mountNaiveChat, naiveMessage} from './contenders.js';
import {deepQueryAll, heapAfterGc, startWindow, until} from './measure.js';

export async function setup(impl, params, parent) {
  const messages = longHistory(Number(params.get('count') ?? 1000));
  const last = historySentinel(messages.length - 1);
  const first = historySentinel(0);
  const contender = impl === 'chat-blocks' ? await chatBlocks(parent) : impl === 'baseline' ? await naive(parent) : undefined;
  if (!contender) throw new Error(`unknown impl ${impl}`);
  return async () => {
    // The history data already exists before and after: only what rendering adds is measured.
    const heapBefore = await heapAfterGc();
    const measuring = startWindow();
    const start = performance.now();
    const {newest, all} = contender.render(messages);
    // Checked at every frame from the start, without waiting for the contender to say it is done.
    await until(() => newest()?.textContent.includes(last), `${impl} to render the last message`);
    newest().getBoundingClientRect();
    const newestMs = performance.now() - start;
    await contender.settled();
    // "Rendered" means the whole history: the oldest message too, not only the newest.
    await until(
      () => all().at(0)?.textContent.includes(first) && all().at(-1)?.textContent.includes(last),
      `${impl} to render every message`,
    );
    if (all().length !== messages.length) throw new Error(`${impl} rendered ${all().length} of ${messages.length} messages`);
    all()[0].getBoundingClientRect();
    const metrics = await measuring.stop();
    const heapAfter = await heapAfterGc();
    return {
      ...metrics,
      newestMs,
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
    render(messages) {
      chat.messages = messages;
      return {newest: () => messageContents(chat).at(-1), all: () => messageContents(chat)};
    },
    settled: () => listSettled(chat),
  };
}

async function naive(parent) {
  const render = await loadNaive();
  const box = mountNaiveChat(parent);
  return {
    render(messages) {
      const divs = messages.map((message) => naiveMessage(box, message.role, render(message.content)));
      box.scrollTop = box.scrollHeight; // a chat opens at its newest message
      return {newest: () => divs.at(-1), all: () => divs};
    },
    settled: async () => {},
  };
}
