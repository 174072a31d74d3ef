'use client'; // Next.js: the page renders on the server, then hydrates here.
import {useState} from 'react';
import {ChatBlocks} from 'chat-blocks/react';

export function ChatPage({endpoint}: {endpoint: string}) {
  const [lastReply, setLastReply] = useState('');
  return (
    <main>
      <h1>Support</h1>
      <ChatBlocks
        endpoint={endpoint}
        placeholder="Ask about your order"
        onChatResponse={(event) => setLastReply(String(event.detail.message.content))}
      />
      <p>Last reply: {lastReply}</p>
    </main>
  );
}
