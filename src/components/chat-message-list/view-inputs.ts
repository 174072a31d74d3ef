/**
 * What the views of a group draw from. A group is drawn again only when a
 * value of its `GroupInputs` changed, so adding a message, a chunk or a
 * batch of older messages does not walk the templates of every other
 * message. The views read nothing else but `ListTools`, whose members stay
 * the same for the element's life: the inputs cannot drift from what the
 * views read.
 */
import type {ChatStrings} from '../../strings.js';
import type {Enhancer} from '../../render/fragment-directive.js';
import type {ImagePolicy} from '../../render/image-policy.js';
import {pluginGeneration} from '../../render/lazy.js';
import {lastReplyIndex, type TranscriptEntry, type TranscriptGroup} from '../../render/transcript.js';
import type {Editing, MessageEditor} from './editor-view.js';
import type {ViewedImage} from './image-viewer.js';
import type {ListActions} from './list-actions.js';
import type {ListSettings} from './list-settings.js';
import type {MarkdownCache} from './markdown-view.js';

/** What the list's state and the inputs of each group share. */
interface SharedState {
  readonly strings: ChatStrings;
  /** Blocked file images the user chose to load, by URL. */
  readonly loadedImages: ReadonlySet<string>;
  /**
   * A reply is on its way, or the chat is disabled: what sends (edit, retry, undo, options) waits. In a
   * group's inputs, false unless the group draws its action row or holds the last message.
   */
  readonly locked: boolean;
  /** Thoughts the user opened or closed, by key; others follow their status. */
  readonly thoughtToggles: ReadonlyMap<string, boolean>;
  /** Messages past the markdown size limit that the user asked to see formatted. */
  readonly formattedAnyway: ReadonlySet<number>;
  /** Standalone likes by message index. */
  readonly likes: ReadonlyMap<number, boolean | null>;
  /** In a group's inputs, -1 (or none) unless the group holds it. */
  readonly copiedIndex: number;
  readonly editing?: Editing;
}

export interface GroupInputs extends SharedState {
  readonly plainText: boolean;
  readonly likeUserMessage: boolean;
  readonly noFeedback: boolean;
  /** The avatar of the group's role. */
  readonly avatar?: string;
  readonly inlineMath: boolean;
  readonly maxMarkdownLength: number;
  readonly maxUnbrokenRun: number;
  /** Where images may load from (`image-sources`). */
  readonly images: ImagePolicy;
  // Positions that change what a message shows, -1 unless the group holds them.
  readonly lastIndex: number;
  readonly lastReply: number;
  readonly streamingIndex: number;
  /** Not read by the views: the markdown cache renders math and code again when a plugin loads. */
  readonly pluginGeneration: number;
  /** The group is older than the newest `rowWindowMessages`: its lead message is a tab stop, its action row drawn only when `rows`. */
  readonly older: boolean;
  /** The turn's action row is drawn: the group is among the newest, or the pointer or focus is on it. */
  readonly rows: boolean;
}

/** The list's helpers and handlers, the same objects for the element's life. */
export interface ListTools {
  readonly markdown: MarkdownCache;
  readonly actions: ListActions;
  readonly editor: MessageEditor;
  /** Adds copy buttons to code blocks and click-to-load buttons for blocked images, labelled in `strings`. */
  codeEnhancer(strings: ChatStrings): Enhancer;
  /** The user chose to load a blocked file image. */
  loadImage(url: string): void;
  startEditing(index: number, text: string): void;
  openImage(image: ViewedImage, opener: HTMLElement): void;
  toggleThought(key: string, open: boolean): void;
  showFormatted(index: number): void;
}

/**
 * Groups with a message among this many newest ones always have their action
 * rows; older ones draw theirs when the pointer or keyboard focus reaches
 * them (a long history would otherwise hold a few buttons per message).
 */
export const rowWindowMessages = 40;

/** What every group of one render shares. */
export interface ListState extends SharedState {
  readonly settings: ListSettings;
  /** Index of the message under the pointer or holding focus, -1 if none: its group draws its action row. */
  readonly activeIndex: number;
}

/** The key of the oldest group that always has its action row. */
export const rowsFrom = (state: ListState): number => state.settings.messages.length - rowWindowMessages;

/** Calls `visit` on the group's messages, nested thoughts included. */
export function forEachEntry(group: TranscriptGroup, visit: (entry: TranscriptEntry) => void): void {
  const walk = (entry: TranscriptEntry): void => {
    visit(entry);
    entry.children.forEach(walk);
  };
  group.entries.forEach(walk);
}

/** The inputs of one group: the list's state, with positions narrowed to the group that holds them. */
export function groupInputs(group: TranscriptGroup, state: ListState): GroupInputs {
  const {settings} = state;
  const indexes = new Set<number>();
  forEachEntry(group, (entry) => indexes.add(entry.index));
  const within = (index: number) => (indexes.has(index) ? index : -1);
  const lastIndex = within(settings.messages.length - 1);
  const rows = group.key >= rowsFrom(state) || indexes.has(state.activeIndex);
  return {
    strings: state.strings,
    plainText: settings.plainText,
    likeUserMessage: settings.likeUserMessage,
    noFeedback: settings.noFeedback,
    avatar: group.role === 'user' ? settings.avatarUser : settings.avatarAssistant,
    inlineMath: settings.inlineMath,
    maxMarkdownLength: settings.maxMarkdownLength,
    maxUnbrokenRun: settings.maxUnbrokenRun,
    images: settings.images,
    loadedImages: state.loadedImages,
    // Only an action row and the last message (its retry button, its options) draw the lock: elsewhere
    // it stays false, so the lock that comes with every reply (and `disabled`) redraws those groups only.
    locked: rows || lastIndex !== -1 ? state.locked : false,
    thoughtToggles: state.thoughtToggles,
    formattedAnyway: state.formattedAnyway,
    likes: state.likes,
    copiedIndex: within(state.copiedIndex),
    editing: state.editing && indexes.has(state.editing.index) ? state.editing : undefined,
    lastIndex,
    lastReply: within(lastReplyIndex(settings.messages)),
    streamingIndex: within(settings.streamingIndex),
    pluginGeneration,
    older: group.key < rowsFrom(state),
    rows,
  };
}

/**
 * The values a group is drawn from: its inputs, and per message its
 * position, its object (messages are replaced, never changed in place)
 * and how far its long text has rendered.
 */
export function groupDependencies(group: TranscriptGroup, inputs: GroupInputs, markdown: MarkdownCache): unknown[] {
  const values: unknown[] = Object.values(inputs);
  forEachEntry(group, ({index, message}) => values.push(index, message, markdown.progressOf(index)));
  return values;
}
