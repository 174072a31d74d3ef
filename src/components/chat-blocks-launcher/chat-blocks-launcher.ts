/*
 * Over 300 lines for a reason: the launcher uses no Lit (its bundle stays
 * under the budget in test/budget/launcher-budget.test.ts), so the element
 * wires its DOM, events and state by hand. Its view, loading, stored state,
 * forwarded attributes and viewport fitting live in the files beside it.
 */
import type {ChatBlocks} from '../chat-blocks/chat-blocks.js';
import type {ChatMessage} from '../../core/types.js';
import {defineElement} from '../../define.js';
import {fireChatEvent} from '../../events.js';
import {formatString} from '../../core/format-string.js';
import {launcherStrings, type LauncherStrings} from './launcher-strings.js';
import {launcherStyles} from './chat-blocks-launcher.styles.js';
import {buildLauncherView, failedView, loadingView, type LauncherView} from './launcher-view.js';
import {loadWidget, widgetDefined} from './load-widget.js';
import {loadLauncherState, saveLauncherState} from './open-state-store.js';
import {forwardedProperties, isForwardedAttribute, parseExamples, syncAttributes, type ForwardedProperty} from './pass-through.js';
import {ViewportFit} from './viewport-fit.js';

/** `HTMLElement`, or a stand-in where there is no DOM (Node, server rendering), so importing never throws. */
const ElementBase = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

/** Loading that takes longer than this shows progress on the button. */
const progressDelay = 300;
/** An announced reply is cut to this many characters. */
const announcedLength = 160;

/**
 * A round chat button in a corner of the page that opens a panel holding a
 * `<chat-blocks>`. Only the launcher is loaded with the page; the chat
 * itself loads when the button is hovered, focused or clicked. Every
 * attribute of `<chat-blocks>` set on the launcher is passed through.
 *
 * Written without Lit, on purpose: the launcher is what every page pays for
 * before anyone opens the chat, and Lit arrives with the chat.
 *
 * Placement and look are theme tokens: `--chat-blocks-launcher-offset-x`, `--chat-blocks-launcher-offset-y`,
 * `--chat-blocks-launcher-z-index`, `--chat-blocks-launcher-size`, `--chat-blocks-launcher-width`,
 * `--chat-blocks-launcher-height`, and the colours, font and radius every element shares.
 *
 * @tagname chat-blocks-launcher
 * @summary A chat bubble: a button in a corner that opens the chat in a panel, loaded on first use.
 *
 * @attr open - Whether the panel is open (reflected).
 * @attr position - `bottom-right` (default) or `bottom-left`.
 * @attr label - Optional visible text beside the button's icon.
 * @attr heading - The panel's heading and accessible name (default: the `launcherPanel` string).
 * @attr greeting - Text shown in the panel before the first message.
 * @attr examples - Example prompts shown before the first message: a JSON list of strings.
 * @attr persist - Also passed to the chat: with `local` or `session`, the open state and unread count are kept too.
 * @attr storage-key - Also passed to the chat: the Web Storage key (the launcher's state is kept beside it).
 *
 * @fires chat-open - The panel opened (by the user, `show()` or `toggle()`).
 * @fires chat-close - The panel is about to close (by the user, `hide()` or `toggle()`); cancelable.
 *
 * @csspart base - The wrapper of the button and the panel.
 * @csspart button - The round button.
 * @csspart label - The button's visible label.
 * @csspart badge - The unread count on the button.
 * @csspart panel - The panel (a non-modal dialog).
 * @csspart panel-header - The panel's header.
 * @csspart heading - The panel's heading.
 * @csspart close-button - The panel's close button.
 * @csspart panel-body - The part of the panel that holds the chat.
 * @csspart load-error - The message shown when the chat could not be loaded.
 * @csspart load-retry-button - The button that tries loading again.
 * @csspart announcer - The live region announcing replies that arrive while the panel is closed.
 */
export class ChatBlocksLauncher extends ElementBase {
  static get observedAttributes(): string[] {
    return ['open', 'label', 'heading', 'greeting', 'examples', 'persist', 'storage-key'];
  }

  // Queried nodes

