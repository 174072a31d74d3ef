/*
 * Over 300 lines for a reason: its 14 documented properties and the one
 * template of the input row (text, attach, microphone, send or stop, the
 * attached files). Attachments, previews, the drop target, the microphone
 * and the recorder live in the files beside it.
 */
import {adoptStyles, LitElement, html, nothing, type PropertyValues} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {live} from 'lit/directives/live.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {ChatSettings, FileCount} from '../../context.js';
import {defineElement} from '../../define.js';
import {defaultStrings, formatString, type ChatStrings} from '../../strings.js';
import {acceptAttribute, parseFileSize, parseFileTypes} from '../../core/files.js';
import {parseSources} from '../../core/input-sources.js';
import {loadOnce} from '../../core/load-once.js';
import {ChatConsumer} from '../chat-consumer.js';
import type {Attachments} from './attachments.js';
import {DropTarget} from './drop-target.js';
import type {Microphone} from './microphone.js';
import type {MicrophoneError} from './recorder.js';
import {icon} from '../icons/icon.js';
import {styles} from './chat-multimodal-textbox.styles.js';

/** The settings in effect: the element's own, or those of the `<chat-blocks>` around it. */
type TextboxSettings = Pick<
  ChatSettings,
  | 'placeholder'
  | 'fileTypes'
  | 'fileCount'
  | 'maxFileSize'
  | 'sources'
  | 'maxPlainTextLength'
  | 'uploadEndpoint'
  | 'uploadHeaders'
  | 'uploadCredentials'
  | 'disabled'
>;

/** The code that handles files (attachments, uploads, previews, checks, the microphone), loaded with the first file. */
const attachingCode = loadOnce(() => import('./attaching.js'));
type AttachingModule = typeof import('./attaching.js');

/**
 * The message input of a chat: an autosizing text area, file upload,
 * microphone recording, files dropped anywhere on the chat or pasted, and
 * uploads to `upload-endpoint` with progress. Inside a `<chat-blocks>` it
 * takes that element's settings and sends through it (which fires the
 * events); alone, it fires the events itself.
 *
 * @tagname chat-multimodal-textbox
 * @summary A multimodal chat input: text, files, and a send / stop button.
 *
 * @fires chat-submit - Standalone only: `{text, files}` when the user sends; cancelable (`preventDefault()` keeps the text and files).
 * @fires chat-stop - Standalone only: the user pressed the stop button while `streaming`.
 *
 * @csspart textbox - The `<textarea>`.
 * @csspart submit-button - The send button.
 * @csspart stop-button - The stop button shown instead of send while a reply streams.
 * @csspart upload-button - The button that opens the file chooser.
 * @csspart mic-button - The button that starts and stops recording (`sources="microphone"`).
 * @csspart recording - The recording indicator: elapsed time and level meter.
 * @csspart drop-zone - Shown while files are dragged over the chat.
 * @csspart file-preview - One attached file (thumbnail or chip); also `upload-failed` when its upload failed.
 * @csspart file-remove - The button that removes an attached file.
 * @csspart upload-progress - The `<progress>` of a file being uploaded.
 * @csspart upload-cancel - The button that cancels an upload (and removes the file).
 * @csspart upload-failed - Added to a file's `file-preview` when its upload failed.
 * @csspart upload-retry - The button that retries a failed upload.
 * @csspart input-error - Why files were refused (an alert region).
 */
export class ChatMultimodalTextbox extends LitElement {
  static override styles = styles;

  private readonly chat = new ChatConsumer(this, {messages: () => [], disabled: () => this.disabled});
  /** The attached files: made with the first file (the code that handles files loads then). */
  private attachments?: Attachments;
  /** The microphone: made with the first recording. */
  private microphone?: Microphone;
  private readonly dropTarget = new DropTarget(this, {
    accepting: () => !this.settings.disabled && this.settings.fileCount !== 'none',
    drop: (files) => void this.attach(files),
    // Inside <chat-blocks>, the whole chat takes the drags and its controller hands the files over.
    active: () => this.chat.controller?.fileDrop === undefined,
  });

  @query('textarea') private textarea?: HTMLTextAreaElement;
  @query('input[type=file]') private fileInput?: HTMLInputElement;

