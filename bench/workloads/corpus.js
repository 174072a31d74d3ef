// The fixed inputs of every workload: a long markdown reply, its chunking,
// and a long history. Generated from a seeded PRNG so every run (and every
// machine) measures exactly the same text. Plain ESM with no imports: it runs
// in the bench pages and in Node alike.

/** Marks the end of a text, so a page can tell that the whole of it is on screen. */
export const replySentinel = 'END-OF-REPLY-7f3a';

/** mulberry32: tiny, fast, and identical everywhere. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const vocabulary = (
  'the a stream token reply model server widget message render layout browser latency buffer chunk ' +
  'markdown table list code fence parser sanitizer element shadow root context adapter session history ' +
  'frame paint style update event request response header payload retry timeout signal abort queue ' +
  'cache memory heap garbage collector worker thread task microtask animation scroll viewport focus'
).split(' ');

function writer(seed) {
  const next = random(seed);
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[int(0, list.length - 1)];
  const words = (count) => Array.from({length: count}, () => pick(vocabulary)).join(' ');

  /** A sentence with the inline syntax a model reply uses: bold, emphasis, code, links. */
  const sentence = () => {
    const list = words(int(6, 16)).split(' ');
    const at = int(0, list.length - 1);
    const word = list[at];
    list[at] = [`**${word}**`, `*${word}*`, `\`${word}()\``, `[${word}](https://example.com/${word})`, word, word][int(0, 5)];
    const decorated = list.join(' ');
    return decorated[0].toUpperCase() + decorated.slice(1) + '.';
  };
  const paragraph = () => Array.from({length: int(2, 5)}, sentence).join(' ');
  const bulletList = () => Array.from({length: int(3, 6)}, () => `- ${sentence()}`).join('\n');
  const orderedList = () => Array.from({length: int(3, 5)}, (_, i) => `${i + 1}. ${sentence()}\n   - ${words(int(3, 7))}`).join('\n');
  const quote = () => `> ${paragraph()}`;
  const codeFence = () => {
    const language = pick(['js', 'python', 'ts', '']);
    const lines = Array.from({length: int(4, 10)}, (_, i) =>
      language === 'python'
        ? `    ${pick(vocabulary)}_${i} = ${pick(vocabulary)}(${int(0, 99)})`
        : `  const ${pick(vocabulary)}${i} = ${pick(vocabulary)}(${int(0, 99)}); // ${words(3)}`,
    );
    const head = language === 'python' ? 'def handle(request):' : 'function handle(request) {';
    const tail = language === 'python' ? '    return request' : '}';
    return ['```' + language, head, ...lines, tail, '```'].join('\n');
  };
  const table = () => {
    const columns = int(3, 4);
    const row = () => `| ${Array.from({length: columns}, () => words(int(1, 3))).join(' | ')} |`;
    return [
      `| ${Array.from({length: columns}, (_, i) => `Column ${i + 1}`).join(' | ')} |`,
      `|${' --- |'.repeat(columns)}`,
      ...Array.from({length: int(4, 8)}, row),
    ].join('\n');
  };
  const heading = () => `${'#'.repeat(int(2, 3))} ${words(int(2, 5))}`;

  return {int, next, words, sentence, paragraph, bulletList, orderedList, quote, codeFence, table, heading};
}

/**
 * A long assistant reply of about `targetBytes` characters: paragraphs,
 * headings, lists, quotes, code fences and at least one table, ending with
 * the sentinel.
 */
export function longReply(targetBytes = 30_000, seed = 1) {
  const w = writer(seed);
  const blocks = [w.paragraph(), w.table()];
  let size = blocks.join('\n\n').length;
  const makers = [w.paragraph, w.paragraph, w.paragraph, w.bulletList, w.orderedList, w.codeFence, w.heading, w.quote, w.table];
  while (size < targetBytes - 200) {
    const block = makers[w.int(0, makers.length - 1)]();
    blocks.push(block);
    size += block.length + 2;
  }
  blocks.push(`That is all. ${replySentinel}`);
  return blocks.join('\n\n');
}

/**
 * Splits a text into `count` chunks of uneven size (as a model's tokens are),
 * cutting anywhere, even inside a code fence or a table row.
 */
export function chunkText(text, count = 3000, seed = 2) {
  const next = random(seed);
  const weights = Array.from({length: count}, () => 0.2 + next());
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const chunks = [];
  let start = 0;
  let acc = 0;
  for (let i = 0; i < count; i++) {
    acc += weights[i];
    const end = i === count - 1 ? text.length : Math.max(start + 1, Math.round((acc / total) * text.length));
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks.filter((chunk) => chunk.length > 0);
}

/** The sentinel that ends message `index` of a history, so each message's text is unique. */
export const historySentinel = (index) => `msg-end-${index}`;

/**
 * A long conversation: `count` messages alternating user and assistant.
 * User messages are a sentence or two; replies mix every kind of markdown.
 */
export function longHistory(count = 1000, seed = 3) {
  const w = writer(seed);
  const kinds = [
    () => w.paragraph(),
    () => `${w.paragraph()}\n\n${w.bulletList()}`,
    () => `${w.sentence()}\n\n${w.codeFence()}\n\n${w.sentence()}`,
    () => `${w.heading()}\n\n${w.orderedList()}\n\n${w.paragraph()}`,
    () => `${w.sentence()}\n\n${w.table()}`,
    () => `${w.quote()}\n\n${w.paragraph()}`,
  ];
  return Array.from({length: count}, (_, index) => {
    const role = index % 2 === 0 ? 'user' : 'assistant';
    const body = role === 'user' ? w.sentence() + (w.next() < 0.3 ? ` ${w.sentence()}` : '') : kinds[w.int(0, kinds.length - 1)]();
    return {role, content: `${body}\n\n${historySentinel(index)}`};
  });
}
