// Workload b: a history of `?count=` mixed-markdown messages (default 1000)
// set at once (a restored conversation). Measures the time until the newest
// message is on screen and laid out (what the user sees first: a chat opens
// at its end), the time until the whole history is in the DOM (its first and
// last messages, laid out), the JS heap and elements the rendered history
// holds, and then the time to append one message to it.
//
// `?visible=N` renders only the newest N messages instead (about what one
// screen shows): the reference the full history's time to newest is
// measured against.
import {historySentinel, longHistory} from '../workloads/corpus.js';
import {
  deepChatBubbles,
  deepChatMessage,
  listSettled,
  loadNaive,
  messageContents,
  mountChatBlocks,
  loadDeepChat,
  mountDeepChat,
  mountNaiveChat,
  naiveMessage,
} from './contenders.js';
import {deepQueryAll, heapsAfterGc, startWindow, until} from './measure.js';

const appended = {role: 'assistant', content: `One more **reply**, appended to a long chat.\n\n${historySentinel('appended')}`};

export async function setup(impl, params, parent) {
  const all = longHistory(Number(params.get('count') ?? 1000));
  const visible = Number(params.get('visible') ?? 0);
  const messages = visible > 0 ? all.slice(-visible) : all;
  const last = historySentinel(all.length - 1);
  const first = historySentinel(all.length - messages.length);
  const make = {'chat-blocks': chatBlocks, baseline: naive, 'deep-chat': deepChat}[impl];
  if (!make) throw new Error(`unknown impl ${impl}`);
  const contender = await make(parent);
  return async () => {
    // The history data already exists before and after: only what rendering adds is measured.
    const heapBefore = await heapsAfterGc();
    const measuring = startWindow();
    // The marks cut a Chromium trace of this workload at the time to the newest message.
    performance.mark('newest-start');
    const start = performance.now();
    const {newest, everything} = await contender.render(messages);
    // Checked at every frame from the start, without waiting for the contender to say it is done.
    await until(() => newest()?.textContent.includes(last), `${impl} to render the last message`);
    newest().getBoundingClientRect();
    const newestMs = performance.now() - start;
    performance.mark('newest-end');
    await contender.settled();
    // "Rendered" means the whole history: the oldest message too, not only the newest.
    await until(
      () => everything().at(0)?.textContent.includes(first) && everything().at(-1)?.textContent.includes(last),
      `${impl} to render every message`,
    );
    if (everything().length !== messages.length) throw new Error(`${impl} rendered ${everything().length} of ${messages.length} messages`);
    everything()[0].getBoundingClientRect();
    const metrics = await measuring.stop();
    const heapAfter = await heapsAfterGc();
    const elements = deepQueryAll(document, '*').length;

    // One more message, as a reply that just finished arrives: until it is on screen and laid out.
    const appendStart = performance.now();
    contender.append(messages, appended);
    // Checked as soon as the contender says it rendered, not only at the next frame.
    await contender.settled();
    // The page laid out: the clock stops here if the message is there. Looking for it
    // (a query through every element of a long history) is the bench's work, not the contender's.
    parent.getBoundingClientRect();
    let appendMs = performance.now() - appendStart;
    const shown = () => everything().at(-1)?.textContent.includes(historySentinel('appended'));
    if (!shown()) {
      await until(shown, `${impl} to append a message`);
      everything().at(-1).getBoundingClientRect();
      appendMs = performance.now() - appendStart;
    }
    // A property that does not affect message content (issue 17): until it is laid out, and what it changed inside messages.
    const change = contender.changeProperty ? await contender.changeProperty() : {ms: NaN, mutations: NaN};
    return {
      ...metrics,
      newestMs,
      appendMs,
      propertyChangeMs: change.ms,
      propertyChangeMutations: change.mutations,
      heapBeforeMb: heapBefore.js / 2 ** 20,
      heapAfterMb: heapAfter.js / 2 ** 20,
      heapDeltaMb: (heapAfter.js - heapBefore.js) / 2 ** 20,
      heapPerMessageKb: (heapAfter.js - heapBefore.js) / 1024 / messages.length,
      blinkHeapPerMessageKb: (heapAfter.blink - heapBefore.blink) / 1024 / messages.length,
      retainedPerMessageKb: (heapAfter.js + heapAfter.blink - heapBefore.js - heapBefore.blink) / 1024 / messages.length,
      elements,
      elementsPerMessage: elements / messages.length,
      messages: messages.length,
    };
  };
}

