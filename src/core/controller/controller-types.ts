import type {ChatInput, ChatMessage, ChatStatus} from '../types.js';
import type {ChatStrings} from '../../strings.js';

/** How many files one message may carry; `none` hides upload. */
export type FileCount = 'single' | 'multiple' | 'none';
export type InputSource = 'upload' | 'microphone';
export type ChatLayout = 'bubble' | 'panel';
export type ChatExample = string | {text: string; files?: ChatInput['files']};

/** The presentation and input settings of `<chat-blocks>`, read by the sub-elements. */
export interface ChatSettings {
  placeholder: string;
  /** Parsed `file-types`: `image`, `audio`, `video`, `text`, MIME types (with `*`), `.ext`. Empty: any. */
  fileTypes: string[];
  fileCount: FileCount;
  /** Bytes; `Infinity` when unset. */
  maxFileSize: number;
  sources: InputSource[];
  maxPlainTextLength: number;
  uploadEndpoint?: string;
  /** The chat's `headers` and `credentials`, which uploads send too. */
  uploadHeaders?: Record<string, string>;
  uploadCredentials?: RequestCredentials;
  plainText: boolean;
  /** Also render math between single dollars (`$…$`); `$$…$$` always renders. */
  inlineMath: boolean;
  likeUserMessage: boolean;
  noFeedback: boolean;
  layout: ChatLayout;
  avatarUser?: string;
  avatarAssistant?: string;
  disabled: boolean;
  examples: ChatExample[];
  /** Message texts longer than this show as plain text until the user asks for them formatted. */
  maxMarkdownLength?: number;
  /** Runs of text without a break opportunity longer than this get one every this many characters (`max-unbroken-run`). */
  maxUnbrokenRun?: number;
  /** `image-sources`: `all`, `none`, `same-origin` or origins; images from elsewhere wait for a click. */
  imageSources?: string;
}

/** What the sub-elements see of the conversation. */
export interface ChatView {
  readonly messages: readonly ChatMessage[];
  readonly status: ChatStatus;
  /** Index in `messages` of the reply being written, or -1. */
  readonly streamingIndex: number;
}

/**
 * The user's actions. Every sub-element sends them to a controller, always:
 * the `<chat-blocks>` around it, or its own standalone controller, which
 * only fires the matching events. Each controller checks `disabled` itself,
 * so the elements never do.
 */
export interface ChatActions {
  /**
   * The user sends: fires the cancelable `chat-submit`, then (inside
   * `<chat-blocks>`) shows the message and asks the backend. Returns false
   * when nothing was sent (the event was prevented, or the input is empty
   * or disabled): the textbox then keeps its text.
   */
  submit(input: ChatInput): boolean;
  stop(): void;
  clear(): void;
  /** `index`: the message whose retry button was pressed. */
  retry(index: number): void;
  /** `index`: the message whose undo button was pressed. */
  undo(index: number): void;
  like(index: number, liked: boolean | null): void;
  /** Re-sends a user message with a new text; false when nothing was sent (empty, or disabled): the editor stays open. */
  edit(index: number, text: string): boolean;
  chooseOption(index: number, value: string): void;
  /** The textbox reports its unsent text, so it can be kept across reloads. */
  saveDraft(text: string): void;
  /**
   * Likes the controller keeps apart from the messages, by message index: a
   * standalone list's (the page's `messages` are not changed). Empty inside
   * `<chat-blocks>`, where `liked` is set on the message itself.
   */
  readonly likes: ReadonlyMap<number, boolean | null>;
  /** Called after every change a controller makes. Returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/**
 * The one object `<chat-blocks>` provides to the sub-elements placed inside
 * it. Sub-elements render from it and turn user actions into calls on it;
 * they never touch the host element.
 */
export interface ChatController extends ChatActions {
  readonly view: ChatView;
  readonly settings: ChatSettings;
  readonly strings: ChatStrings;
  /** A text the textbox should show (after `undo()`); `revision` grows on every request. */
  readonly draftRequest: {text: string; revision: number};
  /**
   * Grows each time focus should go to the textbox: after the user sends,
   * stops, retries, undoes or clears, whose buttons may leave the page.
   */
  readonly focusRequest?: number;
  /** Files hover over the chat (`<chat-blocks>` takes drags anywhere on it): the textbox shows its drop zone. */
  readonly dragging?: boolean;
  /** Files dropped anywhere on the chat, for the textbox to attach; `revision` grows on every drop. */
  readonly fileDrop?: {files: readonly File[]; revision: number};
}
