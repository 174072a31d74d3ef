/*
 * Over 300 lines for a reason: this element is the public surface. Its 40
 * attributes and properties, each with the JSDoc that the manifest and the
 * README tables are generated from, take about half the file. What they do
 * lives in core/controller/, core/ and the sub-elements.
 */
import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {ContextProvider} from '@lit/context';
import {chatContext, type ChatExample, type ChatSettings} from '../../context.js';
import {namedAdapter, preloadAdapter, registerAdapter} from '../../core/adapters/named-adapters.js';
import {preloadReplyStream} from '../../core/reply-stream-loader.js';
import {defaultLimits, defaultMaxUnbrokenRun, limitOr, unbrokenRunOr, type Limits} from '../../core/limits.js';
import {headersForUpload, type UploadHeadersPolicy} from '../../core/upload-headers.js';
import {validBody, validExamples, validMessages, validStrings} from '../../core/validate-settings.js';
import type {ChatAdapter, ChatInput, ChatMessage, ConnectionConfig} from '../../core/types.js';
import {ChatBlocksController} from '../../core/controller/chat-blocks-controller.js';
import type {PersistMode} from '../../core/controller/history-persistence.js';
import {parseFileSize, parseFileTypes} from '../../core/files.js';
import {defineElement} from '../../define.js';
import {fireChatEvent} from '../../events.js';
import {defaultStrings, type ChatStrings} from '../../strings.js';
import {parseFileCount, parseHeaders, parseLayout} from './parse-attributes.js';
import {parseSources} from '../../core/input-sources.js';
import {DropTarget} from '../chat-multimodal-textbox/drop-target.js';
import {styles} from './chat-blocks.styles.js';
import {defaultMaxMarkdownLength} from '../chat-message-list/chat-message-list.js';
import '../chat-multimodal-textbox/chat-multimodal-textbox.js';
import '../chat-clear-button/chat-clear-button.js';

/** Every part of the default layout, re-exported so `chat-blocks::part(x)` works from the page. */
const listParts = [
  'message',
  'message-user',
  'message-assistant',
  'message-content',
  'message-error',
  'message-stopped',
  'avatar',
  'like-button',
  'dislike-button',
  'copy-button',
  'retry-button',
  'undo-button',
  'edit-button',
  'thought',
  'option',
  'example',
  'scroll-button',
  'code-copy-button',
  'show-formatted-button',
  'image-placeholder',
  'image-viewer',
].join(', ');
const textboxParts = [
  'textbox',
  'submit-button',
  'stop-button',
  'upload-button',
  'mic-button',
  'file-preview',
  'file-remove',
  'input-error',
  'recording',
  'upload-progress',
  'upload-cancel',
  'drop-zone',
  'upload-failed',
  'upload-retry',
].join(', ');

