// Workload g, hostile texts (issue 10): one case of test/hostile/parsing-corpus.ts
// shown in a <chat-blocks>, set as a history (`mode=history`) or streamed in
// 40 pieces, one task each (`mode=stream`). Measures the longest main-thread
// task until the case's sentinel is on screen: the bound is 200 ms.
// bench/hostile.js hands the case's text over as `window.hostileCase`.
import {mountChatBlocks, messageContents} from './contenders.js';
import {nextFrame, nextTask, startWindow, until} from './measure.js';

/** Cut into `count` pieces, anywhere: a stream cuts text where it likes. */
function pieces(text, count) {
  const size = Math.ceil(text.length / count);
  return Array.from({length: Math.ceil(text.length / size)}, (_, i) => text.slice(i * size, (i + 1) * size));
}

/**
 * True when the text at the end of `root` holds `word`. Only the last text
 * nodes are read: the text of a huge reply, or of its last group of blocks,
 * read every frame would be a long task of the bench's own.
 */
function endsWith(root, word) {
  if (!root) return false;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.lastChild(); node && text.length < word.length * 4; node = walker.previousNode()) text = node.data + text;
  return text.includes(word);
}

/** The error shown on the last message, if any. */
function limitError(chat) {
  const list = chat.shadowRoot?.querySelector('chat-message-list');
  return [...(list?.shadowRoot?.querySelectorAll('[part~="message-error"]') ?? [])].at(-1);
}

export async function setup(impl, params, parent) {
  if (impl !== 'chat-blocks') throw new Error('the hostile workload measures chat-blocks only');
  const chat = await mountChatBlocks(parent);
  if (params.get('inlineMath') === '1') chat.setAttribute('inline-math', '');
  // The markdown engine, math and highlighting load once per page: loaded before the clock starts.
  chat.messages = [{role: 'assistant', content: 'warm *up*\n\n$$x^2$$\n\n```xml\n<a/>\n```'}];
  await until(() => messageContents(chat).at(-1)?.querySelector('em'), 'the markdown engine to load', 60_000);
  await until(() => messageContents(chat).at(-1)?.querySelector('.math-display, code.hljs'), 'math and highlighting', 60_000);
  await nextFrame();
  return async () => {
    const {text, sentinel} = window.hostileCase;
    const errors = [];
    window.addEventListener('error', (event) => errors.push(String(event.error ?? event.message)));
    window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
    const measuring = startWindow();
    if (params.get('mode') === 'stream') {
      const chunks = pieces(text, 40);
      chat.adapter = async function* () {
        for (const chunk of chunks) {
          await nextTask();
          yield {delta: chunk};
        }
      };
      await chat.send('stream it');
    } else {
      chat.messages = [
        {role: 'user', content: 'show me'},
        {role: 'assistant', content: text},
      ];
    }
    const content = () => messageContents(chat).at(-1);
    // A streamed case past max-reply-size (the deep lists: 13.5 and 25 MB of indentation) ends as that
    // cap says: the reply stops with an error naming it and keeps its text so far. That is its end too.
    const capped = () => chat.status === 'error' && limitError(chat)?.textContent.includes('max-reply-size');
    await until(() => endsWith(content(), sentinel) || capped(), 'the end of the case', 120_000);
    // The formulas of a long text's last group (on screen) are typeset in the frames after it shows: they count too.
    await until(() => !content().lastElementChild?.querySelector('.math-pending'), 'the math on screen', 120_000);
    content().getBoundingClientRect();
    const metrics = await measuring.stop();
    return {
      longestTaskMs: metrics.longestTaskMs,
      wallMs: metrics.wallMs,
      maxFrameGapMs: metrics.maxFrameGapMs,
      end: capped() ? 'max-reply-size' : 'shown',
      errors,
    };
  };
}
