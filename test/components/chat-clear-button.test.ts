import {expect, fixture, fixtureSync, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/components/chat-clear-button/chat-clear-button.js';
import type {ChatClearButton} from '../../src/components/chat-clear-button/chat-clear-button.js';
import {FakeChat, type TestChatHost} from '../support/index.js';

const button = (el: ChatClearButton) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="clear-button"]')!;

describe('<chat-clear-button>', () => {
  it('is a labelled, accessible button', async () => {
    const el = await fixture<ChatClearButton>(html`<chat-clear-button></chat-clear-button>`);
    expect(button(el).localName).to.equal('button');
    expect(button(el).getAttribute('aria-label')).to.equal('Clear the conversation');
    expect(button(el).textContent!.trim()).to.equal('Clear');
    await expect(el).to.be.accessible();
  });

  it('fires chat-clear when standalone, also from the keyboard', async () => {
    const el = await fixture<ChatClearButton>(html`<chat-clear-button></chat-clear-button>`);
    let event = oneEvent(el, 'chat-clear');
    button(el).click();
    const fired = (await event) as CustomEvent;
    expect(fired.bubbles && fired.composed).to.be.true;
    expect(fired.detail).to.deep.equal({});
    event = oneEvent(el, 'chat-clear');
    button(el).focus();
    await sendKeys({press: 'Enter'});
    await event;
  });

  it('does nothing when disabled', async () => {
    const el = await fixture<ChatClearButton>(
      html`<chat-clear-button disabled .strings=${{clear: 'Effacer', clearLabel: 'Effacer la conversation'}}></chat-clear-button>`,
    );
    let fired = 0;
    el.addEventListener('chat-clear', () => fired++);
    expect(button(el).disabled).to.be.true;
    expect(button(el).textContent!.trim()).to.equal('Effacer');
    button(el).click();
    expect(fired).to.equal(0);
  });

  describe('inside a chat', () => {
    async function connected(controller: FakeChat) {
      const host = fixtureSync<TestChatHost>(
        html`<test-chat-host .controller=${controller}><chat-clear-button></chat-clear-button></test-chat-host>`,
      );
      const el = host.querySelector('chat-clear-button')!;
      await el.updateComplete;
      return el;
    }

    it('is disabled while there is nothing to clear', async () => {
      const controller = new FakeChat();
      const el = await connected(controller);
      expect(button(el).disabled).to.be.true;
      controller.update({view: {status: 'waiting'}});
      await el.updateComplete;
      expect(button(el).disabled).to.be.false;
      controller.update({view: {status: 'idle', messages: [{role: 'user', content: 'hi'}]}});
      await el.updateComplete;
      expect(button(el).disabled).to.be.false;
      await expect(el).to.be.accessible();
    });

    it('calls clear() on the chat instead of firing the event itself', async () => {
      const controller = new FakeChat();
      controller.view = {messages: [{role: 'user', content: 'hi'}], status: 'streaming', streamingIndex: -1};
      controller.strings = {...controller.strings, clearLabel: 'Verlauf löschen', clear: 'Löschen'};
      const el = await connected(controller);
      let fired = 0;
      el.addEventListener('chat-clear', () => fired++);
      expect(button(el).getAttribute('aria-label')).to.equal('Verlauf löschen');
      button(el).click();
      expect(controller.calls).to.deep.equal([['clear']]);
      expect(fired).to.equal(0);
    });
  });
});