/**
 * A complete chat: a message list, a multimodal textbox and a clear button,
 * connected to a streaming backend.
 *
 * @tagname chat-blocks
 * @summary An embeddable chat widget that streams replies from any backend.
 *
 * @slot - A custom layout: `<chat-message-list>`, `<chat-multimodal-textbox>` and `<chat-clear-button>` placed anywhere inside connect on their own.
 * @slot empty - Shown while the history is empty, above the examples.
 *
 * @fires chat-submit - The user sends `{text, files}`; cancelable: `preventDefault()` keeps it from the backend.
 * @fires chat-response - A reply ended normally: `{message, messages}`.
 * @fires chat-error - A reply failed: `{error, status?}`.
 * @fires chat-stop - The user or `stop()` stopped a reply; the partial text stays.
 * @fires chat-clear - The history was cleared.
 * @fires chat-like - Like, dislike or taken back: `{index, value, liked}`.
 * @fires chat-retry - Retry was asked for: `{index}` of the user message answered again.
 * @fires chat-undo - Undo was asked for: `{index}` of the first message removed.
 * @fires chat-edit - A user message was edited and re-sent: `{index, value, previous}`.
 * @fires chat-option - An option was clicked: `{index, value}`.
 * @fires chat-change - The history changed: `{messages}` (after a reply ends, not on every token).
 *
 * @csspart message - Each message's outermost node.
 * @csspart message-user - A user message's outermost node.
 * @csspart message-assistant - An assistant message's outermost node.
 * @csspart message-content - The node holding a message's rendered text or file.
 * @csspart message-error - The inline error of a failed reply.
 * @csspart message-stopped - The quiet mark of a reply the user stopped (its `error` field keeps the text).
 * @csspart avatar - An avatar image.
 * @csspart like-button - The like button.
 * @csspart dislike-button - The dislike button.
 * @csspart copy-button - The copy button of a message.
 * @csspart retry-button - The retry button.
 * @csspart undo-button - The undo button.
 * @csspart edit-button - The edit button of a user message.
 * @csspart thought - A collapsible thought or tool step.
 * @csspart option - An option button.
 * @csspart example - An example prompt card.
 * @csspart scroll-button - The scroll-to-bottom button.
 * @csspart code-copy-button - The copy button of a code block.
 * @csspart show-formatted-button - Shows a message past `max-markdown-length` formatted.
 * @csspart image-placeholder - Stands in for an image `image-sources` held back; a click loads it.
 * @csspart image-viewer - The full-size image view.
 * @csspart textbox - The `<textarea>`.
 * @csspart submit-button - The send button.
 * @csspart stop-button - The stop button shown while a reply streams.
 * @csspart upload-button - The attach-files button.
 * @csspart mic-button - The record button.
 * @csspart file-preview - An attached file's preview.
 * @csspart file-remove - The remove button of an attached file.
 * @csspart input-error - The textbox's error message (refused files, microphone).
 * @csspart recording - The recording indicator.
 * @csspart upload-progress - An upload's progress bar.
 * @csspart upload-cancel - An upload's cancel button.
 * @csspart drop-zone - The visible drop zone while files are dragged over.
 * @csspart upload-failed - Added to an attached file's preview when its upload failed.
 * @csspart upload-retry - The retry button of a failed upload.
 * @csspart clear-button - The clear button.
 * @csspart base - The wrapper inside the host that holds the layout and fills it.
 */
export class ChatBlocks extends LitElement {
  static override styles = styles;

  /** Adds a named adapter usable in the `adapter` attribute of every `<chat-blocks>`. */
  static registerAdapter(name: string, adapter: ChatAdapter): void {
    registerAdapter(name, adapter);
  }

  // Controllers

  /** The conversation, its kept history and the user's actions: everything but the DOM. */
  private readonly controller = new ChatBlocksController(
    {
      adapter: () => this.resolveAdapter(),
      config: () => this.connectionConfig(),
      timeout: () => this.timeout,
      retries: () => this.retries,
      limits: () => this.limits(),
      upload: () => ({endpoint: this.uploadEndpoint || undefined, headers: this.headersForUpload(), credentials: this.credentials}),
      emit: (name, detail, options) => fireChatEvent(this, name, detail, options),
    },
    this.computeSettings(),
    defaultStrings,
  );
  private readonly session = this.controller.session;

  // State

  /** True when the page gave its own layout as children. */
  @state() private customLayout = false;
  /**
   * True when the page gave `slot="empty"` content. Only then is the slot
   * handed on to the message list: an empty slot handed on would hide the
   * list's own greeting.
   */
  @state() private emptyContent = false;
  private readonly childObserver = new MutationObserver(() => this.readChildren());
  private stringOverrides: Partial<ChatStrings> = {};
  private stringsInEffect?: {overrides: Partial<ChatStrings>; strings: ChatStrings};
  private customAdapter?: ChatAdapter;
  private bodyFields: Record<string, unknown> = {};
  private exampleList: ChatExample[] = [];
  private adapterName = 'sse';
  private unbrokenRun = defaultMaxUnbrokenRun;

  // Properties

  /** Where the adapter sends requests. */
  @property() endpoint = '';

  /** HTTP method for `sse` and `fetch`. */
  @property() method = 'POST';

