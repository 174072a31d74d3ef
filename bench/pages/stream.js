// Workload a: one long markdown reply streamed in many chunks as fast as the
// page can take them (`?bytes=` of text, default 30 KB, in `?chunks=` chunks,
// default 3000). `?delivery=microtask` hands chunks over back to back (a
// local model, a fast proxy); `?delivery=task` hands each one over in its own
// task, as network chunks arrive, so the page could paint between them.
//
// After the stream, each contender renders the same final text once, in a
// fresh chat (`oneShotMs`): streaming is measured against that. chat-blocks
// also reports whether the streamed DOM equals the one-shot DOM.
//
// The one-shot runs second, on code the stream loaded and V8 compiled and
// optimized. With `?warm=1` chat-blocks streams the text twice, each time in
// a fresh chat: the first stream of the page (`cold…` figures, on code not
// yet loaded) and then the measured one, so stream and one-shot both run
// warm. `?once=cold` renders the text once on a fresh page and nothing else:
// the cold one-shot the first stream compares with (bench/targets.js).
import {chunkText, longReply, replySentinel} from '../workloads/corpus.js';
import {
  deepChatBubbles,
  listSettled,
  loadNaive,
  messageContents,
  mountChatBlocks,
  mountDeepChat,
  mountNaiveChat,
  naiveMessage,
} from './contenders.js';
import {nextTask, startWindow, until} from './measure.js';

const question = 'Explain the whole architecture, with examples.';

export async function setup(impl, params, parent) {
  const text = longReply(Number(params.get('bytes') ?? 30_000));
  const chunks = chunkText(text, Number(params.get('chunks') ?? 3000));
  const deliver = params.get('delivery') === 'task' ? nextTask : () => Promise.resolve();
  const contender = {'chat-blocks': setupChatBlocks, baseline: setupNaive, 'deep-chat': setupDeepChat}[impl];
  if (!contender) throw new Error(`unknown impl ${impl}`);
  return contender(parent, text, chunks, deliver, params);
}

/** A box of its own for the one-shot render, so it starts from an empty chat as the stream did. */
function freshBox(parent) {
  const box = document.createElement('div');
  parent.replaceChildren(box);
  return box;
}

/**
 * The markup of `element` without comments: elements, attributes and text.
 * Lit's comment markers are left out; their count depends on the order in
 * which parts were created, not on what the page shows.
 */
const visibleHtml = (element) => element.innerHTML.replace(/<!--[^]*?-->/g, '');

/** The stream's figures with the one-shot render's time and the ratio of the two. */
const againstOneShot = (metrics, oneShotMs) => ({...metrics, oneShotMs, streamOverOneShot: metrics.wallMs / oneShotMs});

/**
 * A chat-blocks chat that renders the whole reply as markdown: the 100 KB
 * reply is past the default max-markdown-length, and a plain-text one-shot
 * would time a different render than the stream's.
 */
async function markdownChat(parent) {
  const chat = await mountChatBlocks(parent);
  chat.maxMarkdownLength = Infinity;
  return chat;
}

const lastContent = (element) => messageContents(element).at(-1);

/** chat-blocks' `chat` streams `chunks` as its reply to `question`: the window's figures and the final DOM. */
async function streamInto(chat, chunks, deliver, marks) {
  chat.adapter = async function* () {
    for (const chunk of chunks) {
      await deliver();
      yield {delta: chunk};
    }
  };
  // The marks cut a trace into the stream's window and the one-shot's (bench/trace-stream.js).
  performance.mark(`${marks}-start`);
  const measuring = startWindow();
  await chat.send(question);
  await listSettled(chat);
  await until(() => lastContent(chat)?.textContent.includes(replySentinel), 'chat-blocks to render the end of the reply');
  lastContent(chat).getBoundingClientRect(); // style and layout of the final DOM count too
  performance.mark(`${marks}-end`);
  return {metrics: await measuring.stop(), html: visibleHtml(lastContent(chat))};
}