  /** Why the last files were refused, one line per file. */
  @state() private errors: string[] = [];
  /** The latest status message for screen readers. */
  @state() private announcement = '';
  /** The user sent while uploads were running: send when they finish. */
  @state() private sendQueued = false;
  /** Files (or a recording) waiting for the file code to load: a send waits for them too. */
  private attaching?: Promise<unknown>;
  /** Counts the times the draft was emptied (sent, undone, cleared): files loaded after that were meant for the old draft. */
  private draftGeneration = 0;
  /** The styles of the previews and the recording indicator were added (`addFileStyles`). */
  private fileStylesAdded = false;
  /** The last `draftRequest` revision applied, per controller. */
  private draftSeen?: {controller: object; revision: number};
  /** The last `focusRequest` seen, per controller. */
  private focusSeen?: {controller: object; request: number};
  private focusWanted = false;
  /** The last `fileDrop` revision attached, per controller. */
  private dropSeen?: {controller: object; revision: number};

  /** The text in the text area. */
  @property() value = '';
  @property() placeholder = '';
  /** Accepted files: `image`, `audio`, `video`, `text`, MIME types (`image/*`) and `.ext`, comma separated. Empty: any. */
  @property({attribute: 'file-types'}) fileTypes = '';
  /** How many files one message may carry; `none` hides upload. */
  @property({attribute: 'file-count'}) fileCount: FileCount = 'multiple';
  /** Larger files are refused: bytes, or `10MB`-style (see `parseFileSize`). */
  @property({attribute: 'max-file-size'}) maxFileSize: string | number = '';
  /** Input sources, a space list: `upload`, `microphone`; empty: none (text only). */
  @property() sources = 'upload';
  /** Pasted text longer than this is attached as a `.txt` file. */
  @property({type: Number, attribute: 'max-plain-text-length'}) maxPlainTextLength = 1000;
  /** If set, files are uploaded there as soon as they are attached (multipart, field `files`). */
  @property({attribute: 'upload-endpoint'}) uploadEndpoint?: string;
  /** Nothing can be typed or sent. */
  @property({type: Boolean, reflect: true}) disabled = false;
  /** Standalone: a reply is streaming, so the send button is a stop button. */
  @property({type: Boolean, reflect: true}) streaming = false;
  /** Standalone: UI strings to override (inside `<chat-blocks>`, its `strings` apply). */
  @property({attribute: false}) strings: Partial<ChatStrings> = {};

  private get settings(): TextboxSettings {
    const shared = this.chat.controller?.settings;
    if (shared) {
      return {
        placeholder: shared.placeholder,
        fileTypes: shared.fileTypes,
        fileCount: shared.fileCount,
        maxFileSize: shared.maxFileSize,
        sources: shared.sources,
        maxPlainTextLength: shared.maxPlainTextLength,
        uploadEndpoint: shared.uploadEndpoint || undefined,
        uploadHeaders: shared.uploadHeaders,
        uploadCredentials: shared.uploadCredentials,
        disabled: shared.disabled || this.disabled,
      };
    }
    return {
      placeholder: this.placeholder,
      fileTypes: parseFileTypes(this.fileTypes),
      fileCount: this.fileCount,
      maxFileSize: parseFileSize(this.maxFileSize),
      sources: parseSources(this.sources),
      maxPlainTextLength: this.maxPlainTextLength,
      uploadEndpoint: this.uploadEndpoint || undefined,
      disabled: this.disabled,
    };
  }

  private get labels(): ChatStrings {
    return this.chat.controller?.strings ?? {...defaultStrings, ...this.strings};
  }

  /** A reply is on its way: the send button is a stop button. */
  private get busy(): boolean {
    const controller = this.chat.controller;
    if (!controller) return this.streaming;
    return controller.view.status === 'waiting' || controller.view.status === 'streaming';
  }

  private get hasContent(): boolean {
    return this.value.trim() !== '' || (this.attachments?.items.length ?? 0) > 0 || this.attaching !== undefined;
  }