  /**
   * Extra request headers: a JSON object in the attribute, an object as a property. While any are
   * set, a redirect from the endpoint is not followed (see [security](#security)).
   */
  @property({
    converter: {fromAttribute: (value: string | null) => parseHeaders(value), toAttribute: (value: object) => JSON.stringify(value)},
  })
  headers: Record<string, string> = {};

  /**
   * Whether uploads carry `headers`: `same-origin` (the default) sends them only to an
   * `upload-endpoint` on the page's origin; `always` sends them to any upload endpoint.
   */
  @property({attribute: 'upload-headers'}) uploadHeaders: UploadHeadersPolicy = 'same-origin';

  /** Fetch credentials mode. */
  @property() credentials: RequestCredentials = 'same-origin';

  /** `openai`, `anthropic`, `ollama`: the model name. */
  @property() model = '';

  /** `sse`, `fetch`: for a JSON chunk shape the widget does not know, the dot path of the field holding the text (`token`, `choices.0.delta.content`). */
  @property({attribute: 'text-field'}) textField = '';

  /** `sse`, `fetch`: whether `text-field` holds a piece of the text (`append`, the default) or the whole text so far (`replace`). */
  @property({attribute: 'text-mode'}) textMode: 'append' | 'replace' = 'append';

  /** `gradio`: the endpoint's api_name. */
  @property({attribute: 'api-name'}) apiName = '/chat';

  /** If set, files are uploaded there (multipart, field `files`) before the message is sent. */
  @property({attribute: 'upload-endpoint'}) uploadEndpoint = '';

  /** Textbox placeholder. */
  @property() placeholder = '';

  /** Accepted files: `image`, `audio`, `video`, `text`, MIME types, `.ext`, comma separated. */
  @property({attribute: 'file-types'}) fileTypes = '';

  /** How many files one message may carry: `single`, `multiple` or `none`. */
  @property({attribute: 'file-count'}) fileCount = 'multiple';

  /** Input sources in the textbox: `upload`, `microphone`, space separated; empty: none (text only). */
  @property() sources = 'upload';

  /** Larger files are refused: bytes, or `10MB`-style (`KB`, `MB`, `GB` are powers of 1000; `KiB`, `MiB`, `GiB` of 1024). */
  @property({attribute: 'max-file-size'}) maxFileSize = '';

  /** Pasted text longer than this is attached as a `.txt` file. */
  @property({type: Number, attribute: 'max-plain-text-length'}) maxPlainTextLength = 1000;

  /** Also show like/dislike on user messages. */
  @property({type: Boolean, attribute: 'like-user-message'}) likeUserMessage = false;

  /** Hide like/dislike. */
  @property({type: Boolean, attribute: 'no-feedback'}) noFeedback = false;

  /** Show message text literally, no markdown. */
  @property({type: Boolean, attribute: 'plain-text'}) plainText = false;

  /** Also render math between single dollars (`$…$`); `$$…$$` always renders. */
  @property({type: Boolean, attribute: 'inline-math'}) inlineMath = false;
  /**
   * A message text longer than this many characters shows as plain text, with a button to format it.
   * @default 100000
   */
  @property({type: Number, attribute: 'max-markdown-length'}) maxMarkdownLength: number = defaultMaxMarkdownLength;
  /**
   * Where images in messages may load from: `all`, `same-origin`, `none`, or
   * origins separated by spaces or commas. Others show a click-to-load
   * button, so a reply cannot make the browser call a host by naming it.
   */
  @property({attribute: 'image-sources'}) imageSources = 'all';

  /** Message layout: `bubble` or `panel`. */
  @property() layout = 'bubble';

  /** Avatar image URL of the user. */
  @property({attribute: 'avatar-user'}) avatarUser = '';

  /** Avatar image URL of the assistant. */
  @property({attribute: 'avatar-assistant'}) avatarAssistant = '';

  /** Milliseconds of silence after which a reply fails. */
  @property({type: Number}) timeout = 60000;

