// Workload a: one long markdown reply (~30 KB) streamed in ~3000 chunks as
// fast as the page can take them. `?delivery=microtask` hands chunks over
// back to back (a local model, a fast proxy); `?delivery=task` hands each one
// over in its own task, as network chunks arrive, so the page could paint
// between them.
import {chunkText, longReply, replySentinel} from '../workloads/corpus.js';
import {listSettled, loadNaive, messageContents, mountChatBlocks, mountNaiveChat, naiveMessage} from './contenders.js';
import {nextTask, startWindow, until} from './measure.js';

const question = 'Explain the whole architecture, with examples.';

export async function setup(impl, params, parent) {
  const chunks = chunkText(longReply());
  const deliver = params.get('delivery') === 'task' ? nextTask : () => Promise.resolve();
  if (impl === 'chat-blocks') return setupChatBlocks(parent, chunks, deliver);
  if (impl === 'baseline') return setupNaive(parent, chunks, deliver);
  throw new Error(`unknown impl ${impl}`);
}

async function setupChatBlocks(parent, chunks, deliver) {
  const chat = await mountChatBlocks(parent);
  chat.adapter = async function* () {
    for (const chunk of chunks) {
      await deliver();
      yield {delta: chunk};
    }
  };
  const lastContent = () => messageContents(chat).at(-1);
  return async () => {
    const measuring = startWindow();
    await chat.send(question);
    await listSettled(chat);
    await until(() => lastContent()?.textContent.includes(replySentinel), 'chat-blocks to render the end of the reply');
    lastContent().getBoundingClientRect(); // style and layout of the final DOM count too
    const metrics = await measuring.stop();
    return {...metrics, textLength: lastContent().textContent.length, chunks: chunks.length};
  };
}

async function setupNaive(parent, chunks, deliver) {
  const render = await loadNaive();
  const box = mountNaiveChat(parent);
  return async () => {
    const measuring = startWindow();
    naiveMessage(box, 'user', render(question));
    const reply = naiveMessage(box, 'assistant');
    let text = '';
    for (const chunk of chunks) {
      await deliver();
      text += chunk;
      reply.innerHTML = render(text);
    }
    await until(() => reply.textContent.includes(replySentinel), 'the baseline to render the end of the reply');
    reply.getBoundingClientRect();
    const metrics = await measuring.stop();
    return {...metrics, textLength: reply.textContent.length, chunks: chunks.length};
  };
}
