import {ContextConsumer} from '@lit/context';
import type {ReactiveController, ReactiveElement} from 'lit';
import {chatContext, type ChatController} from '../context.js';

/** How often a hidden page's DOM follows a stream, in ms. */
const hiddenPageInterval = 50;

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
  private timer?: ReturnType<typeof setTimeout>;

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
    this.cancelFrame();
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
      this.cancelFrame();
      this.host.requestUpdate();
      return;
    }
    if (this.frame || this.timer) return;
    const draw = () => {
      this.cancelFrame();
      this.host.requestUpdate();
    };
    // A hidden page draws no frames; a timer keeps its DOM current anyway
    // (browsers run it at most once a second in a background tab).
    if (document.hidden) this.timer = setTimeout(draw, hiddenPageInterval);
    else this.frame = requestAnimationFrame(draw);
  }

  private cancelFrame(): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
    this.frame = 0;
    this.timer = undefined;
  }
}
