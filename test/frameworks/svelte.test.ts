// The Svelte 5 example page (examples/frameworks/svelte/ChatPage.svelte),
// compiled by Svelte's own `compile` (compile-plugins.js) and mounted by
// Svelte: properties reach the element as properties, chat events reach the
// page, and `messages` goes both ways.
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {mount, unmount} from 'svelte';
import ChatPage from '../../examples/frameworks/svelte/ChatPage.svelte';
import type {ChatBlocks} from '../../src/components/chat-blocks/chat-blocks.js';
import {part, renderedTexts, uniqueTag, until} from '../support/index.js';

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

      part<HTMLTextAreaElement>(chat, 'textbox')!.focus();
      await sendKeys({type: 'hello svelte'});
      await sendKeys({press: 'Enter'});
      await until(() => chat.status === 'streaming' && renderedTexts(chat).join('|') === 'hello svelte|Echo (svelte):', 'the reply is streaming');
      await fetch(`/api/frameworks/release?tag=${tag}`);
      await until(() => summary() === '2 messages. Last reply: Echo (svelte): hello svelte', 'chat-change and chat-response reached Svelte');

      container.querySelector('button')!.click(); // "New chat": Svelte's state back to []
      await until(() => chat.messages.length === 0, 'Svelte set messages on the element');
      await until(() => summary() === '0 messages. Last reply: Echo (svelte): hello svelte', 'Svelte re-rendered');
    } finally {
      unmount(page);
      container.remove();
    }
  });
});