  /** Automatic retries of a request that failed before its first byte. */
  @property({type: Number}) retries = 2;

  /** Longest event (SSE event, NDJSON line, JSON body) read from a backend, in characters (default 4000000); longer fails the reply. */
  @property({type: Number, attribute: 'max-event-size'}) maxEventSize: number = defaultLimits.eventSize;

  /** Largest reply, in characters (text, file URLs, titles, logs; default 8000000); a reply that grows past it fails. */
  @property({type: Number, attribute: 'max-reply-size'}) maxReplySize: number = defaultLimits.replySize;

  /** Text chunks applied one by one per second (default 60); faster ones are merged first. */
  @property({type: Number, attribute: 'max-chunk-rate'}) maxChunkRate: number = defaultLimits.chunksPerSecond;

  /** Longest error message shown on a reply, in characters (default 500). */
  @property({type: Number, attribute: 'max-error-length'}) maxErrorLength: number = defaultLimits.errorLength;

  /**
   * Longest run of text without a break opportunity laid out as one piece, in characters (default 200):
   * a longer one (a 100 KB "word") gets a `<wbr>` every this many characters, outside code; `Infinity`: none.
   * Other values are ignored with a console warning.
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

  /** Keep the history in Web Storage across reloads: `none`, `local` or `session`. */
  @property() persist: PersistMode = 'none';

  /** The Web Storage key of the kept history. */
  @property({attribute: 'storage-key'}) storageKey = 'chat-blocks';

  /** Nothing can be typed or sent. */
  @property({type: Boolean, reflect: true}) disabled = false;

  /** Extra JSON fields merged into every request; fields that cannot travel as JSON are left out with a console warning. */
  @property({attribute: false})
  get body(): Record<string, unknown> {
    return this.bodyFields;
  }
  set body(value: Record<string, unknown>) {
    const old = this.bodyFields;
    this.bodyFields = validBody(value);
    this.requestUpdate('body', old);
  }

  /** Suggested prompts shown while the history is empty (strings or `{text, files}`); clicking one sends it. Malformed entries are left out with a console warning. */
  @property({attribute: false})
  get examples(): ChatExample[] {
    return this.exampleList;
  }
  set examples(value: ChatExample[]) {
    const old = this.exampleList;
    this.exampleList = validExamples(value);
    this.requestUpdate('examples', old);
  }

  /** The wire format (`sse`, `fetch`, `openai`, `gradio`, `ai-sdk`, `anthropic`, `ollama`, or a registered name), or a custom adapter function. */
  @property({attribute: 'adapter'})
  get adapter(): string | ChatAdapter {
    return this.customAdapter ?? this.adapterName;
  }
  set adapter(value: string | ChatAdapter) {
    const old = this.adapter;
    if (typeof value === 'function') {
      this.customAdapter = value;
    } else {
      this.customAdapter = undefined;
      this.adapterName = value || 'sse';
    }
    this.requestUpdate('adapter', old);
  }

  /**
   * The whole history. Malformed entries are left out with a console warning
   * naming each; a value that is not a list is ignored (with a warning).
   */
  get messages(): ChatMessage[] {
    return this.session.messages.slice();
  }
  set messages(value: ChatMessage[]) {
    // The messages already shown are compared, not checked and copied again: an append costs one message's check.
    const kept = validMessages(value, this.session.messages);
    if (kept) this.session.replaceMessages(kept);
  }

  /**
   * Every visible UI string in effect; setting it overrides the keys it has.
   * The same object until the strings change, so the messages (which depend
   * on it) are not rendered again on unrelated updates.
   */
  get strings(): ChatStrings {
    if (this.stringsInEffect?.overrides !== this.stringOverrides) {
      this.stringsInEffect = {overrides: this.stringOverrides, strings: Object.freeze({...defaultStrings, ...this.stringOverrides})};
    }
    return this.stringsInEffect.strings;
  }
  set strings(value: Partial<ChatStrings>) {
    const overrides = validStrings(value, defaultStrings);
    if (Object.keys(overrides).length === 0) return;
    this.stringOverrides = {...this.stringOverrides, ...overrides};
    this.requestUpdate();
  }