  private readonly view: LauncherView = buildLauncherView();
  private readonly viewportFit = new ViewportFit(this.view.panel);
  private readonly attributeObserver = new MutationObserver((records) => this.onAttributesChanged(records));

  // State

  private chatElement?: ChatBlocks;
  private loading = false;
  private loadFailed = false;
  private progressTimer?: ReturnType<typeof setTimeout>;
  /** Loading has taken longer than `progressDelay`. */
  private loadingSlowly = false;
  private unread = 0;
  /** Focus the textbox once the chat is there (opened by the user or `show()`, not restored on page load). */
  private focusWhenReady = false;
  private restored = false;
  private stringOverrides: Partial<LauncherStrings> & Record<string, string> = {};
  private readonly forwarded = new Map<ForwardedProperty, unknown>();

  // Properties

  /** Whether the panel is open. Setting it opens or closes the panel without events; `show()`, `hide()` and `toggle()` fire them. */
  get open(): boolean {
    return this.hasAttribute('open');
  }
  set open(value: boolean) {
    this.toggleAttribute('open', Boolean(value));
  }

  /** The `<chat-blocks>` inside the panel, once loaded (else `null`). */
  get chat(): ChatBlocks | null {
    return this.chatElement ?? null;
  }

  /** Every visible UI string in effect; setting it overrides the keys it has (for the launcher and the chat). */
  get strings(): LauncherStrings & Record<string, string> {
    return {...launcherStrings, ...(this.chatElement?.strings ?? {}), ...this.stringOverrides} as LauncherStrings & Record<string, string>;
  }
  set strings(value: Partial<LauncherStrings> & Record<string, string>) {
    if (typeof value !== 'object' || value === null) throw new TypeError('strings must be an object of UI strings');
    this.stringOverrides = {...this.stringOverrides, ...value};
    this.applyStrings();
  }

  /** The wire format, or a custom adapter function (see `<chat-blocks>`). */
  get adapter(): unknown {
    return this.forwardedValue('adapter');
  }
  set adapter(value: unknown) {
    this.forward('adapter', value);
  }

  /** Extra JSON fields merged into every request. */
  get body(): unknown {
    return this.forwardedValue('body');
  }
  set body(value: unknown) {
    this.forward('body', value);
  }

  /** Suggested prompts shown before the first message (also the `examples` attribute, a JSON list). */
  get examples(): unknown {
    return this.forwardedValue('examples');
  }
  set examples(value: unknown) {
    this.forward('examples', value);
  }

  /** Extra request headers, as an object. */
  get headers(): unknown {
    return this.forwardedValue('headers');
  }
  set headers(value: unknown) {
    this.forward('headers', value);
  }

  /** The whole history (applied to the chat when it loads). */
  get messages(): ChatMessage[] {
    return this.chatElement?.messages ?? (this.forwarded.get('messages') as ChatMessage[] | undefined) ?? [];
  }
  set messages(value: ChatMessage[]) {
    this.forward('messages', value);
  }

  // Lifecycle

  constructor() {
    super();
    const shadow = this.attachShadow({mode: 'open'});
    shadow.adoptedStyleSheets = [launcherStyles()];
    shadow.append(this.view.root);
    const {button, closeButton, panel} = this.view;
    button.addEventListener('click', () => this.toggle());
    // Hovering or focusing the button starts loading, so a click finds the chat ready.
    button.addEventListener('pointerenter', () => this.prepare());
    button.addEventListener('focus', () => this.prepare());
    closeButton.addEventListener('click', () => this.hide());
    panel.addEventListener('keydown', (event) => this.onPanelKeydown(event));
    this.addEventListener('chat-response', (event) => this.onResponse(event as CustomEvent<{message: ChatMessage}>));
    this.applyStrings();
  }

