import type {ChatEmit} from '../chat-events.js';
import {ChatError} from '../errors.js';
import type {Limits} from '../limits.js';
import {ChatSession} from '../session.js';
import type {ChatAdapter, ChatInput, ConnectionConfig} from '../types.js';
import type {ChatStrings} from '../../strings.js';
import type {ChatController, ChatSettings, ChatView} from './controller-types.js';
import {describeError} from './describe-error.js';
import {formatString} from '../format-string.js';
import type {HistoryPersistence, PersistMode} from './history-persistence.js';
import {loadOnce} from '../load-once.js';

/** The code that keeps the history in Web Storage, loaded when a chat first uses `persist`. */
const persistenceCode = loadOnce(() => import('./history-persistence.js'));

/** What the controller reads from the element that owns it, afresh for every reply. */
export interface ChatBlocksControllerHost {
  adapter(): ChatAdapter;
  config(): ConnectionConfig;
  /** Milliseconds of silence after which a reply fails. */
  timeout(): number;
  /** Automatic retries of a request that failed before its first byte. */
  retries(): number;
  limits(): Limits;
  /** Where `send()` uploads files, with what headers (see `upload-headers`) and credentials; no endpoint: inline. */
  upload(): {endpoint?: string; headers: Record<string, string>; credentials: RequestCredentials};
  /** Dispatches an event on the element. */
  emit: ChatEmit;
}

/** Page-called methods (`clear()`, `retry()`, `undo()`) leave focus where it is. */
type FocusOption = {focus?: boolean};

/**
 * The conversation of one `<chat-blocks>`, without its DOM: the session,
 * the kept history and draft, file preparation for `send()`, and the one
 * `disabled` rule. The element creates it, feeds it settings and strings,
 * and provides it to its sub-elements, whose user actions all end here;
 * events leave through the host's one `emit` function.
 */
export class ChatBlocksController implements ChatController {
  readonly session: ChatSession;
  private readonly host: ChatBlocksControllerHost;
  /** Keeps the history in Web Storage: made when `persist` is first used. */
  private persistence?: HistoryPersistence;
  /** The `persist` mode and key asked for last: applied once the persistence code has loaded. */
  private persistWanted?: {mode: PersistMode; key: string};
  /** The draft typed while the persistence code loaded: it wins over a restored one. */
  private typedDraft?: string;
  /** The kept history is on its way (the persistence code is loading): messages sent meanwhile wait for it. */
  restoring?: Promise<void>;
  private readonly listeners = new Set<() => void>();
  settings: ChatSettings;
  strings: ChatStrings;
  draftRequest = {text: '', revision: 0};
  focusRequest = 0;
  dragging = false;
  fileDrop: {files: readonly File[]; revision: number} = {files: [], revision: 0};

  constructor(host: ChatBlocksControllerHost, settings: ChatSettings, strings: ChatStrings) {
    this.host = host;
    this.settings = settings;
    this.strings = strings;
    this.session = new ChatSession({
      adapter: () => host.adapter(),
      config: () => host.config(),
      timeout: () => host.timeout(),
      retries: () => host.retries(),
      limits: () => host.limits(),
      prepareFiles: (files, signal) => {
        if (files.length === 0) return Promise.resolve([]);
        const {endpoint, headers, credentials} = host.upload();
        // Loaded with the first message that carries files: most chats never send one.
        return import('./prepare-files.js').then(
          ({prepareFiles}) =>
            prepareFiles(files, {uploadEndpoint: endpoint, headers, credentials, signal, failed: this.strings.uploadFailed}),
          (error: unknown) => {
            throw new ChatError('The file code could not be loaded.', {code: 'load', cause: error});
          },
        );
      },
      describeError: (error: ChatError | 'stopped') => describeError(error, this.strings, host.timeout()),
      emit: (name, detail) => void host.emit(name, detail),
    });
    this.session.subscribe(() => this.notify());
  }

  get view(): ChatView {
    return this.session;
  }

