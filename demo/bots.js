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