/** chat-blocks renders `text` once in a fresh chat: the milliseconds to its final DOM, and that DOM. */
async function renderOnce(parent, text) {
  const once = await markdownChat(freshBox(parent));
  performance.mark('once-start');
  const start = performance.now();
  once.messages = [
    {role: 'user', content: question},
    {role: 'assistant', content: text},
  ];
  await listSettled(once);
  await until(() => lastContent(once)?.textContent.includes(replySentinel), 'chat-blocks to render the text once');
  lastContent(once).getBoundingClientRect();
  performance.mark('once-end');
  return {oneShotMs: performance.now() - start, html: visibleHtml(lastContent(once))};
}

async function setupChatBlocks(parent, text, chunks, deliver, params) {
  // The bundle loads and the chat mounts before the clock starts, as for the stream; the rest of a first reply's code after.
  if (params.get('once') === 'cold') return async () => ({oneShotMs: (await renderOnce(parent, text)).oneShotMs});
  const chat = await markdownChat(parent);
  const warm = params.get('warm') === '1';
  return async () => {
    // The first stream of the page. With ?warm=1 the measured stream comes second, in a fresh chat.
    const first = await streamInto(chat, chunks, deliver, 'stream');
    let measured = first;
    if (warm) {
      const box = freshBox(parent);
      globalThis.gc?.(); // the first stream's garbage is not the measured stream's to collect
      measured = await streamInto(await markdownChat(box), chunks, deliver, 'warm-stream');
    }
    const once = await renderOnce(parent, text);
    return {
      ...againstOneShot(measured.metrics, once.oneShotMs),
      ...(warm && {
        coldWallMs: first.metrics.wallMs,
        coldFramesOver50Ms: first.metrics.framesOver50Ms,
        coldMaxFrameGapMs: first.metrics.maxFrameGapMs,
      }),
      // Every stream of the run ends in the one-shot's DOM.
      sameDom: first.html === once.html && measured.html === once.html ? 1 : 0,
      textLength: text.length,
      chunks: chunks.length,
    };
  };
}

async function setupNaive(parent, text, chunks, deliver) {
  const render = await loadNaive();
  const box = mountNaiveChat(parent);
  return async () => {
    const measuring = startWindow();
    naiveMessage(box, 'user', render(question));
    const reply = naiveMessage(box, 'assistant');
    let sofar = '';
    for (const chunk of chunks) {
      await deliver();
      sofar += chunk;
      reply.innerHTML = render(sofar);
    }
    await until(() => reply.textContent.includes(replySentinel), 'the baseline to render the end of the reply');
    reply.getBoundingClientRect();
    const metrics = await measuring.stop();

    const start = performance.now();
    const onceBox = mountNaiveChat(freshBox(parent));
    naiveMessage(onceBox, 'user', render(question));
    naiveMessage(onceBox, 'assistant', render(text)).getBoundingClientRect();
    return {
      ...againstOneShot(metrics, performance.now() - start),
      textLength: reply.textContent.length,
      chunks: chunks.length,
    };
  };
}

async function setupDeepChat(parent, text, chunks, deliver) {
  let streamed;
  const chat = await mountDeepChat(parent, (element) => {
    element.connect = {
      stream: true,
      handler: (_body, signals) => {
        streamed = (async () => {
          signals.onOpen();
          for (const chunk of chunks) {
            await deliver();
            await signals.onResponse({text: chunk});
          }
          signals.onClose();
        })();
      },
    };
  });
  const lastBubble = (element) => deepChatBubbles(element).at(-1);
  return async () => {
    const measuring = startWindow();
    chat.submitUserMessage({text: question});
    await until(() => streamed, 'deep-chat to call its handler');
    await streamed;
    await until(() => lastBubble(chat)?.textContent.includes(replySentinel), 'deep-chat to render the end of the reply');
    lastBubble(chat).getBoundingClientRect();
    const metrics = await measuring.stop();

    const start = performance.now();
    const once = await mountDeepChat(freshBox(parent), (element) => {
      element.history = [
        {role: 'user', text: question},
        {role: 'ai', text},
      ];
    });
    await until(() => lastBubble(once)?.textContent.includes(replySentinel), 'deep-chat to render the text once');
    lastBubble(once).getBoundingClientRect();
    return {
      ...againstOneShot(metrics, performance.now() - start),
      textLength: lastBubble(chat).textContent.length,
      chunks: chunks.length,
    };
  };
}
