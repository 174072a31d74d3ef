// Backends built with the libraries developers really use (the Vercel AI
// SDK, the openai SDK, LangChain.js, hono) and the Ollama and Anthropic wire
// formats as their documentation shows them (test/server/routes/libraries.js),
// each connected to <chat-blocks> by attributes alone. Mid-stream failures
// are reported in each protocol's own error shape: a broken connection would
// test nothing more, and a browser may drop the unread text before it.
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {ChatBlocks} from '../../src/index.js';
import type {ChatMessage} from '../../src/core/types.js';
import {deepQuery, expectEvent, part, sseScript, until} from '../support/index.js';

type ErrorDetail = {error: string; status?: number};

const markdownReply = 'Here is **the code**:\n\n```js\nconsole.log("hi");\n```\n\nDone.';
const failure = 'The model is overloaded.';

interface Attributes {
  adapter: string;
  endpoint: string;
  model?: string;
  textField?: string;
  textMode?: string;
}

function chatWith({adapter, endpoint, model = '', textField = '', textMode = ''}: Attributes) {
  return fixture<ChatBlocks>(html`
    <chat-blocks
      adapter=${adapter}
      endpoint=${endpoint}
      model=${model}
      text-field=${textField}
      text-mode=${textMode || 'append'}
    ></chat-blocks>
  `);
}

interface Backend extends Attributes {
  name: string;
  /** The reply's text, given what the user said. */
  reply?: (said: string) => string;
  /** Whether the backend reasons first (shown as a "Thinking" thought). */
  reasons: boolean;
  /** The error a mid-stream failure shows. */
  error: (chat: ChatBlocks) => string;
}

const withQuery = (endpoint: string, query: string) => `${endpoint}${endpoint.includes('?') ? '&' : '?'}${query}`;

const backends: Backend[] = [
  {
    name: 'a Vercel AI SDK useChat route (convertToModelMessages, toUIMessageStreamResponse)',
    adapter: 'ai-sdk',
    endpoint: '/api/libraries/ai-sdk',
    reply: (said) => `You said "${said}". ${markdownReply}`,
    reasons: true,
    error: () => failure,
  },
  {
    name: 'an AI SDK UI message stream to adapter="sse", recognised by its header with no Content-Type',
    adapter: 'sse',
    endpoint: '/api/libraries/ai-sdk-prompt?type=none',
    reply: (said) => `You said "${said}". ${markdownReply}`,
    reasons: true,
    error: () => failure,
  },
  {
    name: 'the openai SDK\'s toReadableStream() sent as text/plain, to adapter="fetch"',
    adapter: 'fetch',
    endpoint: '/api/libraries/openai-sdk',
    reasons: true,
    error: () => failure,
  },
  {
    name: 'the openai SDK\'s toReadableStream() with no Content-Type, to adapter="sse"',
    adapter: 'sse',
    endpoint: '/api/libraries/openai-sdk?type=none',
    reasons: true,
    error: () => failure,
  },
  {
    name: 'LangChain.js AIMessageChunks as SSE (JSON.stringify(chunk))',
    adapter: 'sse',
    endpoint: '/api/libraries/langchain',
    reasons: true,
    error: () => failure,
  },
  {
    name: 'LangChain.js chunk.toDict() as NDJSON with no Content-Type, to adapter="fetch"',
    adapter: 'fetch',
    endpoint: '/api/libraries/langchain?format=ndjson',
    reasons: true,
    error: () => failure,
  },
  {
    name: 'a hono streamSSE route sending {"text": token} (deep-chat\'s format)',
    adapter: 'sse',
    endpoint: '/api/libraries/hono/text',
    reasons: false,
    error: () => failure,
  },
  {
    name: 'a hono route of its own shape ({"token": …}), with text-field="token"',
    adapter: 'sse',
    endpoint: '/api/libraries/hono/token',
    textField: 'token',
    reasons: false,
    error: () => failure,
  },
  {
    name: 'Ollama\'s native /api/chat (adapter="ollama")',
    adapter: 'ollama',
    endpoint: '/api/libraries/ollama/api/chat',
    model: 'qwen3',
    reasons: true,
    error: () => failure,
  },
  {
    name: 'the Anthropic Messages API stream (adapter="anthropic")',
    adapter: 'anthropic',
    endpoint: '/api/libraries/anthropic/v1/messages',
    model: 'claude-sonnet-4-5',
    reasons: true,
    error: () => 'Overloaded',
  },
];

