// Workload d: one reply of 100 KB, 1 MB or 4 MB of one shape (paragraphs,
// short lines, one table, math lines), set as a history and rendered as
// markdown (max-markdown-length raised past it, so the markdown path is what
// is timed, not the plain-text one). Measures the time until its end is on
// screen and laid out, and the longest main-thread task on the way. Time
// must grow linearly with size: bench/run.js checks 4 MB against 1 MB.
import {mountChatBlocks, messageContents} from './contenders.js';
import {startWindow, until} from './measure.js';

const sentinel = 'SCALING-END';

const line = (shape, i) => {
  switch (shape) {
    case 'paragraphs':
      return `Paragraph ${i} with *some* emphasis and \`code\`.\n\n`;
    case 'lines':
      return `a short line ${i}\n`;
    case 'table':
      return `| ${i} | cell *${i}* | \`x\` |\n`;
    case 'math':
      return `$$x_{${i}}^2 + y$$\n\n`;
    default:
      throw new Error(`unknown shape ${shape}`);
  }
};

/** `bytes` of `shape`, ending with the sentinel. */
export function scalingText(shape, bytes) {
  const parts = shape === 'table' ? ['| n | a | b |\n|---|---|---|\n'] : [];
  let size = parts[0]?.length ?? 0;
  for (let i = 0; size < bytes; i++) {
    const piece = line(shape, i);
    parts.push(piece);
    size += piece.length;
  }
  parts.push(shape === 'table' ? `\n${sentinel}` : sentinel);
  return parts.join('');
}

export async function setup(impl, params, parent) {
  if (impl !== 'chat-blocks') throw new Error('the scaling workload measures chat-blocks only');
  const text = scalingText(params.get('shape'), Number(params.get('bytes')));
  const chat = await mountChatBlocks(parent);
  chat.maxMarkdownLength = Infinity;
  // The markdown engine loads with the first message: loaded before the clock
  // starts, so the reply is timed as markdown (not as the plain text shown meanwhile).
  chat.messages = [{role: 'assistant', content: 'warm *up*'}];
  await until(() => messageContents(chat).at(-1)?.querySelector('em'), 'the markdown engine to load', 60_000);
  return async () => {
    const measuring = startWindow();
    const start = performance.now();
    chat.messages = [{role: 'assistant', content: text}];
    // The reply's element is looked up again only when it left the page: finding it searches the whole
    // list, and a search per frame over a DOM that grows with the reply made the wait itself quadratic
    // (4.4 s of the 1 MB math reply's 44 s of main-thread time, in a CPU profile).
    let content;
    const last = () => {
      if (!content?.isConnected) content = messageContents(chat).at(-1);
      return content?.lastElementChild;
    };
    await until(() => last()?.textContent.includes(sentinel), 'the end of the reply', 600_000);
    // Formulas past the first 256 blocks are typeset when their group comes on screen, in the frames
    // after it shows: the last group's formulas (the ones on screen) are part of the time.
    await until(() => !last().querySelector('.math-pending'), 'the math on screen', 600_000);
    last().getBoundingClientRect();
    const renderMs = performance.now() - start;
    const metrics = await measuring.stop();
    const longest = metrics.longestTaskMs;
    const formulas = last().querySelectorAll('math').length;
    return {renderMs, longestTaskMs: longest, bytes: text.length, formulas};
  };
}