  /** Resolves once the textbox has rendered, files waiting for the file code included. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let attaching = this.attaching; attaching; attaching = this.attaching) {
      await attaching;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override willUpdate(): void {
    this.applyDraftRequest();
    this.attachDroppedFiles();
    this.noteFocusRequest();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('value')) this.fitHeight();
    if (this.focusWanted) {
      this.focusWanted = false;
      this.textarea?.focus();
    }
  }

  /** `<chat-blocks>` asks for focus after the user's send, stop, retry, undo, edit or clear. */
  private noteFocusRequest(): void {
    const controller = this.chat.controller;
    const request = controller?.focusRequest;
    if (!controller || request === undefined) return;
    const seen = this.focusSeen?.controller === controller ? this.focusSeen.request : undefined;
    this.focusSeen = {controller, request};
    // The first look only records where the count stands.
    if (seen !== undefined && request > seen) this.focusWanted = true;
  }

  /** After `undo()`, `<chat-blocks>` asks the textbox to show a text again. */
  private applyDraftRequest(): void {
    const controller = this.chat.controller;
    if (!controller) return;
    const {text, revision} = controller.draftRequest;
    const seen = this.draftSeen?.controller === controller ? this.draftSeen.revision : 0;
    if (revision <= seen) return;
    this.draftSeen = {controller, revision};
    this.value = text;
    this.clearAttachments();
    this.errors = [];
  }

  /** Files dropped anywhere on the `<chat-blocks>` around it are attached here. */
  private attachDroppedFiles(): void {
    const controller = this.chat.controller;
    const drop = controller?.fileDrop;
    if (!controller || !drop) return;
    // The first look only records where the count stands: older drops were for another textbox.
    const seen = this.dropSeen?.controller === controller ? this.dropSeen.revision : undefined;
    this.dropSeen = {controller, revision: drop.revision};
    if (seen !== undefined && drop.revision > seen) void this.attach([...drop.files]);
  }

  /** Grows the text area with its content up to its CSS max-height, then lets it scroll. */
  private fitHeight(): void {
    const textarea = this.textarea;
    if (!textarea) return;
    textarea.style.height = 'auto';
    const borders = textarea.offsetHeight - textarea.clientHeight;
    const max = parseFloat(getComputedStyle(textarea).maxHeight) || Infinity;
    const wanted = textarea.scrollHeight + borders;
    textarea.style.height = `${Math.min(wanted, max)}px`;
    textarea.style.overflowY = wanted > max ? 'auto' : 'hidden';
  }

  private announce(message: string): void {
    // A changed text is what a live region reads: make a repeat differ.
    this.announcement = message === this.announcement ? `${message}\u00a0` : message;
  }

  /**
   * Runs `use` with the file code, at once when it has loaded, else once it
   * has (a send waits for that). Resolves to false when it could not be
   * loaded: the textbox then says so (`strings.errorLoad`).
   */
  private withFileCode(use: (code: AttachingModule) => void): Promise<boolean> {
    const code = attachingCode.loaded();
    if (code) {
      this.addFileStyles(code);
      use(code);
      return Promise.resolve(true);
    }
    const done = attachingCode.load().then(
      (code) => {
        this.addFileStyles(code);
        use(code);
        return true;
      },
      (error: unknown) => {
        console.warn('chat-blocks: the file code could not be loaded', error);
        this.errors = [this.labels.errorLoad];
        return false;
      },
    );
    const waiting = done.finally(() => {
      if (this.attaching === waiting) this.attaching = undefined;
      this.requestUpdate();
    });
    this.attaching = waiting;
    this.requestUpdate();
    return done;
  }

  /** Adds the styles of the previews and the recording indicator after the element's own, once. */
  private addFileStyles(code: AttachingModule): void {
    if (this.fileStylesAdded || !(this.renderRoot instanceof ShadowRoot)) return;
    this.fileStylesAdded = true;
    adoptStyles(this.renderRoot, [...ChatMultimodalTextbox.elementStyles, code.attachingStyles]);
  }

  /** The attachments, made on first use. */
  private attachmentsOf(code: AttachingModule): Attachments {
    this.attachments ??= new code.Attachments(this, {
      endpoint: () => this.settings.uploadEndpoint,
      requestOptions: () => ({
        headers: this.settings.uploadHeaders ?? {},
        withCredentials: this.settings.uploadCredentials === 'include',
      }),
      uploaded: (item) => this.announce(formatString(this.labels.uploadDone, {name: item.file.name})),
      failed: (item) => this.announce(formatString(this.labels.uploadFailed, {name: item.file.name, error: item.error ?? ''})),
    });
    return this.attachments;
  }

