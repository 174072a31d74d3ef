// The Angular example component (examples/frameworks/angular/), compiled
// in the browser by Angular's JIT compiler (@angular/compiler) and run
// zoneless: CUSTOM_ELEMENTS_SCHEMA lets its template bind chat-blocks'
// properties, chat events reach its handlers, `messages` goes both ways.
import '@angular/compiler';
import {expect} from '@open-wc/testing';
import {createComponent, provideZonelessChangeDetection} from '@angular/core';
import {createApplication} from '@angular/platform-browser';
import {ChatPageComponent} from '../../examples/frameworks/angular/chat-page.component.js';
import type {ChatBlocks} from '../../src/components/chat-blocks/chat-blocks.js';
import {uniqueTag, until} from '../support/index.js';
import {sendAndRelease} from './held-reply.js';

describe('Angular example component', () => {
  it('binds properties, streams a reply, hears chat-response, and keeps messages in step both ways', async () => {
    // Angular reports template problems (such as binding a property of an
    // unknown element without CUSTOM_ELEMENTS_SCHEMA) with console.error.
    const errors: string[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => {
      errors.push(args.map(String).join(' '));
      consoleError.apply(console, args);
    };
    const host = document.createElement('app-chat-page');
    document.body.append(host);
    const app = await createApplication({providers: [provideZonelessChangeDetection()]});
    const tag = uniqueTag('angular');
    const endpoint = `/api/frameworks/echo?hold=${tag}`;
    const page = createComponent(ChatPageComponent, {environmentInjector: app.injector, hostElement: host});
    try {
      page.setInput('endpoint', endpoint);
      app.attachView(page.hostView);
      page.changeDetectorRef.detectChanges();
      const chat = host.querySelector('chat-blocks') as ChatBlocks;
      await chat.updateComplete;
      const summary = () => host.querySelector('p')!.textContent!.trim();
      expect(chat.endpoint).to.equal(endpoint);
      expect(chat.body, 'body was bound as a property').to.deep.equal({page: 'angular'});
      expect(chat.hasAttribute('body')).to.equal(false);
      expect(summary()).to.equal('0 messages. Last reply:');

      await sendAndRelease(chat, tag, 'hello angular', 'Echo (angular):');
      await until(
        () => summary() === '2 messages. Last reply: Echo (angular): hello angular',
        'chat-change and chat-response reached Angular',
      );

      host.querySelector('button')!.click(); // "New chat": the signal back to []
      await until(() => chat.messages.length === 0, 'Angular set messages on the element');
      await until(() => summary() === '0 messages. Last reply: Echo (angular): hello angular', 'Angular re-rendered');
      expect(errors, 'Angular reported errors').to.deep.equal([]);
    } finally {
      console.error = consoleError;
      page.destroy();
      app.destroy();
      host.remove();
    }
  });
});