/**
 * One message of every kind the history holds, its code in each of its
 * languages: shown and cleared before the heap is measured, so the widget's
 * code that loads on first use (markdown, highlighting) is in the heap
 * before, as the baseline's marked and DOMPurify are.
 */
const warmUp = {
  role: 'assistant',
  content:
    ['js', 'python', 'ts', ''].map((language) => `\`\`\`${language}\nconst a = 1;\n\`\`\``).join('\n\n') +
    '\n\n| a | b |\n| - | - |\n| 1 | 2 |',
};

async function chatBlocks(parent) {
  const chat = await mountChatBlocks(parent);
  chat.messages = [warmUp];
  await listSettled(chat);
  await until(
    () => chat.shadowRoot.querySelector('chat-message-list')?.shadowRoot?.querySelectorAll('code.hljs, pre code .hljs-keyword').length > 0,
    'the warm-up to be highlighted',
  );
  chat.messages = [];
  await listSettled(chat);
  return {
    render(messages) {
      chat.messages = messages;
      return {newest: () => messageContents(chat).at(-1), everything: () => messageContents(chat)};
    },
    append(messages, message) {
      chat.messages = [...messages, message];
    },
    settled: () => listSettled(chat),
    /**
     * Sets `placeholder`, then `disabled`: the longer of the two changes, each
     * timed until laid out, and the DOM mutations both made inside message contents.
     */
    async changeProperty() {
      let mutations = 0;
      const observer = new MutationObserver((records) => (mutations += records.length));
      for (const content of messageContents(chat))
        observer.observe(content, {subtree: true, childList: true, characterData: true, attributes: true});
      let ms = 0;
      for (const change of [() => (chat.placeholder = 'Ask something else'), () => (chat.disabled = true)]) {
        const start = performance.now();
        change();
        await listSettled(chat);
        chat.getBoundingClientRect();
        ms = Math.max(ms, performance.now() - start);
      }
      mutations += observer.takeRecords().length;
      observer.disconnect();
      return {ms, mutations};
    },
  };
}

async function naive(parent) {
  const render = await loadNaive();
  const box = mountNaiveChat(parent);
  const divs = [];
  return {
    render(messages) {
      divs.push(...messages.map((message) => naiveMessage(box, message.role, render(message.content))));
      box.scrollTop = box.scrollHeight; // a chat opens at its newest message
      return {newest: () => divs.at(-1), everything: () => divs};
    },
    append(_messages, message) {
      divs.push(naiveMessage(box, message.role, render(message.content)));
      box.scrollTop = box.scrollHeight;
    },
    settled: async () => {},
  };
}

/**
 * deep-chat takes a history in its `history` property, read when it first
 * renders: the element is made with it and put on the page when the clock
 * starts, so its time includes building its (empty) chat.
 */
async function deepChat(parent) {
  // Its module is loaded before the clock starts, as the other contenders' are.
  await loadDeepChat();
  let chat;
  return {
    async render(messages) {
      chat = await mountDeepChat(parent, (element) => (element.history = messages.map(deepChatMessage)));
      return {newest: () => deepChatBubbles(chat).at(-1), everything: () => deepChatBubbles(chat)};
    },
    append(_messages, message) {
      chat.addMessage(deepChatMessage(message));
    },
    settled: async () => {},
  };
}
