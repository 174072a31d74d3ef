// The Svelte 5 example page (examples/frameworks/svelte/ChatPage.svelte),
// compiled by Svelte's own `compile` (compile-plugins.js) and mounted by
// Svelte: properties reach the element as properties, chat events reach the
// page, and `messages` goes both ways.
import {expect} from '@open-wc/testing';
import {mount, unmount} from 'svelte';
import ChatPage from '../../examples/frameworks/svelte/ChatPage.svelte';
import type {ChatBlocks} from '../../src/components/chat-blocks/chat-blocks.js';
import {uniqueTag, until} from '../support/index.js';
import {sendAndRelease} from './held-reply.js';

describe('Svelte 5 example page', () => {
  it('sets properties, streams a reply, hears chat-response, and keeps messages in step both ways', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const tag = uniqueTag('svelte');
    const endpoint = `/api/frameworks/echo?hold=${tag}`;
    const page = mount(ChatPage, {target: container, props: {endpoint}});
    try {
      const chat = container.querySelector('chat-blocks') as ChatBlocks;
      await chat.updateComplete;
      const summary = () => container.querySelector('p')!.textContent;
      expect(chat.endpoint).to.equal(endpoint);
      expect(chat.body, 'body was set as a property').to.deep.equal({page: 'svelte'});
      expect(chat.hasAttribute('body')).to.equal(false);
      expect(summary()).to.equal('0 messages. Last reply: ');

      await sendAndRelease(chat, tag, 'hello svelte', 'Echo (svelte):');
      await until(
        () => summary() === '2 messages. Last reply: Echo (svelte): hello svelte',
        'chat-change and chat-response reached Svelte',
      );

      container.querySelector('button')!.click(); // "New chat": Svelte's state back to []
      await until(() => chat.messages.length === 0, 'Svelte set messages on the element');
      await until(() => summary() === '0 messages. Last reply: Echo (svelte): hello svelte', 'Svelte re-rendered');
    } finally {
      unmount(page);
      container.remove();
    }
  });
});