  /**
   * Checks files from any source; accepted ones are attached, refused ones
   * explained. Resolves to false when the file code could not be loaded
   * (nothing was attached).
   */
  private attach(files: File[]): Promise<boolean> {
    if (this.settings.disabled || files.length === 0) return Promise.resolve(true);
    const generation = this.draftGeneration;
    return this.withFileCode((code) => {
      // The draft these files were meant for was sent or replaced while the code loaded.
      if (generation !== this.draftGeneration) return;
      const settings = this.settings;
      const attachments = this.attachmentsOf(code);
      const {accepted, refusals} = code.checkFiles(files, settings, attachments.items.length, this.labels);
      this.errors = refusals;
      if (accepted.length > 0) {
        attachments.add(accepted);
        this.announce(accepted.map((file) => formatString(this.labels.fileAttached, {name: file.name})).join(' '));
      }
    });
  }

  /** Empties the attachments: the draft they belonged to was sent or replaced. */
  private clearAttachments(): void {
    this.draftGeneration++;
    this.attachments?.clear();
  }

  private async submit(): Promise<void> {
    // Sending while recording sends the recording too.
    if (this.microphone?.recordingNow) await this.microphone.finish();
    if (this.settings.disabled || this.busy || !this.hasContent || this.sendQueued) return;
    if (this.attaching || this.attachments?.pending) {
      this.sendQueued = true;
      // Files waiting for the file code, then their uploads.
      while (this.attaching) await this.attaching;
      await this.attachments?.settled();
      this.sendQueued = false;
      if (this.settings.disabled || this.busy || !this.hasContent) return;
    }
    if (this.attachments && this.attachments.failed.length > 0) {
      // The failed files are marked with a retry button; the text stays.
      this.textarea?.focus();
      return;
    }
    const input = {text: this.value, files: this.attachments?.payload() ?? []};
    if (!this.chat.actions.submit(input)) return;
    // Sent with the button, which becomes the stop button: typing goes on in the textbox.
    this.textarea?.focus();
    this.value = '';
    this.errors = [];
    this.clearAttachments();
    this.chat.actions.saveDraft('');
  }

  private stop(): void {
    if (this.settings.disabled) return;
    this.chat.actions.stop();
    // The stop button gives way to the send button: keep focus in the textbox.
    this.textarea?.focus();
  }

