import {ContextConsumer} from '@lit/context';
import type {ReactiveController, ReactiveElement} from 'lit';
import {chatContext, type ChatController} from '../context.js';

/**
 * Connects a sub-element to the `<chat-blocks>` around it (if any) and
 * re-renders it when the conversation changes. Changes that come faster
 * than frames (streamed tokens) are drawn once per frame.
 */
export class ChatConsumer implements ReactiveController {
  private readonly host: ReactiveElement;
  private readonly consumer: ContextConsumer<{__context__: ChatController | undefined}, ReactiveElement>;
  private unsubscribe?: () => void;
  private subscribedTo?: ChatController;
  private frame = 0;

  constructor(host: ReactiveElement) {
    this.host = host;
    host.addController(this);
    this.consumer = new ContextConsumer(host, {
      context: chatContext,
      subscribe: true,
      callback: (controller) => this.follow(controller),
    });
  }

  /** The `<chat-blocks>` controller this element is connected to, if any. */
  get controller(): ChatController | undefined {
    return this.consumer.value;
  }

  hostConnected(): void {
    if (this.consumer.value) this.follow(this.consumer.value);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribedTo = undefined;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private follow(controller: ChatController | undefined): void {
    if (controller === this.subscribedTo) return;
    this.unsubscribe?.();
    this.subscribedTo = controller;
    this.unsubscribe = controller?.subscribe(() => this.scheduleUpdate());
    this.host.requestUpdate();
  }

  private scheduleUpdate(): void {
    if (this.subscribedTo?.view.status !== 'streaming') {
      // Not a token: show it now (the user's message must appear at once).
      cancelAnimationFrame(this.frame);
      this.frame = 0;
      this.host.requestUpdate();
      return;
    }
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.host.requestUpdate();
    });
  }
}
