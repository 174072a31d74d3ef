// The three bots of Gradio's chatbot guide, as plain async generators of
// text pieces, so one bot can be served over any transport.

const sleep = (ms, signal) =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

const pick = (list) => list[Math.floor(Math.random() * list.length)];

/** Waits 2 s, then answers at once. */
export async function* randomBot(_request, signal) {
  await sleep(2000, signal);
  yield pick(['How are you?', 'Today is a great day', "I'm very hungry"]);
}

/** Streams its random answer character by character. */
export async function* streamingBot(_request, signal) {
  for (const character of pick(['How are you?', 'I love you', "I'm very hungry"])) {
    if (signal?.aborted) return;
    await sleep(50, signal);
    yield character;
  }
}

/** Takes files and text, and streams back "**That's cool!**". */
export async function* multimodalBot(_request, signal) {
  for (const character of "**That's cool!**") {
    if (signal?.aborted) return;
    await sleep(50, signal);
    yield character;
  }
}

export const bots = {random: randomBot, streaming: streamingBot, multimodal: multimodalBot};

const showcaseAnswer = `Here is what the widget renders, streamed as it arrives.

## A table

| Feature | Where | Lazy? |
| --- | --- | :---: |
| Markdown | marked + DOMPurify | no |
| Code highlighting | highlight.js | yes |
| Math | KaTeX | yes |

## Code

\`\`\`python
def respond(message, history):
    return f"You said {message}"
\`\`\`

## Math

The quadratic formula: $$x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}$$

- [x] task lists
- [ ] and everything GitHub users expect
`;

/**
 * Shows everything the message list can do: a thought with a duration,
 * reasoning tags, markdown with a table, code and math, an image, and
 * clickable options. It yields structured chunks, not only text.
 */
export async function* showcaseBot(_request, signal) {
  const start = Date.now();
  yield {
    message: {role: 'assistant', content: 'Looking up the feature list…', metadata: {title: '🔎 Searching the docs', status: 'pending'}},
  };
  await sleep(600, signal);
  yield {metadata: {status: 'done', duration: (Date.now() - start) / 1000, log: '3 pages read'}};
  for (const piece of ['<think>The user wants a tour. ', 'I will show every feature.</think>']) {
    yield {delta: piece};
    await sleep(150, signal);
  }
  for (let i = 0; i < showcaseAnswer.length; i += 6) {
    if (signal?.aborted) return;
    yield {delta: showcaseAnswer.slice(i, i + 6)};
    await sleep(15, signal);
  }
  yield {
    message: {
      role: 'assistant',
      content: {url: '/demo/chart.svg', mime_type: 'image/svg+xml', alt_text: 'A bar chart of replies per bot', name: 'chart.svg'},
    },
  };
  yield {
    message: {
      role: 'assistant',
      content: 'What next?',
      options: [{value: 'Show me the table again', label: 'The table again'}, {value: 'Tell me a joke'}],
    },
  };
}

bots.showcase = showcaseBot;
