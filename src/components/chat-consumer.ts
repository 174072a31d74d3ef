import {ContextConsumer, ContextRoot} from '@lit/context';
import type {ReactiveController, ReactiveElement} from 'lit';
import {chatContext, type ChatActions, type ChatController} from '../context.js';
import {StandaloneController, type StandaloneHost} from '../core/controller/standalone-controller.js';
import {fireChatEvent} from '../events.js';
import {DrawPacer} from './draw-pacer.js';

/**
 * A sub-element may connect before the `<chat-blocks>` around it is
 * defined (the module script in the page's head defines the sub-elements
 * first, and upgrades them as soon as each is defined), so nobody answers
 * its context request. The document's context root keeps such requests and
 * asks again when a provider connects. Attached once per document, by the
 * first sub-element to connect there, before its request goes out (never at
 * import, so the module loads in Node without touching `document`).
 */
const roots = new WeakSet<Document>();
function attachContextRoot(document: Document): void {
  if (roots.has(document)) return;
  roots.add(document);
  new ContextRoot().attach(document.documentElement ?? document);
}

/** How often a hidden page's DOM follows a stream, in ms. */
const hiddenPageInterval = 50;

/** What a sub-element tells its standalone controller; events go out from the element itself. */
export type StandaloneOptions = Omit<StandaloneHost, 'emit'>;

/**
 * Connects a sub-element to the `<chat-blocks>` around it (if any) and
 * re-renders it when the conversation changes. Changes that come faster
 * than frames (streamed tokens) are drawn once per frame at most, paced by
 * what a drawing costs (DrawPacer). Alone, the
 * element gets a standalone controller that fires the events itself, so
 * its user actions always go to `actions`.
 */
export class ChatConsumer implements ReactiveController {
  private readonly host: ReactiveElement;
  private unsubscribe?: () => void;
  private subscribedTo?: ChatController;
  private readonly pacer: DrawPacer;
  private timer?: ReturnType<typeof setTimeout>;
  private readonly standalone: StandaloneController;

  constructor(host: ReactiveElement, standalone: StandaloneOptions = {messages: () => [], disabled: () => false}) {
    this.host = host;
    host.addController(this);
    this.pacer = new DrawPacer(() => host.requestUpdate());
    this.standalone = new StandaloneController({
      ...standalone,
      emit: (name, detail, options) => fireChatEvent(host, name, detail, options),
    });
    // Likes kept by the standalone controller show at once.
    this.standalone.subscribe(() => host.requestUpdate());
    // Registers itself with the host; its callback is the only way in.
    new ContextConsumer(host, {
      context: chatContext,
      subscribe: true,
      callback: (controller) => this.follow(controller),
    });
  }

  /** True while a reply streams into the conversation this element shows. */
  get streaming(): boolean {
    return this.subscribedTo?.view.status === 'streaming';
  }

  /**
   * Renders the element again at the stream's pace (see DrawPacer), for
   * work left from the last render of a streaming reply; false when no
   * reply streams (the caller renders at its own pace then).
   */
  requestPacedUpdate(): boolean {
    if (!this.streaming || document.hidden) return false;
    this.pacer.request();
    return true;
  }

  /** The `<chat-blocks>` controller this element is connected to, if any: its settings, strings and view. */
  get controller(): ChatController | undefined {
    return this.subscribedTo;
  }

  /** Where the user's actions go: the `<chat-blocks>` controller, or the element's standalone one. */
  get actions(): ChatActions {
    return this.subscribedTo ?? this.standalone;
  }

  hostConnected(): void {
    // An element adopted into another document (an iframe's) asks there.
    attachContextRoot(this.host.ownerDocument);
    // The context request that follows (the consumer's own hostConnected)
    // finds the `<chat-blocks>` around the element now, if any: not the one
    // it was in before it moved. If there is none, it is on its own again.
    this.host.requestUpdate();
  }

  /** Any render shows the conversation as it is now: a frame still waiting to draw it has nothing left to draw. */
  hostUpdate(): void {
    this.cancelFrame();
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
    if (!this.streaming) {
      // Not a token: show it now (the user's message must appear at once).
      this.cancelFrame();
      this.host.requestUpdate();
      return;
    }
    if (this.pacer.pending || this.timer) return;
    // A hidden page draws no frames; a timer keeps its DOM current anyway
    // (browsers run it at most once a second in a background tab).
    if (document.hidden) {
      this.timer = setTimeout(() => {
        this.cancelFrame();
        this.host.requestUpdate();
      }, hiddenPageInterval);
    } else this.pacer.request();
  }

  private cancelFrame(): void {
    this.pacer.cancel();
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