  /** `idle`, `waiting`, `streaming` or `error`; also reflected as the `status` attribute. */
  get status() {
    return this.session.status;
  }

  // Lifecycle

  constructor() {
    super();
    // The controller was made before the properties below it had their
    // defaults; a sub-element that was waiting for this element (defined
    // first) renders from these settings as soon as it connects.
    this.controller.update(this.computeSettings(), this.strings);
    // Every sub-element inside, in the shadow root or in the page's own
    // layout, asks for this controller through the context protocol.
    new ContextProvider(this, {context: chatContext, initialValue: this.controller});
    // Files dropped anywhere on the chat go to the textbox, through the controller.
    new DropTarget(this, {
      accepting: () => !this.disabled && parseFileCount(this.fileCount) !== 'none',
      drop: (files) => this.controller.dropFiles(files),
      draggingChanged: (dragging) => this.controller.setDragging(dragging),
    });
    this.session.subscribe(() => this.reflectStatus());
    this.addEventListener('keydown', (event) => this.stopOnEscape(event));
    // The first focus in the chat starts fetching the reply code and the adapter (with
    // the rest of a first reply, one chunk in the page bundle), so the first send does not wait for them.
    this.addEventListener(
      'focusin',
      () => {
        preloadReplyStream();
        if (!this.customAdapter) preloadAdapter(this.adapterName);
      },
      {once: true},
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readChildren();
    this.childObserver.observe(this, {childList: true});
    this.reflectStatus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver.disconnect();
    this.controller.flush();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('persist') || changed.has('storageKey')) {
      // The strings in effect word what the restored history needs (an interrupted reply).
      this.controller.update(this.computeSettings(), this.strings);
      this.controller.persist(this.persist, this.storageKey);
    }
    // Settings and strings are recomputed on every update of the host (which
    // is rare: attribute and property changes, not streamed tokens).
    this.controller.update(this.computeSettings(), this.strings);
  }

  /** Resolves once the element has rendered and, with `persist`, the kept history is restored. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await this.controller.restoring;
    return complete;
  }

  // Private helpers

  private computeSettings(): ChatSettings {
    return {
      placeholder: this.placeholder,
      fileTypes: parseFileTypes(this.fileTypes),
      fileCount: parseFileCount(this.fileCount),
      maxFileSize: parseFileSize(this.maxFileSize),
      sources: parseSources(this.sources),
      maxPlainTextLength: this.maxPlainTextLength,
      uploadEndpoint: this.uploadEndpoint || undefined,
      uploadHeaders: this.headersForUpload(),
      uploadCredentials: this.credentials,
      plainText: this.plainText,
      inlineMath: this.inlineMath,
      likeUserMessage: this.likeUserMessage,
      noFeedback: this.noFeedback,
      layout: parseLayout(this.layout),
      avatarUser: this.avatarUser || undefined,
      avatarAssistant: this.avatarAssistant || undefined,
      disabled: this.disabled,
      examples: this.examples,
      maxMarkdownLength: Number.isNaN(this.maxMarkdownLength) ? defaultMaxMarkdownLength : this.maxMarkdownLength,
      maxUnbrokenRun: this.unbrokenRun,
      imageSources: this.imageSources,
    };
  }

  private limits(): Limits {
    return {
      eventSize: limitOr(this.maxEventSize, defaultLimits.eventSize),
      replySize: limitOr(this.maxReplySize, defaultLimits.replySize),
      chunksPerSecond: limitOr(this.maxChunkRate, defaultLimits.chunksPerSecond),
      errorLength: limitOr(this.maxErrorLength, defaultLimits.errorLength),
    };
  }

  /** The headers uploads carry: see `upload-headers`. */
  private headersForUpload(): Record<string, string> {
    return headersForUpload(this.uploadEndpoint, this.resolvedHeaders(), this.uploadHeaders === 'always' ? 'always' : 'same-origin');
  }