  private onInput(event: InputEvent): void {
    this.value = (event.target as HTMLTextAreaElement).value;
    this.chat.actions.saveDraft(this.value);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.shiftKey) return;
    // Enter that confirms an IME composition (Japanese, Chinese...) is not a send.
    if (event.isComposing || event.keyCode === 229) return;
    event.preventDefault();
    void this.submit();
  }

  /** Pasted images (files) are attached; so is text longer than max-plain-text-length, as a .txt file. */
  private onPaste(event: ClipboardEvent): void {
    const data = event.clipboardData;
    if (!data || this.settings.disabled) return;
    const files = [...data.files];
    if (files.length > 0) {
      event.preventDefault();
      void this.attach(files);
      return;
    }
    const text = data.getData('text/plain');
    if (text.length > this.settings.maxPlainTextLength) {
      event.preventDefault();
      void this.attach([new File([text], `${this.labels.pastedText}.txt`, {type: 'text/plain'})]).then((attached) => {
        // Without the file code, the pasted words go into the text instead: they are never lost.
        if (!attached) this.value += text;
      });
    }
  }

  private toggleRecording(): void {
    if (this.microphone?.recordingNow) void this.microphone.finish();
    else if (!this.settings.disabled && !this.microphone?.starting) {
      this.errors = [];
      void this.withFileCode((code) => {
        this.microphone ??= new code.Microphone(this, {
          started: () => this.announce(this.labels.recordingStarted),
          recorded: (file) => void this.attach([file]),
          failed: (error) => {
            this.errors = [this.microphoneProblem(error)];
          },
        });
        void this.microphone.start();
      });
    }
  }

  private microphoneProblem(error: unknown): string {
    const strings = this.labels;
    const problem = (error as Partial<MicrophoneError>).problem;
    if (problem === 'denied') return strings.micDenied;
    if (problem === 'missing') return strings.micMissing;
    return formatString(strings.micFailed, {error: error instanceof Error ? error.message : String(error)});
  }

  private onFilesChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = ''; // choosing the same file again fires change again
    void this.attach(files);
  }

  private chooseFiles(): void {
    this.fileInput?.click();
  }

  /** Focuses the text area. */
  override focus(options?: FocusOptions): void {
    if (this.textarea) this.textarea.focus(options);
    else void this.updateComplete.then(() => this.textarea?.focus(options));
  }

  private renderUpload(settings: TextboxSettings, strings: ChatStrings) {
    if (settings.fileCount === 'none' || !settings.sources.includes('upload')) return nothing;
    return html`<button
        part="upload-button"
        type="button"
        class="icon-button"
        ?disabled=${settings.disabled}
        aria-label=${strings.upload}
        title=${strings.upload}
        @click=${this.chooseFiles}
      >
        ${icon('attach', 20)}
      </button>
      <input
        type="file"
        hidden
        tabindex="-1"
        accept=${ifDefined(acceptAttribute(settings.fileTypes) || undefined)}
        ?multiple=${settings.fileCount === 'multiple'}
        ?disabled=${settings.disabled}
        @change=${this.onFilesChosen}
      />`;
  }

  private renderMicrophone(settings: TextboxSettings, strings: ChatStrings) {
    if (settings.fileCount === 'none' || !settings.sources.includes('microphone')) return nothing;
    const recording = this.microphone?.recordingNow ?? false;
    const label = recording ? strings.stopRecording : strings.microphone;
    return html`<button
      part="mic-button"
      type="button"
      class=${recording ? 'icon-button recording-button' : 'icon-button'}
      ?disabled=${settings.disabled || (this.microphone?.starting ?? false)}
      aria-label=${label}
      title=${label}
      @click=${this.toggleRecording}
    >
      ${icon(recording ? 'stop' : 'mic', 20)}
    </button>`;
  }

  private renderRecording(strings: ChatStrings) {
    const code = attachingCode.loaded();
    return this.microphone?.recordingNow && code ? code.renderRecording(this.microphone, strings) : nothing;
  }

  private renderPreviews(strings: ChatStrings, disabled: boolean) {
    const attachments = this.attachments;
    const code = attachingCode.loaded();
    if (!attachments || !code) return nothing;
    return code.renderPreviews(attachments, strings, disabled, {
      remove: (id: number) => attachments.remove(id),
      retry: (id: number) => attachments.retry(id),
    });
  }

  private renderAction(settings: TextboxSettings, strings: ChatStrings) {
    if (this.busy) {
      return html`<button
        part="stop-button"
        type="button"
        class="icon-button primary"
        ?disabled=${settings.disabled}
        aria-label=${strings.stop}
        title=${strings.stop}
        @click=${this.stop}
      >
        ${icon('stop', 20)}
      </button>`;
    }
    return html`<button
      part="submit-button"
      type="button"
      class="icon-button primary"
      ?disabled=${settings.disabled || !this.hasContent}
      aria-busy=${this.sendQueued ? 'true' : 'false'}
      aria-label=${strings.send}
      title=${strings.send}
      @click=${this.submit}
    >
      ${icon('send', 20)}
    </button>`;
  }

  override render() {
    const settings = this.settings;
    const strings = this.labels;
    return html`<div class="box">
      ${(this.chat.controller?.dragging ?? this.dropTarget.dragging) ? html`<div part="drop-zone" class="drop-zone">${strings.dropFiles}</div>` : nothing}
      ${this.renderPreviews(strings, settings.disabled)}
      <div class="row">
        ${this.renderUpload(settings, strings)} ${this.renderMicrophone(settings, strings)}
        <textarea
          part="textbox"
          rows="1"
          aria-label=${strings.textboxLabel}
          placeholder=${settings.placeholder || strings.placeholder}
          .value=${live(this.value)}
          ?disabled=${settings.disabled}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
          @paste=${this.onPaste}
        ></textarea>
        ${this.renderAction(settings, strings)}
      </div>
      ${this.renderRecording(strings)}
      <div part="input-error" role="alert">${this.errors.map((error) => html`<p>${error}</p>`)}</div>
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </div>`;
  }
}

defineElement('chat-multimodal-textbox', ChatMultimodalTextbox);

declare global {
  interface HTMLElementTagNameMap {
    'chat-multimodal-textbox': ChatMultimodalTextbox;
  }
}
