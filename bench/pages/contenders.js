// The two contenders, mounted the same way: chat-blocks from its
// self-contained bundle, and the naive baseline (marked + DOMPurify straight
// into innerHTML, as Gradio-style widgets do on every update).
import {deepQueryAll} from './measure.js';

/** Loads dist/chat-blocks.bundle.js and mounts an empty `<chat-blocks>`. */
export async function mountChatBlocks(parent) {
  await import('/dist/chat-blocks.bundle.js');
  const chat = document.createElement('chat-blocks');
  parent.append(chat);
  await customElements.whenDefined('chat-blocks');
  await chat.updateComplete;
  return chat;
}

/**
 * The rendered text nodes of a `<chat-blocks>`: chat-blocks → shadow root →
 * chat-message-list → shadow root → `[part~="message-content"]` (searched
 * deeper if the list nests them in further shadow roots).
 */
export function messageContents(chat) {
  const list = chat.shadowRoot?.querySelector('chat-message-list');
  const direct = list?.shadowRoot ? [...list.shadowRoot.querySelectorAll('[part~="message-content"]')] : [];
  return direct.length > 0 ? direct : deepQueryAll(chat.shadowRoot ?? chat, '[part~="message-content"]');
}

/** Waits until the message list (if it is a Lit element) has rendered too. */
export async function listSettled(chat) {
  await chat.updateComplete;
  const list = chat.shadowRoot?.querySelector('chat-message-list');
  if (list && 'updateComplete' in list) await list.updateComplete;
}

/** Loads the baseline's libraries: the same marked and DOMPurify the package depends on. */
export async function loadNaive() {
  const [{marked}, {default: DOMPurify}] = await Promise.all([
    import('/node_modules/marked/lib/marked.esm.js'),
    import('/node_modules/dompurify/dist/purify.es.mjs'),
  ]);
  return (markdown) => DOMPurify.sanitize(marked.parse(markdown));
}

/** A plain scrolling box for the baseline's messages. */
export function mountNaiveChat(parent) {
  const box = document.createElement('div');
  box.className = 'naive-chat';
  parent.append(box);
  return box;
}

/** One message of the baseline: a div with `html` as its innerHTML. */
export function naiveMessage(box, role, html = '') {
  const div = document.createElement('div');
  div.className = `naive-message ${role}`;
  div.innerHTML = html;
  box.append(div);
  return div;
}

/**
 * deep-chat, the best-known peer, from its npm package's self-contained ES
 * bundle, driven through its documented API: `connect.handler` with
 * `stream: true` (the reply arrives through `signals.onResponse({text})`),
 * `submitUserMessage`, `history` and `addMessage`.
 */
export async function mountDeepChat(parent, configure = () => {}) {
  await loadDeepChat();
  const chat = document.createElement('deep-chat');
  chat.style.width = '100%';
  chat.style.height = '100%';
  configure(chat);
  parent.append(chat);
  await customElements.whenDefined('deep-chat');
  return chat;
}

export const loadDeepChat = () => import('/node_modules/deep-chat/dist/deepChat.bundle.js');

/** deep-chat's text message bubbles (user and assistant), in order; its own intro notice is not one of them. */
export function deepChatBubbles(chat) {
  return deepQueryAll(chat.shadowRoot ?? chat, '.message-bubble.text-message');
}

/** A chat-blocks message as deep-chat's `history` and `addMessage` take it. */
export const deepChatMessage = (message) => ({role: message.role === 'assistant' ? 'ai' : 'user', text: message.content});