  connectedCallback(): void {
    // Properties a framework set before this element was defined shadow the accessors: re-set them.
    for (const name of forwardedProperties) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = (this as Record<string, unknown>)[name];
        delete (this as Record<string, unknown>)[name];
        (this as Record<string, unknown>)[name] = value;
      }
    }
    this.attributeObserver.observe(this, {attributes: true});
    this.restoreState();
    this.renderOpen();
  }

  disconnectedCallback(): void {
    this.attributeObserver.disconnect();
    this.viewportFit.stop();
  }

  attributeChangedCallback(name: string, previous: string | null, value: string | null): void {
    if (previous === value) return;
    if (name === 'open') this.renderOpen();
    else if (name === 'persist' || name === 'storage-key') this.restoreState(true);
    else if (name === 'examples') this.applyExamples();
    else this.applyStrings();
  }

  // Private helpers

  private forwardedValue(name: ForwardedProperty): unknown {
    const chat = this.chatElement as unknown as Record<string, unknown> | undefined;
    return chat ? chat[name] : this.forwarded.get(name);
  }

  private forward(name: ForwardedProperty, value: unknown): void {
    this.forwarded.set(name, value);
    if (this.chatElement) (this.chatElement as unknown as Record<string, unknown>)[name] = value;
  }

  private onAttributesChanged(records: MutationRecord[]): void {
    if (this.chatElement && records.some((record) => record.attributeName && isForwardedAttribute(record.attributeName))) {
      syncAttributes(this, this.chatElement);
    }
  }

  /** Reads the kept open state and unread count (with `persist`), once, or again when the storage changes. */
  private restoreState(again = false): void {
    if (this.restored && !again) return;
    this.restored = true;
    const state = loadLauncherState(this.getAttribute('persist') ?? 'none', this.getAttribute('storage-key') ?? '');
    if (!state) return;
    this.setUnread(state.unread);
    if (state.open) this.open = true;
  }

  private saveState(): void {
    saveLauncherState(this.getAttribute('persist') ?? 'none', this.getAttribute('storage-key') ?? '', {
      open: this.open,
      unread: this.unread,
    });
  }

  private applyStrings(): void {
    const strings = this.strings;
    const label = this.getAttribute('label') ?? '';
    const name = label || this.getAttribute('heading') || strings.launcherButton;
    const {button, closeButton, heading} = this.view;
    this.view.label.textContent = label;
    button.setAttribute('aria-label', this.unread > 0 ? `${name} (${formatString(strings.launcherUnread, {count: this.unread})})` : name);
    heading.textContent = this.getAttribute('heading') || strings.launcherPanel;
    closeButton.setAttribute('aria-label', strings.launcherClose);
    closeButton.title = strings.launcherClose;
    if (this.chatElement) this.chatElement.strings = this.chatStrings();
    if (this.loading && this.open) this.view.body.replaceChildren(loadingView(strings.launcherLoading));
  }

  /** The strings the inner chat gets: the page's overrides, and the greeting attribute. */
  private chatStrings(): Record<string, string> {
    const greeting = this.getAttribute('greeting');
    return {...this.stringOverrides, ...(greeting ? {greeting} : {})};
  }

  private applyExamples(): void {
    const examples = parseExamples(this.getAttribute('examples'));
    if (examples) this.forward('examples', examples);
  }

  private setUnread(count: number): void {
    this.unread = count;
    const {badge} = this.view;
    badge.textContent = count > 99 ? '99+' : String(count);
    badge.hidden = count === 0;
    this.applyStrings();
  }

  /** Starts loading the chat (on hover, focus or open); idempotent. */
  private prepare(): void {
    if (this.chatElement || this.loading) return;
    if (widgetDefined()) {
      this.createChat();
      return;
    }
    this.loading = true;
    this.loadFailed = false;
    if (this.open) this.view.body.replaceChildren(loadingView(this.strings.launcherLoading));
    this.progressTimer = setTimeout(() => {
      this.loadingSlowly = true;
      this.renderProgress();
    }, progressDelay);
    loadWidget().then(
      () => {
        this.stopLoading();
        this.createChat();
      },
      (error: unknown) => {
        this.stopLoading();
        this.loadFailed = true;
        console.error('chat-blocks-launcher: the chat could not be loaded.', error);
        this.renderLoadFailure();
      },
    );
  }

  private stopLoading(): void {
    this.loading = false;
    this.loadingSlowly = false;
    clearTimeout(this.progressTimer);
    this.renderProgress();
  }

  private renderProgress(): void {
    const busy = this.loading && this.loadingSlowly && this.open;
    this.toggleAttribute('loading', busy);
    if (busy) this.view.button.setAttribute('aria-busy', 'true');
    else this.view.button.removeAttribute('aria-busy');
  }

  private renderLoadFailure(): void {
    if (!this.open) return;
    const strings = this.strings;
    this.view.body.replaceChildren(
      failedView(strings.launcherLoadFailed, strings.launcherLoadRetry, () => {
        this.focusWhenReady = true;
        this.prepare();
      }),
    );
  }

  private createChat(): void {
    const chat = document.createElement('chat-blocks') as ChatBlocks;
    syncAttributes(this, chat);
    this.applyExamples();
    for (const [name, value] of this.forwarded) (chat as unknown as Record<string, unknown>)[name] = value;
    chat.strings = this.chatStrings();
    this.chatElement = chat;
    this.view.body.replaceChildren(chat);
    if (this.focusWhenReady && this.open) void this.focusChat();
  }

  private async focusChat(): Promise<void> {
    this.focusWhenReady = false;
    const chat = this.chatElement;
    if (!chat) return;
    await chat.updateComplete;
    const textbox = chat.shadowRoot?.querySelector('chat-multimodal-textbox') as (HTMLElement & {updateComplete?: Promise<unknown>}) | null;
    await textbox?.updateComplete;
    if (this.open) chat.focus();
  }

  /** Shows or hides the panel to match `open`, and keeps what follows from it in step. */
  private renderOpen(): void {
    const {button, panel} = this.view;
    const open = this.open;
    button.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
    if (open) {
      this.viewportFit.start();
      this.setUnread(0);
      this.view.announcer.textContent = '';
      this.prepare();
      if (this.loadFailed && !this.loading) this.renderLoadFailure();
      if (this.chatElement && this.focusWhenReady) void this.focusChat();
    } else {
      this.viewportFit.stop();
      this.focusWhenReady = false;
    }
    this.renderProgress();
    if (this.isConnected) this.saveState();
  }

  private onPanelKeydown(event: KeyboardEvent): void {
    // An inner control that handled Escape (closing the image viewer, stopping a reply) calls preventDefault.
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    this.hide();
  }

  private onResponse(event: CustomEvent<{message: ChatMessage}>): void {
    if (this.open) return;
    this.setUnread(this.unread + 1);
    this.saveState();
    const content = event.detail?.message?.content;
    const text = typeof content === 'string' ? content : (content?.name ?? content?.alt_text ?? '');
    const short = text.length > announcedLength ? `${text.slice(0, announcedLength)}…` : text;
    this.view.announcer.textContent = formatString(this.strings.launcherNewReply, {text: short});
  }

  // Public methods

  /** Opens the panel and focuses the textbox; fires `chat-open`. */
  show(): void {
    this.focusWhenReady = true;
    if (this.open) {
      void this.focusChat();
      return;
    }
    this.open = true;
    fireChatEvent(this, 'chat-open', {});
  }

  /** Closes the panel unless a `chat-close` listener cancels it; focus goes back to the button. Returns whether it closed. */
  hide(): boolean {
    if (!this.open) return true;
    if (!fireChatEvent(this, 'chat-close', {}, {cancelable: true})) return false;
    const hadFocus = Boolean(this.shadowRoot?.activeElement);
    this.open = false;
    if (hadFocus) this.view.button.focus();
    return true;
  }

  /** Opens the panel when it is closed, closes it when it is open. */
  toggle(): void {
    if (this.open) this.hide();
    else this.show();
  }

  /**
   * Loads the chat now (without opening the panel) and resolves with the
   * `<chat-blocks>` inside, once it has rendered: with `persist`, its kept
   * history is restored by then.
   */
  async load(): Promise<ChatBlocks> {
    this.prepare();
    await loadWidget();
    if (!this.chatElement) this.createChat();
    const chat = this.chatElement as ChatBlocks;
    // A launcher not on the page has a chat that does not render until it is.
    if (chat.isConnected) await chat.updateComplete;
    return chat;
  }
}

defineElement('chat-blocks-launcher', ChatBlocksLauncher);

declare global {
  interface HTMLElementTagNameMap {
    'chat-blocks-launcher': ChatBlocksLauncher;
  }
}
