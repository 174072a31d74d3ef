// A Node project's view of chat-blocks' type declarations: resolved through
// package.json `exports` the way Node resolves them (nodenext), checked
// strictly, declaration files included (types.test.js runs tsc on this).
import {ChatBlocks, validateMessages, parseChunk, type ChatMessage, type ChatAdapter} from 'chat-blocks';
import {ChatBlocks as ChatBlocksComponent} from 'chat-blocks/react';
import * as React from 'react';

const history: ChatMessage[] = validateMessages([{role: 'user', content: 'hi'}]);
const adapter: ChatAdapter = async function* (request) {
  yield {delta: `echo: ${request.message}`};
};
const element: ChatBlocks | undefined = undefined;
export const page = React.createElement(ChatBlocksComponent, {
  endpoint: '/api/chat',
  adapter,
  messages: history,
  onChatResponse: (event) => event.detail.message.content,
});
// Proof that the declarations are really checked, not `any`:
// @ts-expect-error: a reply's message has no `nope` field
export const wrong = (message: ChatMessage) => message.nope;
// @ts-expect-error: `timeout` is a number
export const wrongProp = React.createElement(ChatBlocksComponent, {timeout: 'soon'});
export const used = [element, parseChunk('x')];