  /** The `disabled` rule, in one place: with it, nothing is sent (no message, retry, edit, option or undo). */
  private get locked(): boolean {
    return this.settings.disabled;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  update(settings: ChatSettings, strings: ChatStrings): void {
    this.settings = settings;
    this.strings = strings;
    this.notify();
  }

  /**
   * Starts keeping the history in Web Storage (`persist`, `storage-key`) and
   * restores what was kept; the first time, once the persistence code has
   * loaded (`restoring`). A chat that never persists never loads it.
   */
  persist(mode: PersistMode, key: string): void {
    this.persistWanted = {mode, key};
    const code = persistenceCode.loaded();
    if (code) return this.applyPersist(code.HistoryPersistence);
    if (this.restoring || (mode !== 'local' && mode !== 'session')) return;
    this.restoring = persistenceCode.load().then(
      (code) => {
        this.restoring = undefined;
        this.applyPersist(code.HistoryPersistence);
      },
      (error: unknown) => {
        // The chat goes on without keeping its history, as with a storage the browser refuses.
        this.restoring = undefined;
        console.warn('chat-blocks: the code that keeps the history could not be loaded; the history will not be kept.', error);
      },
    );
  }

  private applyPersist(Persistence: typeof HistoryPersistence): void {
    const {mode, key} = this.persistWanted!;
    this.persistence ??= new Persistence(this.session);
    const fileNote = this.strings.fileNotKept;
    const restored = this.persistence.configure(mode, key, this.strings.errorInterrupted, (name) => formatString(fileNote, {name}));
    const typed = this.typedDraft;
    this.typedDraft = undefined;
    // What the user typed while the code loaded stays in the textbox, and is what is kept.
    if (typed) this.persistence.saveDraft(typed);
    else if (restored !== undefined) this.requestDraft(restored);
  }

  /** Writes the kept history now (the element left the page). */
  flush(): void {
    this.persistence?.flush();
  }

  /** Sends a message (the `send()` method): the same checks as the send button, without `chat-submit`. */
  send(input: ChatInput): Promise<void> {
    if (!this.accepts(input)) return Promise.resolve();
    return this.sendNow({text: input.text ?? '', files: input.files ?? []});
  }

  /** Sends to the session, after the kept history if it is still being restored (it would replace the message). */
  private sendNow(input: ChatInput): Promise<void> {
    const restoring = this.restoring;
    return restoring ? restoring.then(() => this.session.send(input)) : this.session.send(input);
  }

  submit(input: ChatInput): boolean {
    const text = input.text ?? '';
    const files = input.files ?? [];
    if (!this.accepts({text, files})) return false;
    if (!this.host.emit('chat-submit', {text, files}, {cancelable: true})) return false;
    void this.sendNow({text, files});
    this.requestFocus();
    return true;
  }

  stop({focus = true}: FocusOption = {}): void {
    this.session.stop();
    if (focus) this.requestFocus();
  }

  /** Empties the history and the textbox (text and attachments), aborting any reply. */
  clear({focus = true}: FocusOption = {}): void {
    this.session.clear();
    this.requestDraft('');
    if (focus) this.requestFocus();
  }

  /** Regenerates the last reply (the list's retry button answers the last user message again). */
  retry(_index?: number, {focus = true}: FocusOption = {}): Promise<void> {
    if (this.locked) return Promise.resolve();
    const done = this.session.retry();
    if (focus) this.requestFocus();
    return done;
  }

  /** Removes the last exchange and puts its text back in the textbox. */
  undo(_index?: number, {focus = true}: FocusOption = {}): void {
    if (this.locked) return;
    const text = this.session.undo();
    if (text !== undefined) this.requestDraft(text);
    if (focus) this.requestFocus();
  }

  edit(index: number, text: string): boolean {
    if (this.locked || !text.trim()) return false;
    void this.session.edit(index, text);
    this.requestFocus();
    return true;
  }

  like(index: number, liked: boolean | null): void {
    this.session.like(index, liked);
  }

  /** Likes live on the messages here (`liked`). */
  readonly likes: ReadonlyMap<number, boolean | null> = new Map();

  chooseOption(index: number, value: string): void {
    if (this.locked) return;
    this.host.emit('chat-option', {index, value});
    void this.sendNow({text: value, files: []});
    this.requestFocus();
  }

  saveDraft(text: string): void {
    if (this.persistence) this.persistence.saveDraft(text);
    else if (this.restoring) this.typedDraft = text;
  }

  /** Files hover over the chat, or stopped hovering. */
  setDragging(dragging: boolean): void {
    this.dragging = dragging;
    this.notify();
  }

  /** Files were dropped on the chat: the textbox attaches them (checking them as it checks chosen ones). */
  dropFiles(files: readonly File[]): void {
    this.fileDrop = {files, revision: this.fileDrop.revision + 1};
    this.notify();
  }

  /** Puts a text in the textbox (after undo, or a restored draft). */
  private requestDraft(text: string): void {
    this.draftRequest = {text, revision: this.draftRequest.revision + 1};
    this.notify();
  }

  /** Asks the textbox to take focus (a user's action through the widget's own controls). */
  private requestFocus(): void {
    this.focusRequest++;
    this.notify();
  }

  private accepts(input: ChatInput): boolean {
    return !this.locked && ((input.text ?? '').trim() !== '' || (input.files ?? []).length > 0);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
