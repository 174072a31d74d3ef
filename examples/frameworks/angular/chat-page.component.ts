// Angular: a standalone component; CUSTOM_ELEMENTS_SCHEMA lets its template
// use <chat-blocks> and bind the element's properties.
import {Component, CUSTOM_ELEMENTS_SCHEMA, Input, signal} from '@angular/core';
import 'chat-blocks';
import type {ChatEventDetails, ChatMessage} from 'chat-blocks';

@Component({
  selector: 'app-chat-page',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <chat-blocks
      [endpoint]="endpoint"
      [messages]="messages()"
      [body]="{page: 'angular'}"
      (chat-change)="onChange($event)"
      (chat-response)="onResponse($event)"
    ></chat-blocks>
    <p>{{ messages().length }} messages. Last reply: {{ lastReply() }}</p>
    <button (click)="messages.set([])">New chat</button>
  `,
})
export class ChatPageComponent {
  @Input({required: true}) endpoint = '';
  readonly messages = signal<ChatMessage[]>([]);
  readonly lastReply = signal('');

  onChange(event: Event) {
    this.messages.set((event as CustomEvent<ChatEventDetails['chat-change']>).detail.messages);
  }

  onResponse(event: Event) {
    this.lastReply.set(String((event as CustomEvent<ChatEventDetails['chat-response']>).detail.message.content));
  }
}