  private resolvedHeaders(): Record<string, string> {
    return typeof this.headers === 'object' && this.headers !== null ? this.headers : {};
  }

  private connectionConfig(): ConnectionConfig {
    return {
      endpoint: this.endpoint,
      method: this.method || 'POST',
      headers: this.resolvedHeaders(),
      credentials: this.credentials || 'same-origin',
      body: this.body ?? {},
      model: this.model || undefined,
      apiName: this.apiName || '/chat',
      textField: this.textField.trim() || undefined,
      textMode: this.textMode === 'replace' ? 'replace' : 'append',
      maxEventSize: limitOr(this.maxEventSize, defaultLimits.eventSize),
    };
  }

  private resolveAdapter(): ChatAdapter {
    if (this.customAdapter) return this.customAdapter;
    const adapter = namedAdapter(this.adapterName);
    if (!adapter) throw new Error(`chat-blocks: no adapter named "${this.adapterName}"`);
    return adapter;
  }

  private reflectStatus(): void {
    if (this.getAttribute('status') !== this.session.status) this.setAttribute('status', this.session.status);
  }

  private hasLayoutChildren(): boolean {
    return [...this.children].some((child) => child.getAttribute('slot') !== 'empty');
  }

  private readChildren(): void {
    this.customLayout = this.hasLayoutChildren();
    this.emptyContent = [...this.children].some((child) => child.getAttribute('slot') === 'empty');
  }

  private onSlotChange(): void {
    this.readChildren();
  }

  /**
   * Escape anywhere in the widget stops a reply on its way, unless something
   * inside used it (an edit box, the image viewer, a page's own control).
   */
  private stopOnEscape(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
    if (this.session.status !== 'waiting' && this.session.status !== 'streaming') return;
    if (event.composedPath().some((node) => node instanceof HTMLDialogElement)) return;
    event.preventDefault();
    this.controller.stop({focus: false});
  }

  private findTextbox(): HTMLElement | null {
    return this.querySelector('chat-multimodal-textbox') ?? this.renderRoot.querySelector('chat-multimodal-textbox');
  }

  // Public methods

  /** Sends a message (not while `disabled`); resolves when the reply ends, however it ends. */
  send(input: string | ChatInput): Promise<void> {
    const value = typeof input === 'string' ? {text: input, files: []} : {text: input?.text ?? '', files: input?.files ?? []};
    return this.controller.send(value);
  }

  /** Stops the reply being written; its partial text stays. */
  stop(): void {
    this.controller.stop({focus: false});
  }

  /** Empties the history and the textbox, aborting any reply. */
  clear(): void {
    this.controller.clear({focus: false});
  }

  /** Regenerates the last reply (not while `disabled`). */
  retry(): Promise<void> {
    return this.controller.retry(-1, {focus: false});
  }

  /** Removes the last exchange and puts its text back in the textbox (not while `disabled`). */
  undo(): void {
    this.controller.undo(-1, {focus: false});
  }

  /** Focuses the textbox. */
  override focus(options?: FocusOptions): void {
    const textbox = this.findTextbox();
    if (textbox) textbox.focus(options);
    else super.focus(options);
  }

  // Render

  protected override render() {
    return html`
      <div part="base" class="base">
        <slot @slotchange=${this.onSlotChange}></slot>
        ${this.customLayout ? nothing : this.renderDefaultLayout()}
      </div>
    `;
  }

  private renderDefaultLayout() {
    return html`
      <chat-message-list exportparts=${listParts}>
        ${this.emptyContent ? html`<slot name="empty" slot="empty"></slot>` : nothing}
      </chat-message-list>
      <div class="input-row">
        <chat-multimodal-textbox exportparts=${textboxParts}></chat-multimodal-textbox>
        <chat-clear-button exportparts="clear-button"></chat-clear-button>
      </div>
    `;
  }
}

defineElement('chat-blocks', ChatBlocks);

declare global {
  interface HTMLElementTagNameMap {
    'chat-blocks': ChatBlocks;
  }
}
