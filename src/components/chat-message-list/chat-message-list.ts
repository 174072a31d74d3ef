/*
 * Over 300 lines for a reason: about 70 of them are the element's JSDoc
 * (parts, events, slots, from which the manifest and README tables are
 * generated) and its documented public properties. The views, actions,
 * editing, announcing and slicing live in the files beside it.
 */
import {adoptStyles, html, LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import type {ChatExample, ChatLayout} from '../../context.js';
import type {ChatMessage, ChatStatus} from '../../core/types.js';
import {defineElement} from '../../define.js';
import {defaultStrings, type ChatStrings} from '../../strings.js';
import {ChatConsumer} from '../chat-consumer.js';
import type {Enhancer} from '../../render/fragment-directive.js';
import {onPluginLoaded} from '../../render/lazy.js';
import {icon} from '../icons/icon.js';
import {AutoScroll} from './autoscroll.js';
import {styles} from './chat-message-list.styles.js';
import {loadConversation, loadedConversation, type ConversationModule} from './conversation-loader.js';
import type {MessageEditor} from './editor-view.js';
import {BlobUrls, renderEmpty} from './empty-state.js';
import type {HistoryWindow} from './history-window.js';
import type {TranscriptCache} from './transcript-cache.js';
import type {ViewedImage} from './image-viewer.js';
import {ListActions} from './list-actions.js';
import {defaultMaxUnbrokenRun, unbrokenRunOr} from '../../core/limits.js';
import {defaultMaxMarkdownLength, isBusy, readSettings, type ListSettings} from './list-settings.js';
import type {LongTexts, MarkdownCache} from './markdown-view.js';
// Types only: the announcement loads with the message views (conversation.ts).
import type {ListSeen} from './reply-announcer.js';
import type {ListState, ListTools} from './view-inputs.js';

export {defaultMaxMarkdownLength};

/** The parts of a list that shows messages, made when the message views have loaded (`conversation.ts`). */
interface Conversation {
  readonly views: ConversationModule;
  /** A long history renders its newest messages first, older ones in idle time. */
  readonly history: HistoryWindow;
  /** The history's groups, grouped again only from the first message that changed. */
  readonly transcript: TranscriptCache;
  readonly editor: MessageEditor;
  readonly markdown: MarkdownCache;
  readonly longTexts: LongTexts;
  /** What the views use besides their inputs: the same objects for the element's life. */
  readonly tools: ListTools;
}

/**
 * The transcript of a conversation: user and assistant messages with
 * markdown, files, thoughts and feedback controls, streaming in place.
 *
 * Inside a `<chat-blocks>` it shows that conversation and turns clicks into
 * calls on it; alone, it shows its `messages` property and fires the events
 * itself.
 *
 * @tagname chat-message-list
 * @summary A chat transcript that streams replies, renders sanitized markdown and media.
 *
 * @slot empty - Shown while there are no messages (default: a greeting from `strings.greeting`).
 *
 * @fires chat-like - Standalone: like, dislike or taken back: `{index, value, liked}`.
 * @fires chat-retry - Standalone: retry asked for the last reply: `{index}`.
 * @fires chat-undo - Standalone: undo asked for the last exchange: `{index}`.
 * @fires chat-edit - Standalone: a user message was edited: `{index, value, previous}`.
 * @fires chat-option - Standalone: an option was chosen: `{index, value}`.
 * @fires chat-submit - Standalone: an example was clicked: `{text, files}` (cancelable).
 *
 * @csspart message - Each message's outermost node (with `message-user` or `message-assistant`).
 * @csspart message-user - A user message.
 * @csspart message-assistant - An assistant message.
 * @csspart message-content - The node holding a message's rendered text or file.
 * @csspart message-error - The inline error of a failed reply.
 * @csspart message-stopped - The quiet mark of a reply the user stopped (its `error` field keeps the text).
 * @csspart avatar - An avatar image.
 * @csspart like-button - The like button.
 * @csspart dislike-button - The dislike button.
 * @csspart copy-button - Copies a message's visible, rendered text.
 * @csspart retry-button - Regenerates the last reply.
 * @csspart undo-button - Removes the last exchange.
 * @csspart edit-button - Edits a user message.
 * @csspart thought - A collapsible thought panel.
 * @csspart option - An option button under the last reply.
 * @csspart example - An example prompt card of the empty state.
 * @csspart scroll-button - Jumps to the latest message after the user scrolled up.
 * @csspart code-copy-button - Copies a code block's visible text.
 * @csspart show-formatted-button - Shows a message past `max-markdown-length` formatted (it shows as plain text until then).
 * @csspart image-placeholder - Stands in for an image `image-sources` held back; a click loads it.
 * @csspart image-viewer - The full-size image view.
 */
export class ChatMessageList extends LitElement {
  static override styles = styles;

  private readonly chat = new ChatConsumer(this, {messages: () => this.messages ?? [], disabled: () => false});
  private readonly autoscroll = new AutoScroll(this);
  private readonly actions = new ListActions(this, () => this.chat.actions);
  private readonly blobUrls = new BlobUrls();
  /** What the last update showed: a reply that finished since is announced once (`announceFinishedReply`). */
  private seen?: ListSeen;
  /** The message views and their state, once the list has shown a message. */
  private conversation?: Conversation;
  /** The message views are on their way. */
  private conversationLoading?: Promise<unknown>;
  /** The messages for which the views failed to load: the list says so, and tries again when they change. */
  @state() private conversationFailedFor?: readonly ChatMessage[];

  @query('.log') private logElement?: HTMLElement;
  /** Always rendered, after the whole transcript: found once, not searched for past every message on each update. */
  @query('.announcer', true) private announcerRegion!: HTMLElement | null;
  @query('dialog.viewer') private viewer?: HTMLDialogElement;

  /** Thoughts the user opened or closed, by key; others follow their status. */
  @state() private thoughtToggles: ReadonlyMap<string, boolean> = new Map();
  @state() private viewedImage?: ViewedImage;
  /** Messages past the markdown size limit that the user asked to see formatted. */
  @state() private formattedAnyway: ReadonlySet<number> = new Set();
  /** Blocked file images the user chose to load, by URL. */
  @state() private loadedImages: ReadonlySet<string> = new Set();
  /** The message under the pointer or holding focus: an older turn draws its action row then. */
  @state() private activeIndex = -1;

  /** The messages to show when not inside a `<chat-blocks>`. */
  @property({attribute: false}) messages: ChatMessage[] = [];
  /** Standalone: `waiting` shows the waiting indicator, `streaming` streams the last message. */
  @property() status: ChatStatus = 'idle';
  /** Show message text literally, without markdown. */
  @property({type: Boolean, attribute: 'plain-text'}) plainText = false;
  /** Also show like and dislike on user messages. */
  @property({type: Boolean, attribute: 'like-user-message'}) likeUserMessage = false;
  /** Hide like and dislike. */
  @property({type: Boolean, attribute: 'no-feedback'}) noFeedback = false;
  /** Read `$…$` as inline math (`$$…$$`, `\(…\)` and `\[…\]` always are). */
  @property({type: Boolean, attribute: 'inline-math'}) inlineMath = false;
  /** `bubble` (default) or `panel`. */
  @property() layout: ChatLayout = 'bubble';
  @property({attribute: 'avatar-user'}) avatarUser?: string;
  @property({attribute: 'avatar-assistant'}) avatarAssistant?: string;
  /** Standalone: suggested prompts shown while there are no messages. */
  @property({attribute: false}) examples: ChatExample[] = [];
  /** Standalone: UI strings that override the defaults. */
  @property({attribute: false}) strings: Partial<ChatStrings> = {};
  /**
   * Standalone: a message text longer than this many characters shows as
   * plain text, with a button to format it (markdown costs far more than
   * text on a huge message).
   * @default 100000
   */
  @property({type: Number, attribute: 'max-markdown-length'}) maxMarkdownLength: number = defaultMaxMarkdownLength;
  /**
   * Standalone: a run of text without a break opportunity longer than this
   * many characters gets one (a `<wbr>`) every this many characters, outside
   * code (default 200; `Infinity`: none). Other values are ignored with a warning.
   */
  @property({type: Number, attribute: 'max-unbroken-run'})
  get maxUnbrokenRun(): number {
    return this.unbrokenRun;
  }
  set maxUnbrokenRun(value: number) {
    const old = this.unbrokenRun;
    this.unbrokenRun = unbrokenRunOr(value);
    this.requestUpdate('maxUnbrokenRun', old);
  }
  private unbrokenRun = defaultMaxUnbrokenRun;
  /** Standalone: where images in messages may load from (`all`, `same-origin`, `none` or origins); others wait for a click. */
  @property({attribute: 'image-sources'}) imageSources = 'all';

  /** What the list shows, read once per update from the `<chat-blocks>` around it or from the properties. */
  private settings: ListSettings = readSettings(undefined, this);
  private ownStrings: ChatStrings = defaultStrings;
  private enhancer?: {labels: string; enhance: Enhancer};
  private stopListeningForPlugins?: () => void;
  private imageOpener?: HTMLElement;
  /** Index of the newest user message rendered: a newer one was just sent. */
  private lastUserIndex?: number;

  override connectedCallback(): void {
    super.connectedCallback();
    // While a reply streams, the blocks that waited for the renderer are drawn at the stream's pace, in a frame of
    // their own: not in the task that just evaluated the renderer's chunk (both together made frames of 90-130 ms).
    this.stopListeningForPlugins = onPluginLoaded(() => this.chat.requestPacedUpdate() || this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListeningForPlugins?.();
    this.conversation?.longTexts.cancel();
    this.actions.dispose();
    this.blobUrls.revokeAll();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('strings')) this.ownStrings = {...defaultStrings, ...this.strings};
    const shown = this.settings.messages;
    this.settings = readSettings(this.chat.controller, this);
    const formatted = stillFormatted(this.formattedAnyway, shown, this.settings.messages);
    // Set only when it changed: setting a state property requests another update.
    if (formatted !== this.formattedAnyway) this.formattedAnyway = formatted;
    // Made before this update's controllers run: the views' controllers take part in it.
    if (this.settings.messages.length > 0 || this.settings.status === 'waiting') this.conversationFor(this.settings.messages);
  }

  protected override firstUpdated(): void {
    this.autoscroll.observe(this.logElement!, this.renderRoot.querySelector('.transcript')!);
    if (this.conversation) this.logElement!.addEventListener('scroll', this.conversation.history.onScroll, {passive: true});
    // One listener serves every action row (a keyboard press on a button is a click too).
    this.logElement!.addEventListener('click', this.onLogClick);
    this.logElement!.addEventListener('pointerover', this.onPointerOrFocus, {passive: true});
    this.logElement!.addEventListener('focusin', this.onPointerOrFocus);
  }

  /** Resolves once the list has rendered, a long history and long texts included (they render in slices). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    // The first message waits for the views (loaded or failed), then for its render.
    for (let loading = this.conversationLoading; loading; loading = this.conversationLoading) {
      await loading;
      complete = await super.getUpdateComplete();
    }
    const whenFilled = () => this.conversation?.history.whenComplete() ?? this.conversation?.longTexts.whenComplete();
    for (let filling = whenFilled(); filling; filling = whenFilled()) {
      await filling;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(): void {
    this.conversation?.longTexts.continue();
    // The newest message is in the last chunk: searched there, not through the whole history.
    const newest = this.renderRoot.querySelector('.transcript')?.lastElementChild ?? this.renderRoot;
    const previous = this.seen;
    this.seen = {count: this.settings.messages.length, busy: isBusy(this.settings)};
    if (previous && this.conversation) {
      this.conversation.views.announceFinishedReply(previous, this.seen, this.settings, this.uiStrings, newest, this.announcerRegion);
    }
    this.revealSentMessage();
    if (this.viewedImage && this.viewer && !this.viewer.open) this.viewer.showModal();
  }

  /** The chat is disabled now (read when the user acts, which may come before the next update). */
  private get disabled(): boolean {
    return this.chat.controller?.settings.disabled ?? false;
  }

  private get uiStrings(): ChatStrings {
    return this.chat.controller?.strings ?? this.ownStrings;
  }

  /**
   * Adds copy buttons to code blocks and click-to-load buttons for blocked
   * images, labelled in the current strings. The same function while its
   * labels stay the same: a new one would make every block of every
   * message insert its nodes again.
   */
  private codeEnhancer(views: ConversationModule, strings: ChatStrings): Enhancer {
    const code = {copy: strings.copyCode, copied: strings.copied};
    const images = {loadImage: strings.loadImage, loadMedia: strings.loadMedia};
    const labels = JSON.stringify([code, images]);
    if (this.enhancer?.labels !== labels) {
      this.enhancer = {
        labels,
        enhance: (nodes) => views.enhanceNodes(nodes, code, images),
      };
    }
    return this.enhancer.enhance;
  }

  /**
   * A message the user just sent is always brought into view, even when
   * they had scrolled up to read: the list follows the new exchange again.
   */
  private revealSentMessage(): void {
    const messages = this.settings.messages;
    let index = messages.length - 1;
    while (index >= 0 && messages[index]!.role !== 'user') index--;
    const previous = this.lastUserIndex;
    this.lastUserIndex = index;
    if (previous !== undefined && index > previous && index >= messages.length - 2) this.autoscroll.scrollToEnd();
  }

  /** The pointer or focus reached a message: its turn's action row is drawn (see `rowWindowMessages`). */
  private readonly onPointerOrFocus = (event: Event): void => {
    const message = (event.target as Element).closest?.<HTMLElement>('[data-index]');
    const index = message ? Number(message.dataset.index) : -1;
    if (message && index !== this.activeIndex) this.activeIndex = index;
  };

  /** Clicks in the log: the action rows' buttons have no listener of their own. */
  private readonly onLogClick = (event: Event): void => {
    const conversation = this.conversation;
    if (conversation) conversation.views.handleActionClick(event, this.settings.messages, conversation.transcript, conversation.tools);
  };

  /**
   * The message views, made on first use; undefined while they load (the
   * update in the task after the next frame shows the messages) or when they
   * failed to load for these messages (the list shows `strings.errorLoad`).
   * That wait puts the chunk's evaluation (about 10 ms) and the first render
   * of the messages (about 15 ms) in different frames: in the same one, they
   * made a frame over 50 ms in 6 of 15 first streams of `npm run bench`.
   */
  private conversationFor(messages: readonly ChatMessage[]): Conversation | undefined {
    if (this.conversation) return this.conversation;
    const views = loadedConversation();
    if (views && !this.conversationLoading) return (this.conversation = this.startConversation(views));
    if (!this.conversationLoading && this.conversationFailedFor !== messages) {
      this.conversationLoading = loadConversation()
        .then((loaded) => loaded.afterNextFrame())
        .then(
          () => (this.conversationFailedFor = undefined),
          (error: unknown) => {
            console.warn('chat-blocks: the message views could not be loaded', error);
            this.conversationFailedFor = this.settings.messages;
          },
        )
        .finally(() => {
          this.conversationLoading = undefined;
          this.requestUpdate();
        });
    }
    return undefined;
  }

  private startConversation(views: ConversationModule): Conversation {
    const history = new views.HistoryWindow(
      this,
      () => this.logElement,
      () => this.autoscroll.following,
    );
    const editor = new views.MessageEditor(this, (index, value) => this.actions.edit(index, value));
    const markdown = new views.MarkdownCache();
    const longTexts = new views.LongTexts(this, markdown, () => this.chat.requestPacedUpdate());
    const tools: ListTools = {
      markdown,
      actions: this.actions,
      editor,
      codeEnhancer: (strings) => this.codeEnhancer(views, strings),
      startEditing: (index, text) => {
        if (!this.disabled) editor.start(index, text);
      },
      openImage: (image, opener) => {
        this.imageOpener = opener;
        this.viewedImage = image;
      },
      toggleThought: (key, open) => (this.thoughtToggles = new Map(this.thoughtToggles).set(key, open)),
      showFormatted: (index) => (this.formattedAnyway = new Set(this.formattedAnyway).add(index)),
      loadImage: (url) => (this.loadedImages = new Set(this.loadedImages).add(url)),
    };
    // The views' styles join the list's own, in the order of the cascade.
    if (this.renderRoot instanceof ShadowRoot) adoptStyles(this.renderRoot, views.conversationStyles);
    this.logElement?.addEventListener('scroll', history.onScroll, {passive: true});
    return {views, history, transcript: new views.TranscriptCache(), editor, markdown, longTexts, tools};
  }

  private closeImage(): void {
    if (this.viewer?.open) this.viewer.close();
    this.viewedImage = undefined;
    this.imageOpener?.focus();
  }

  override render(): TemplateResult {
    const settings = this.settings;
    const strings = this.uiStrings;
    const conversation = this.conversation;
    // Grouped by the message views: the groups exist only where the views do.
    const groups = conversation ? conversation.transcript.of(settings.messages) : [];
    conversation?.markdown.forgetFrom(settings.messages.length);
    const shown = conversation ? conversation.history.visible(settings.messages, groups) : [];
    const busy = isBusy(settings);
    // What waits for a reply to end also waits while the chat is disabled.
    const locked = busy || settings.disabled;
    const state: ListState = {
      settings,
      strings,
      locked,
      thoughtToggles: this.thoughtToggles,
      formattedAnyway: this.formattedAnyway,
      likes: this.chat.actions.likes,
      loadedImages: this.loadedImages,
      copiedIndex: this.actions.copiedIndex,
      editing: conversation?.editor.editing,
      activeIndex: this.activeIndex,
    };
    // Not following means the user scrolled away from the end: there is more below.
    const showScrollButton = !this.autoscroll.following;
    return html`
      <div
        class="log"
        role="log"
        aria-label=${strings.messageListLabel}
        aria-live="off"
        aria-busy=${busy ? 'true' : 'false'}
        tabindex="0"
        data-layout=${settings.layout === 'panel' ? 'panel' : 'bubble'}
      >
        <div class="transcript">
          ${
            settings.messages.every((message) => message.role === 'system')
              ? renderEmpty(
                  {
                    examples: settings.examples,
                    disabled: locked,
                    onExample: (example) => this.actions.sendExample(example),
                    blobUrl: (blob) => this.blobUrls.of(blob),
                  },
                  strings,
                )
              : nothing
          }
          ${conversation ? conversation.views.renderChunks(groups, shown, state, conversation.tools) : nothing}
          ${this.conversationFailedFor && !conversation ? renderUnformatted(settings.messages, strings) : nothing}
          ${settings.status === 'waiting' && conversation ? conversation.views.renderWaiting(strings) : nothing}
        </div>
      </div>
      ${
        showScrollButton
          ? html`<button
              type="button"
              part="scroll-button"
              class="scroll-button"
              aria-label=${strings.scrollToBottom}
              title=${strings.scrollToBottom}
              @click=${() => this.autoscroll.scrollToEnd()}
            >
              ${icon('arrowDown')}
            </button>`
          : nothing
      }
      <div class="announcer sr-only" role="status" aria-live="polite" aria-atomic="true"></div>
      ${this.viewedImage && conversation ? conversation.views.renderImageViewer(this.viewedImage, strings, () => this.closeImage()) : nothing}
    `;
  }
}

/**
 * The messages the user asked to see formatted that are still there: the
 * same object at the same position (an append keeps them, another history
 * does not). The same set when none went.
 */
function stillFormatted(formatted: ReadonlySet<number>, before: readonly ChatMessage[], now: readonly ChatMessage[]): ReadonlySet<number> {
  const kept = [...formatted].filter((index) => now[index] === before[index]);
  return kept.length === formatted.size ? formatted : new Set(kept);
}

/**
 * The messages as plain text under an alert, when the message views could
 * not be loaded: nothing the user sent or received disappears.
 */
function renderUnformatted(messages: readonly ChatMessage[], strings: ChatStrings): TemplateResult {
  return html`<p class="load-error" role="alert">${strings.errorLoad}</p>
    ${messages.map((message) => {
      const content = message.content;
      return html`<p class="unformatted">${typeof content === 'string' ? content : (content.name ?? content.url)}</p>`;
    })}`;
}

defineElement('chat-message-list', ChatMessageList);

declare global {
  interface HTMLElementTagNameMap {
    'chat-message-list': ChatMessageList;
  }
}
