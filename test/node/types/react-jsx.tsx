// The raw tags in React 19's JSX, typed by chat-blocks/react's declarations:
// properties, kebab-case attributes and `on<event>` listeners are checked.
// (TypeScript lets any hyphenated name through, as it does `data-*`: a
// misspelt `onchat-respons` is not caught, a misspelt `endpont` is.)
import type {} from 'chat-blocks/react';
import type {ChatAdapter, ChatMessage} from 'chat-blocks';

const adapter: ChatAdapter = async () => 'hi';
const messages: ChatMessage[] = [{role: 'user', content: 'hi'}];
let liked: boolean | null = null;

export const page = (
  <main>
    <chat-blocks
      endpoint="/api/chat"
      adapter={adapter}
      messages={messages}
      strings={{send: 'Go'}}
      max-file-size="10MB"
      noFeedback
      timeout={5000}
      className="chat"
      onchat-response={(event) => event.detail.message.content}
      onchat-like={(event) => (liked = event.detail.liked)}
      onchat-change={(event) => event.detail.messages.length}
    >
      <chat-message-list messages={messages} onchat-like={(event) => event.detail.index} />
      <chat-multimodal-textbox onchat-submit={(event) => event.detail.files.length} />
      <chat-clear-button onchat-clear={(event) => event.type} />
    </chat-blocks>
    {/* @ts-expect-error: no such attribute */}
    <chat-blocks endpont="/api/chat" />
    {/* @ts-expect-error: a chat-response detail has no `nope` */}
    <chat-blocks onchat-response={(event) => event.detail.nope} />
    {/* @ts-expect-error: `messages` is a list of messages, not a string */}
    <chat-blocks messages="[]" />
    {/* @ts-expect-error: `timeout` is a number */}
    <chat-blocks timeout="soon" />
    {/* @ts-expect-error: chat-clear-button has no messages */}
    <chat-clear-button messages={messages} />
  </main>
);
export const state = liked;
