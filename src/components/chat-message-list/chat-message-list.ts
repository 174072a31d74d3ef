import {html, LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {guard} from 'lit/directives/guard.js';
import {repeat} from 'lit/directives/repeat.js';
import type {ChatExample, ChatLayout} from '../../context.js';
import type {ChatMessage, ChatStatus} from '../../core/types.js';
import {defineElement} from '../../define.js';
import {fireChatEvent} from '../../events.js';
import {defaultStrings, formatString, type ChatStrings} from '../../strings.js';
import {ChatConsumer} from '../chat-consumer.js';
import {copyText} from '../../render/clipboard.js';
import {visibleText} from '../../render/visible-text.js';
import {addCodeBlockControls} from '../../render/code-blocks.js';
import {sanitizedFragment, type Enhancer} from '../../render/fragment-directive.js';
import {onPluginLoaded, pluginGeneration} from '../../render/lazy.js';
import type {MarkdownOptions} from '../../render/markdown.js';
import {normalizeFile} from '../../render/media.js';
import {splitReasoning} from '../../render/reasoning.js';
import {buildTranscript, lastReplyIndex, turnLead, type TranscriptEntry, type TranscriptGroup} from '../../render/transcript.js';
import {safeAvatarUrl} from '../../render/urls.js';
import {AutoScroll} from './autoscroll.js';
import {styles} from './chat-message-list.styles.js';
import {renderEmpty} from './empty-state.js';
import {renderFile} from './file-view.js';
import {HistoryWindow} from './history-window.js';
import {renderImageViewer, type ViewedImage} from './image-viewer.js';
import {renderActions} from './message-actions.js';
import {icon} from './icons.js';
import {MarkdownCache, renderBlocks} from './markdown-view.js';
import {renderThought} from './thought-view.js';

/** Default of `max-markdown-length`: longer texts show as plain text until asked for formatted. */
export const defaultMaxMarkdownLength = 100_000;

/** What the list needs to know, from `<chat-blocks>` or from its own properties. */
interface ListConfig {
  messages: readonly ChatMessage[];
  status: ChatStatus;
  streamingIndex: number;
  plainText: boolean;
  likeUserMessage: boolean;
  noFeedback: boolean;
  layout: ChatLayout;
  avatarUser?: string;
  avatarAssistant?: string;
  examples: readonly ChatExample[];
  markdown: MarkdownOptions;
  /** The chat is disabled: nothing that sends (options, retry, edit, undo, examples) can be used. */
  disabled: boolean;
  /** Texts longer than this show as plain text until the user asks for them formatted. */
  maxMarkdownLength: number;
}

/** How long a copy button says "Copied". */
const copiedFeedbackMs = 1500;

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
 * @csspart copy-button - Copies a message as markdown.
 * @csspart retry-button - Regenerates the last reply.
 * @csspart undo-button - Removes the last exchange.
 * @csspart edit-button - Edits a user message.
 * @csspart thought - A collapsible thought panel.
 * @csspart option - An option button under the last reply.
 * @csspart example - An example prompt card of the empty state.
 * @csspart scroll-button - Jumps to the latest message after the user scrolled up.
 * @csspart code-copy-button - Copies a code block.
 * @csspart show-formatted-button - Shows a message past `max-markdown-length` formatted (it shows as plain text until then).
 * @csspart image-viewer - The full-size image view.
 */
export class ChatMessageList extends LitElement {
  static override styles = styles;

  private readonly chat = new ChatConsumer(this);
  private readonly autoscroll = new AutoScroll(this);
  /** A long history renders its newest messages first, older ones in idle time. */
  private readonly history = new HistoryWindow(
    this,
    () => this.logElement,
    () => this.autoscroll.following,
  );

  @query('.log') private logElement?: HTMLElement;
  @query('.announcer') private announcer?: HTMLElement;
  @query('dialog.viewer') private viewer?: HTMLDialogElement;

  /** Standalone likes, until the page sets new messages. */
  @state() private likes = new WeakMap<ChatMessage, boolean | null>();
  /** Thoughts the user opened or closed, by key; others follow their status. */
  @state() private thoughtToggles = new Map<string, boolean>();
  @state() private editingIndex = -1;
  @state() private editText = '';
  @state() private copiedIndex = -1;
  @state() private viewedImage?: ViewedImage;
  /** Messages past the markdown size limit that the user asked to see formatted. */
  @state() private formattedAnyway = new Set<number>();

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
   */
  @property({type: Number, attribute: 'max-markdown-length'}) maxMarkdownLength = defaultMaxMarkdownLength;

  private readonly markdown = new MarkdownCache();
  private ownStrings: ChatStrings = defaultStrings;
  private enhancer?: {copy: string; copied: string; enhance: Enhancer};
  /** The frame that renders long texts further is requested. */
  private progressFrame = 0;
  private progressDone?: {promise: Promise<void>; resolve: () => void};
  private stopListeningForPlugins?: () => void;
  private copiedTimer = 0;
  private imageOpener?: HTMLElement;
  private readonly blobUrls = new Map<Blob, string>();
  /** Grows when a standalone like changes `likes` in place: groups render again. */
  private likesVersion = 0;
  /** Last state seen, to announce a reply once when it finishes. */
  private seen?: {count: number; busy: boolean};
  /** Index of the newest user message rendered: a newer one was just sent. */
  private lastUserIndex?: number;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopListeningForPlugins = onPluginLoaded(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListeningForPlugins?.();
    cancelAnimationFrame(this.progressFrame);
    this.progressFrame = 0;
    clearTimeout(this.copiedTimer);
    for (const url of this.blobUrls.values()) URL.revokeObjectURL(url);
    this.blobUrls.clear();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('strings')) this.ownStrings = {...defaultStrings, ...this.strings};
    if (changed.has('messages')) this.likes = new WeakMap();
    if (changed.has('messages')) this.formattedAnyway = new Set();
  }

  protected override firstUpdated(): void {
    this.autoscroll.observe(this.logElement!, this.renderRoot.querySelector('.transcript')!);
    this.logElement!.addEventListener('scroll', this.history.onScroll, {passive: true});
  }

  /** Resolves once the list has rendered, a long history and long texts included (they render in slices). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let filling = this.whenFilled(); filling; filling = this.whenFilled()) {
      await filling;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** Resolves when older messages or long texts have rendered further; undefined if nothing is left. */
  private whenFilled(): Promise<void> | undefined {
    const history = this.history.whenComplete();
    if (history) return history;
    if (!this.markdown.rendering) return undefined;
    this.progressDone ??= (() => {
      let resolve!: () => void;
      const promise = new Promise<void>((done) => (resolve = done));
      return {promise, resolve};
    })();
    return this.progressDone.promise;
  }

  /** Long texts render a slice per frame: the next frame renders the messages that have text left. */
  private continueLongTexts(): void {
    if (!this.markdown.rendering) {
      this.progressDone?.resolve();
      this.progressDone = undefined;
      return;
    }
    if (this.progressFrame !== 0) return;
    this.progressFrame = requestAnimationFrame(() => {
      this.progressFrame = 0;
      this.markdown.advance();
      this.requestUpdate();
    });
  }

  protected override updated(): void {
    this.continueLongTexts();
    this.announceFinishedReply();
    this.revealSentMessage();
    if (this.viewedImage && this.viewer && !this.viewer.open) this.viewer.showModal();
  }

  private get uiStrings(): ChatStrings {
    return this.chat.controller?.strings ?? this.ownStrings;
  }

  private get config(): ListConfig {
    const controller = this.chat.controller;
    if (controller) {
      const {view, settings} = controller;
      const inlineMath = settings.inlineMath || this.inlineMath;
      return {
        messages: view.messages,
        status: view.status,
        streamingIndex: view.streamingIndex,
        plainText: settings.plainText,
        likeUserMessage: settings.likeUserMessage,
        noFeedback: settings.noFeedback,
        layout: settings.layout,
        avatarUser: settings.avatarUser,
        avatarAssistant: settings.avatarAssistant,
        examples: settings.examples,
        markdown: {inlineMath},
        disabled: settings.disabled,
        maxMarkdownLength: settings.maxMarkdownLength ?? this.maxMarkdownLength,
      };
    }
    const messages = this.messages ?? [];
    return {
      messages,
      status: this.status,
      streamingIndex: this.status === 'streaming' ? messages.length - 1 : -1,
      plainText: this.plainText,
      likeUserMessage: this.likeUserMessage,
      noFeedback: this.noFeedback,
      layout: this.layout,
      avatarUser: this.avatarUser,
      avatarAssistant: this.avatarAssistant,
      examples: this.examples ?? [],
      markdown: {inlineMath: this.inlineMath},
      disabled: false,
      maxMarkdownLength: this.maxMarkdownLength,
    };
  }

  /**
   * Adds copy buttons to code blocks, labelled in the current strings. The
   * same function while its two labels stay the same: a new one would make
   * every block of every message insert its nodes again.
   */
  private codeEnhancer(strings: ChatStrings): Enhancer {
    const {copyCode: copy, copied} = strings;
    if (this.enhancer?.copy !== copy || this.enhancer.copied !== copied) {
      const labels = {copy, copied};
      this.enhancer = {copy, copied, enhance: (nodes) => addCodeBlockControls(nodes, labels)};
    }
    return this.enhancer.enhance;
  }

  /**
   * Announces a reply once, when it has finished: the list itself does not
   * announce (it would read every token), a polite status region does.
   */
  private announceFinishedReply(): void {
    const {messages, status} = this.config;
    const busy = status === 'waiting' || status === 'streaming';
    const previous = this.seen;
    this.seen = {count: messages.length, busy};
    if (!previous || busy || !this.announcer) return;
    const index = messages.length - 1;
    const last = messages[index];
    const finished = previous.busy || messages.length > previous.count;
    if (!finished || last?.role !== 'assistant' || last.error !== undefined) return;
    const content = this.renderRoot.querySelector(`[data-index="${index}"] [part~="message-content"]`);
    const text = content ? readableText(content) : '';
    if (text === '') return;
    this.announcer.textContent = formatString(this.uiStrings.replyFinished, {text});
  }

  /**
   * A message the user just sent is always brought into view, even when
   * they had scrolled up to read: the list follows the new exchange again.
   */
  private revealSentMessage(): void {
    const messages = this.config.messages;
    let index = messages.length - 1;
    while (index >= 0 && messages[index]!.role !== 'user') index--;
    const previous = this.lastUserIndex;
    this.lastUserIndex = index;
    if (previous !== undefined && index > previous && index >= messages.length - 2) this.autoscroll.scrollToEnd();
  }

  /** An object URL for an example's file, revoked when the list leaves the page. */
  private blobUrl(blob: Blob): string {
    let url = this.blobUrls.get(blob);
    if (url === undefined) {
      url = URL.createObjectURL(blob);
      this.blobUrls.set(blob, url);
    }
    return url;
  }

  private likedOf(message: ChatMessage): boolean | null {
    return this.likes.has(message) ? this.likes.get(message)! : (message.liked ?? null);
  }

  private setLike(index: number, message: ChatMessage, pressed: boolean): void {
    const liked = this.likedOf(message) === pressed ? null : pressed;
    const controller = this.chat.controller;
    if (controller) {
      controller.like(index, liked);
      return;
    }
    this.likes.set(message, liked);
    this.likesVersion++;
    this.requestUpdate();
    fireChatEvent(this, 'chat-like', {index, value: message.content, liked});
  }

  /**
   * Copies a turn: the visible text of its texts as rendered (thoughts and
   * hidden content left out), or its files' URLs when it has no text.
   */
  private async copyTurn(index: number, turn: TranscriptGroup): Promise<void> {
    const entries = turn.entries.filter((entry) => entry.message.metadata?.title === undefined);
    const messages = entries.map((entry) => entry.message);
    const texts = entries.flatMap(({index: at, message}) => {
      if (typeof message.content !== 'string' || message.content === '') return [];
      const shown = this.renderRoot.querySelector(`[data-index="${at}"] [part~="message-content"]`);
      const text = shown ? visibleText(shown) : message.content;
      return text === '' ? [] : [text];
    });
    const urls = messages.flatMap((message) => (typeof message.content === 'string' ? [] : [normalizeFile(message.content).url]));
    const text = (texts.length > 0 ? texts : urls).join('\n\n');
    if (!(await copyText(text))) return;
    this.copiedIndex = index;
    clearTimeout(this.copiedTimer);
    this.copiedTimer = window.setTimeout(() => (this.copiedIndex = -1), copiedFeedbackMs);
  }

  private retry(index: number): void {
    if (this.config.disabled) return;
    const controller = this.chat.controller;
    if (controller) controller.retry(index);
    else fireChatEvent(this, 'chat-retry', {index});
  }

  private undo(index: number): void {
    if (this.config.disabled) return;
    const controller = this.chat.controller;
    if (controller) controller.undo(index);
    else fireChatEvent(this, 'chat-undo', {index});
  }

  private chooseOption(index: number, value: string): void {
    if (this.config.disabled) return;
    const controller = this.chat.controller;
    if (controller) controller.chooseOption(index, value);
    else fireChatEvent(this, 'chat-option', {index, value});
  }

  private sendExample(example: ChatExample): void {
    if (this.config.disabled) return;
    const input = typeof example === 'string' ? {text: example, files: []} : {text: example.text, files: example.files ?? []};
    const controller = this.chat.controller;
    if (controller) controller.submit(input);
    else fireChatEvent(this, 'chat-submit', input, {cancelable: true});
  }

  private startEditing(index: number, text: string): void {
    if (this.config.disabled) return;
    this.editingIndex = index;
    this.editText = text;
    void this.updateComplete.then(() => {
      const editor = this.renderRoot.querySelector<HTMLTextAreaElement>('.editor textarea');
      editor?.focus();
      editor?.setSelectionRange(editor.value.length, editor.value.length);
    });
  }

  private stopEditing(): void {
    const index = this.editingIndex;
    this.editingIndex = -1;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[data-index="${index}"] [part~="edit-button"]`)?.focus(),
    );
  }

  private saveEdit(index: number, previous: string): void {
    const value = this.editText;
    if (value.trim() === '' || this.config.disabled) return;
    this.editingIndex = -1;
    const controller = this.chat.controller;
    if (controller) controller.edit(index, value);
    else fireChatEvent(this, 'chat-edit', {index, value, previous});
  }

  private onEditorKey(event: KeyboardEvent, index: number, previous: string): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.stopEditing();
    } else if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      this.saveEdit(index, previous);
    }
  }

  private openImage(image: ViewedImage, opener: HTMLElement): void {
    this.imageOpener = opener;
    this.viewedImage = image;
  }

  private closeImage(): void {
    if (this.viewer?.open) this.viewer.close();
    this.viewedImage = undefined;
    this.imageOpener?.focus();
  }

  private toggleThought(key: string, open: boolean): void {
    this.thoughtToggles = new Map(this.thoughtToggles).set(key, open);
  }

  override render(): TemplateResult {
    const config = this.config;
    const strings = this.uiStrings;
    this.markdown.forgetFrom(config.messages.length);
    const groups = buildTranscript(config.messages);
    const shown = this.history.visible(config.messages, groups);
    const busy = config.status === 'waiting' || config.status === 'streaming';
    // What waits for a reply to end also waits while the chat is disabled.
    const locked = busy || config.disabled;
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
        data-layout=${config.layout === 'panel' ? 'panel' : 'bubble'}
      >
        <div class="transcript">
          ${
            groups.length === 0
              ? renderEmpty(
                  {
                    examples: config.examples,
                    disabled: locked,
                    onExample: (example) => this.sendExample(example),
                    blobUrl: (blob) => this.blobUrl(blob),
                  },
                  strings,
                )
              : nothing
          }
          ${repeat(
            shown,
            (group) => group.key,
            (group) => guard(this.groupInputs(group, config, strings, locked), () => this.renderGroup(group, config, strings, locked)),
          )}
          ${config.status === 'waiting' ? this.renderWaiting(strings) : nothing}
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
      ${this.viewedImage ? renderImageViewer(this.viewedImage, strings, () => this.closeImage()) : nothing}
    `;
  }

  /**
   * Everything a group's DOM depends on. A group is rendered again only when
   * one of these changed, so adding a message, a chunk or a batch of older
   * messages does not walk through the templates of every other message.
   */
  private groupInputs(group: TranscriptGroup, config: ListConfig, strings: ChatStrings, locked: boolean): unknown[] {
    const indexes = new Set<number>();
    const entries: unknown[] = [];
    const visit = (entry: TranscriptEntry): void => {
      indexes.add(entry.index);
      entries.push(entry.index, entry.message, this.markdown.progressOf(entry.index), this.formattedAnyway.has(entry.index));
      entry.children.forEach(visit);
    };
    group.entries.forEach(visit);
    // Positions that change what a message shows (retry, undo, options,
    // streaming), counted only in the group that holds them.
    const within = (index: number) => (indexes.has(index) ? index : -1);
    return [
      config.plainText,
      config.likeUserMessage,
      config.noFeedback,
      config.avatarUser,
      config.avatarAssistant,
      config.markdown.inlineMath,
      config.disabled,
      config.maxMarkdownLength,
      strings,
      locked,
      this.likes,
      this.likesVersion,
      this.thoughtToggles,
      this.copiedIndex,
      this.editingIndex,
      within(this.editingIndex) === -1 ? '' : this.editText,
      pluginGeneration,
      within(config.messages.length - 1),
      within(lastReplyIndex(config.messages)),
      within(config.streamingIndex),
      ...entries,
    ];
  }

  private renderWaiting(strings: ChatStrings): TemplateResult {
    return html`<div class="group assistant waiting-group">
      <div class="waiting" role="status" aria-label=${strings.waiting}>
        <span class="dot" aria-hidden="true"></span><span class="dot" aria-hidden="true"></span><span class="dot" aria-hidden="true"></span>
        <span class="sr-only">${strings.waiting}</span>
      </div>
    </div>`;
  }

  private renderGroup(group: TranscriptGroup, config: ListConfig, strings: ChatStrings, busy: boolean): TemplateResult {
    const avatar = group.role === 'user' ? config.avatarUser : config.avatarAssistant;
    const avatarUrl = avatar ? safeAvatarUrl(avatar) : undefined;
    // One action row per turn, on its lead message; the last reply's row stays in view.
    const lead = turnLead(group);
    const lastReply = lastReplyIndex(config.messages);
    const isLastReply = group.entries.some((entry) => entry.index === lastReply);
    return html`<div class="group ${group.role} ${isLastReply ? 'last-reply' : ''}">
      ${avatarUrl ? html`<img part="avatar" class="avatar" src=${avatarUrl} alt="" draggable="false" referrerpolicy="no-referrer" />` : nothing}
      <div class="group-messages">
        <span class="sr-only">${group.role === 'user' ? strings.userLabel : strings.assistantLabel}</span>
        ${repeat(
          group.entries,
          (entry) => entry.index,
          (entry) => this.renderEntry(entry, config, strings, busy, entry === lead ? group : undefined),
        )}
      </div>
    </div>`;
  }

  /** A message; `turn` is given to the lead message of a turn, which carries the turn's action row. */
  private renderEntry(
    entry: TranscriptEntry,
    config: ListConfig,
    strings: ChatStrings,
    busy: boolean,
    turn?: TranscriptGroup,
  ): TemplateResult {
    const {index, message} = entry;
    const role = message.role === 'user' ? 'user' : 'assistant';
    const isThought = message.metadata?.title !== undefined;
    const streaming = index === config.streamingIndex;
    const isLast = index === config.messages.length - 1;
    const stopped = message.error !== undefined && message.error === strings.errorStopped;
    // A reply that failed before its first word is only its error.
    const onlyError = !isThought && message.error !== undefined && !stopped && message.content === '';
    const kind = typeof message.content === 'string' ? 'text' : 'file';
    return html`<div
      part="message message-${role}"
      class="message ${role} ${kind} ${isThought ? 'thought-message' : ''} ${message.error !== undefined ? (stopped ? 'stopped' : 'failed') : ''}"
      data-index=${index}
      aria-busy=${streaming ? 'true' : 'false'}
    >
      ${
        isThought
          ? this.renderThoughtMessage(entry, config, strings, busy, streaming)
          : onlyError || (stopped && message.content === '')
            ? nothing
            : this.renderContent(entry, config, strings, streaming)
      }
      ${
        message.error === undefined
          ? nothing
          : stopped
            ? this.renderStopped(index, message.error, strings, busy, isLast)
            : this.renderError(index, message.error, strings, busy, isLast)
      }
      ${
        isLast && role === 'assistant' && !streaming && message.options?.length
          ? this.renderReplyOptions(index, message, strings, busy)
          : nothing
      }
      ${turn ? this.renderActions(entry, turn, config, strings, busy, streaming) : nothing}
    </div>`;
  }

  private renderContent(entry: TranscriptEntry, config: ListConfig, strings: ChatStrings, streaming: boolean): unknown {
    const {index, message} = entry;
    if (this.editingIndex === index && typeof message.content === 'string') {
      return this.renderEditor(index, message.content, strings);
    }
    if (typeof message.content !== 'string') {
      return html`<div part="message-content" class="content file">
        ${renderFile(message.content, strings, (image, opener) => this.openImage(image, opener))}
      </div>`;
    }
    if (config.plainText) {
      return html`<div part="message-content" class="content plain">${this.renderPlain(index, message.content, config, streaming)}</div>`;
    }
    // Reasoning is drawn as a thought panel beside the bubble, as metadata thoughts are.
    return this.renderText(
      String(index),
      message.content,
      config,
      strings,
      streaming,
      (body) => html`<div part="message-content" class="content markdown">${body}</div>`,
    );
  }

  /** Text as it is, in blocks (a long one renders a slice per frame). */
  private renderPlain(index: number, text: string, config: ListConfig, streaming: boolean): unknown {
    const blocks = this.markdown.blocks(`${index}:plain`, text, {...config.markdown, plain: true}, streaming);
    return renderBlocks(blocks, this.codeEnhancer(this.uiStrings));
  }

  /** True when the text at message `index` is past the markdown size limit and shows as plain text. */
  private shownPlain(index: number, text: string, config: ListConfig): boolean {
    return text.length > config.maxMarkdownLength && !this.formattedAnyway.has(index);
  }

  /** Above a text shown plain for its size: says so, and offers it formatted. */
  private renderLongNotice(index: number, strings: ChatStrings): TemplateResult {
    return html`<div class="long-notice">
      <span>${strings.longMessage}</span>
      <button
        type="button"
        part="show-formatted-button"
        class="text-button"
        @click=${() => (this.formattedAnyway = new Set(this.formattedAnyway).add(index))}
      >
        ${strings.showFormatted}
      </button>
    </div>`;
  }

  /**
   * Markdown text, with `<think>` sections as thoughts; `wrapText` puts
   * each piece of plain text in its container (a bubble, or nothing).
   */
  private renderText(
    key: string,
    text: string,
    config: ListConfig,
    strings: ChatStrings,
    streaming: boolean,
    wrapText: (body: unknown) => unknown = (body) => body,
  ): unknown {
    const index = Number.parseInt(key, 10);
    if (this.shownPlain(index, text, config)) {
      return wrapText(html`${this.renderLongNotice(index, strings)}${this.renderPlain(index, text, config, streaming)}`);
    }
    const segments = splitReasoning(text);
    const enhance = this.codeEnhancer(strings);
    return repeat(
      segments,
      (_segment, position) => position,
      (segment, position) => {
        const segmentKey = `${key}:${position}`;
        const isLast = position === segments.length - 1;
        const blocks = this.markdown.blocks(segmentKey, segment.text, config.markdown, streaming && isLast);
        if (segment.kind === 'text') return wrapText(renderBlocks(blocks, enhance));
        return renderThought(
          {
            title: strings.thinking,
            pending: segment.pending,
            open: this.thoughtToggles.get(segmentKey) ?? segment.pending,
            body: renderBlocks(blocks, enhance),
            onToggle: (open) => this.toggleThought(segmentKey, open),
          },
          strings,
        );
      },
    );
  }

  private renderThoughtMessage(
    entry: TranscriptEntry,
    config: ListConfig,
    strings: ChatStrings,
    busy: boolean,
    streaming: boolean,
  ): TemplateResult {
    const {index, message} = entry;
    const metadata = message.metadata!;
    const key = `thought:${index}`;
    const pending = metadata.status === 'pending';
    const body = html`
      ${
        typeof message.content === 'string'
          ? message.content.trim() === ''
            ? nothing
            : html`<div part="message-content" class="content markdown">
                ${
                  config.plainText
                    ? this.renderPlain(index, message.content, config, streaming)
                    : this.renderText(String(index), message.content, config, strings, streaming)
                }
              </div>`
          : html`<div part="message-content" class="content file">
              ${renderFile(message.content, strings, (image, opener) => this.openImage(image, opener))}
            </div>`
      }
      ${entry.children.map((child) => this.renderEntry(child, config, strings, busy))}
    `;
    const title = config.plainText
      ? metadata.title
      : html`${sanitizedFragment(this.markdown.inlineSource(metadata.title ?? '', config.markdown))}`;
    return renderThought(
      {
        title,
        pending,
        open: this.thoughtToggles.get(key) ?? pending,
        duration: metadata.duration,
        log: metadata.log,
        body,
        onToggle: (open) => this.toggleThought(key, open),
      },
      strings,
    );
  }

  private renderEditor(index: number, previous: string, strings: ChatStrings): TemplateResult {
    return html`<div class="editor">
      <textarea
        aria-label=${strings.editLabel}
        .value=${this.editText}
        rows="3"
        @input=${(event: Event) => (this.editText = (event.target as HTMLTextAreaElement).value)}
        @keydown=${(event: KeyboardEvent) => this.onEditorKey(event, index, previous)}
      ></textarea>
      <div class="editor-actions">
        <button type="button" class="text-button" @click=${() => this.stopEditing()}>${strings.editCancel}</button>
        <button type="button" class="text-button primary" @click=${() => this.saveEdit(index, previous)}>${strings.editSave}</button>
      </div>
    </div>`;
  }

  private renderError(index: number, error: string, strings: ChatStrings, busy: boolean, isLast: boolean): TemplateResult {
    return html`<div part="message-error" class="error" role="alert">
      <span class="error-text">${error}</span>
      ${isLast ? this.renderRetryButton(index, strings, busy) : nothing}
    </div>`;
  }

  /** A reply the user stopped: a quiet mark, not an error; retry stays at hand. */
  private renderStopped(index: number, text: string, strings: ChatStrings, busy: boolean, isLast: boolean): TemplateResult {
    return html`<div part="message-stopped" class="stopped-mark">
      <span class="stopped-text">${text}</span>
      ${isLast ? this.renderRetryButton(index, strings, busy) : nothing}
    </div>`;
  }

  private renderRetryButton(index: number, strings: ChatStrings, busy: boolean): TemplateResult {
    return html`<button type="button" part="retry-button" class="text-button" ?disabled=${busy} @click=${() => this.retry(index)}>
      ${strings.retry}
    </button>`;
  }

  private renderReplyOptions(index: number, message: ChatMessage, strings: ChatStrings, busy: boolean): TemplateResult {
    return html`<div class="options" role="group" aria-label=${strings.optionsLabel}>
      ${message.options!.map(
        (option) =>
          html`<button type="button" part="option" class="option" ?disabled=${busy} @click=${() => this.chooseOption(index, option.value)}>
            ${option.label ?? option.value}
          </button>`,
      )}
    </div>`;
  }

  /**
   * The turn's action row. Like, dislike and edit act on the lead message
   * (its index is what `chat-like` reports); copy copies the turn's text.
   */
  private renderActions(
    entry: TranscriptEntry,
    turn: TranscriptGroup,
    config: ListConfig,
    strings: ChatStrings,
    busy: boolean,
    streaming: boolean,
  ): unknown {
    const {index, message} = entry;
    if (this.editingIndex === index) return nothing;
    const isUser = message.role === 'user';
    const isLastReply = turn.entries.some((each) => each.index === lastReplyIndex(config.messages));
    const hasContent = typeof message.content !== 'string' || message.content !== '';
    // A reply that failed with nothing in it has nothing to copy or rate.
    const failedEmpty = !hasContent && message.error !== undefined;
    return renderActions(
      {
        copy: !failedEmpty && !streaming,
        copied: this.copiedIndex === index,
        edit: isUser && typeof message.content === 'string',
        feedback: !failedEmpty && !config.noFeedback && (!isUser || config.likeUserMessage) && !streaming,
        liked: this.likedOf(message),
        // A failed reply has its retry button in its error.
        retry: isLastReply && message.error === undefined,
        undo: isLastReply,
        busy,
        onCopy: () => void this.copyTurn(index, turn),
        onEdit: () => this.startEditing(index, message.content as string),
        onLike: (pressed) => this.setLike(index, message, pressed),
        onRetry: () => this.retry(index),
        onUndo: () => this.undo(index),
      },
      strings,
    );
  }
}

/** The most of a reply that is announced: a screen reader reads it whole, and a live region is laid out. */
const maxAnnouncedLength = 1000;

/** The start of the text a reply reads as (without its thoughts and code block headers), at most `maxAnnouncedLength` characters. */
function readableText(content: Element): string {
  const walker = document.createTreeWalker(content, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node instanceof Element && node.matches('.thought, .code-header') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  let text = '';
  for (let node = walker.nextNode(); node && text.length <= maxAnnouncedLength; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) text += (node as Text).data.slice(0, maxAnnouncedLength + 1);
  }
  const readable = text.replace(/\s+/g, ' ').trim();
  return readable.length > maxAnnouncedLength ? `${readable.slice(0, maxAnnouncedLength)}…` : readable;
}

defineElement('chat-message-list', ChatMessageList);

declare global {
  interface HTMLElementTagNameMap {
    'chat-message-list': ChatMessageList;
  }
}