for (const backend of backends) {
  describe(`<chat-blocks> and ${backend.name}`, () => {
    it('streams a markdown reply with a code block, reasoning shown as a thought', async () => {
      const chat = await chatWith(backend);
      const responded = expectEvent(chat, 'chat-response', 15000);
      await chat.send('hello');
      await responded;
      expect(chat.status).to.equal('idle');
      const messages = chat.messages as ChatMessage[];
      const answer = messages.at(-1)!;
      expect(answer).to.deep.equal({role: 'assistant', content: backend.reply ? backend.reply('hello') : markdownReply});
      const thoughts = messages.filter((message) => message.metadata?.title);
      if (backend.reasons) {
        expect(thoughts).to.have.length(1);
        expect(thoughts[0].content).to.equal('Let me think.');
        expect(thoughts[0].metadata).to.include({title: 'Thinking', status: 'done'});
        expect(messages.indexOf(thoughts[0])).to.equal(messages.length - 2);
        await until(() => part(chat, 'thought') !== null, 'the thought renders');
      } else {
        expect(thoughts).to.have.length(0);
        expect(messages).to.have.length(2);
      }
      await until(() => deepQuery(chat, '[part~="message-content"] pre code') !== null, 'the code block renders');
      expect(deepQuery(chat, '[part~="message-content"] pre code')!.textContent).to.include('console.log("hi");');
      expect(deepQuery(chat, '[part~="message-content"] strong')!.textContent).to.equal('the code');
    });

    it('shows a mid-stream error as an error, keeping the partial text', async () => {
      const chat = await chatWith({...backend, endpoint: withQuery(backend.endpoint, 'scenario=error')});
      const failed = expectEvent<ErrorDetail>(chat, 'chat-error', 15000);
      let responded = false;
      chat.addEventListener('chat-response', () => (responded = true));
      await chat.send('hello');
      expect((await failed).detail.error).to.equal(backend.error(chat));
      expect(chat.status).to.equal('error');
      expect(responded, 'no chat-response for a failed reply').to.equal(false);
      const answer = chat.messages.at(-1)!;
      expect(answer).to.deep.equal({role: 'assistant', content: 'Partial answer', error: backend.error(chat)});
      await until(() => part(chat, 'message-error')?.textContent?.includes(backend.error(chat)) ?? false, 'the error shows');
    });
  });
}

describe('<chat-blocks> and the AI SDK request', () => {
  it('sends files as file parts that convertToModelMessages takes', async () => {
    const chat = await chatWith(backends[0]);
    const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='), (c) =>
      c.charCodeAt(0),
    );
    await chat.send({text: 'what is it?', files: [new File([png], 'dot.png', {type: 'image/png'})]});
    expect(chat.messages.at(-1)!.content).to.equal(`You said "what is it?" with 1 file(s). ${markdownReply}`);
  });

  it('is what the route rejects when sent by the plain sse adapter (the contract body has no parts)', async () => {
    const chat = await chatWith({adapter: 'sse', endpoint: '/api/libraries/ai-sdk'});
    const failed = expectEvent<ErrorDetail>(chat, 'chat-error');
    await chat.send('hello');
    expect((await failed).detail.status).to.equal(400);
  });
});

describe('<chat-blocks> and events of a shape it does not know', () => {
  it('says so instead of "empty reply", and warns once in the console with the first event\'s keys', async () => {
    const chat = await chatWith({adapter: 'sse', endpoint: '/api/libraries/hono/token'});
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const failed = expectEvent<ErrorDetail>(chat, 'chat-error', 15000);
      await chat.send('hello');
      expect((await failed).detail.error).to.equal(chat.strings.errorFormat);
    } finally {
      console.warn = warn;
    }
    expect(chat.strings.errorFormat).to.equal("The server's events were not in a format this chat understands.");
    expect(chat.messages.at(-1)).to.deep.equal({role: 'assistant', content: '', error: chat.strings.errorFormat});
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('{token, index}').and.to.include('text-field').and.to.include('README');
    await until(() => part(chat, 'message-error')?.textContent?.includes(chat.strings.errorFormat) ?? false, 'the explanation shows');
  });

  it('never shows validation wording: a bad message chunk is the same explanation', async () => {
    const chat = await chatWith({adapter: 'sse', endpoint: '/api/streams/script'});
    chat.body = sseScript([JSON.stringify({delta: 'Partial'}), JSON.stringify({metadata: {status: 'finished'}})]);
    const failed = expectEvent<ErrorDetail>(chat, 'chat-error');
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      await chat.send('hello');
    } finally {
      console.warn = warn;
    }
    expect((await failed).detail.error).to.equal(chat.strings.errorFormat);
    expect(chat.messages.at(-1)).to.deep.equal({role: 'assistant', content: 'Partial', error: chat.strings.errorFormat});
  });

  it('text-mode="replace" takes the field as the whole text so far', async () => {
    const chat = await chatWith({adapter: 'sse', endpoint: '/api/streams/script', textField: 'result.sofar', textMode: 'replace'});
    chat.body = sseScript(
      ['He', 'Hello', 'Hello, world'].map((sofar) => JSON.stringify({result: {sofar}})),
      {pause: 5},
    );
    await chat.send('hello');
    expect(chat.messages.at(-1)).to.deep.equal({role: 'assistant', content: 'Hello, world'});
  });

  it('text-field reads a path through lists (choices.0.delta.content)', async () => {
    const chat = await chatWith({adapter: 'sse', endpoint: '/api/streams/script', textField: 'choices.0.delta.content'});
    chat.body = sseScript(['Hel', 'lo'].map((content) => JSON.stringify({type: 'custom', choices: [{delta: {content}}]})));
    await chat.send('hello');
    expect(chat.messages.at(-1)).to.deep.equal({role: 'assistant', content: 'Hello'});
  });
});
