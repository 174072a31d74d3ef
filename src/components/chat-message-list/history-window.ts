/**
 * Opens a long history newest first: the first render shows only the last
 * screenfuls (a chat opens at its end, that is what the user sees), and
 * older groups are added in batches in idle time, or at once when the user
 * scrolls near the top, keeping the scroll position anchored to the end of
 * the list so nothing on screen moves. Until the whole history is in the
 * DOM, the host's `updateComplete` waits for it (see `whenComplete`).
 *
 * The first render holds the newest messages up to a count or a length of
 * text, whichever comes first: a few long replies fill several screens, and
 * the work before a long history first paints is about that of one screen.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {ChatMessage} from '../../core/types.js';
import type {TranscriptGroup} from '../../render/transcript.js';

/** Messages rendered in the first pass of a long history at most: several screenfuls of short ones. */
export const firstWindowMessages = 40;
/**
 * Characters of text that end the first pass sooner: at the widest the list
 * lays text out (about 95 characters a line), 6,000 are over 60 lines, more
 * than a screen; at a phone's width, several.
 */
export const firstWindowCharacters = 6_000;
/** What a message drawn as a small box counts as, in characters: a file, or a finished thought (drawn closed). */
const boxCharacters = 200;
/** Time one batch of older messages may take: under the 50 ms of a long task. */
const batchBudgetMs = 30;
/** Batch sizes, in messages, while the cost of one message is being learnt. */
const minBatch = 4;
const maxBatch = 400;
const firstBatch = 16;

type Idle = (callback: () => void) => () => void;

/** The next idle moment (a short timeout where `requestIdleCallback` is missing), cancelable. */
const whenIdle: Idle =
  typeof requestIdleCallback === 'function'
    ? (callback) => {
        const id = requestIdleCallback(callback, {timeout: 200});
        return () => cancelIdleCallback(id);
      }
    : (callback) => {
        const id = setTimeout(callback, 1);
        return () => clearTimeout(id);
      };

/** True when `next` starts another conversation than `previous` (not the same one grown or edited). */
function isNewHistory(previous: readonly ChatMessage[], next: readonly ChatMessage[]): boolean {
  if (previous.length === 0) return true;
  // A restored or replaced history arrives at once; a conversation grows a few messages at a time.
  if (next.length > previous.length + firstWindowMessages) return true;
  const [a, b] = [previous[0], next[0]];
  return a?.role !== b?.role || a?.content !== b?.content;
}

export class HistoryWindow implements ReactiveController {
  /** Index of the oldest message rendered: groups that start before it are not in the DOM yet. */
  private start = 0;
  private seen: readonly ChatMessage[] = [];
  private groups: readonly TranscriptGroup[] = [];
  private cancelIdle?: () => void;
  private filled?: {promise: Promise<void>; resolve: () => void};
  /** Distance of the scroll position from the end before a batch was added, to restore after. */
  private anchor?: number;
  /** When the batch being rendered started, and its size: to learn the cost of a message. */
  private batchStarted = 0;
  private batchMessages = 0;
  private batchSize = firstBatch;
  private readonly host: ReactiveControllerHost;
  private readonly scroller: () => HTMLElement | undefined;
  private readonly following: () => boolean;

  constructor(host: ReactiveControllerHost, scroller: () => HTMLElement | undefined, following: () => boolean) {
    this.host = host;
    this.scroller = scroller;
    this.following = following;
    host.addController(this);
  }

  /** True while older messages are still to be rendered. */
  get partial(): boolean {
    return this.start > 0;
  }

  /**
   * The groups to render now, out of all of them. Call once per render with
   * the whole history and its groups.
   */
  visible(messages: readonly ChatMessage[], groups: readonly TranscriptGroup[]): readonly TranscriptGroup[] {
    if (isNewHistory(this.seen, messages)) this.start = this.newestWindowStart(groups);
    this.seen = messages;
    this.groups = groups;
    if (this.start > 0 && groups.length > 0 && groups[0]!.key >= this.start) this.start = 0;
    if (this.start === 0) {
      this.finish();
      return groups;
    }
    this.scheduleBatch();
    return groups.filter((group) => group.key >= this.start);
  }

  /** Resolves once the whole history is in the DOM. */
  whenComplete(): Promise<void> | undefined {
    return this.filled?.promise;
  }

  /** Renders the next batch of older messages now (the user scrolled up to them). */
  readonly onScroll = (): void => {
    const scroller = this.scroller();
    if (this.partial && scroller && scroller.scrollTop < scroller.clientHeight) this.addBatch();
  };

  hostUpdate(): void {
    const scroller = this.scroller();
    if (this.batchMessages > 0 && scroller && !this.following()) this.anchor = scroller.scrollHeight - scroller.scrollTop;
  }

  hostUpdated(): void {
    const scroller = this.scroller();
    if (this.anchor !== undefined && scroller) scroller.scrollTop = scroller.scrollHeight - this.anchor;
    this.anchor = undefined;
    if (this.batchMessages > 0) {
      // Size the next batch by what this one cost, so each stays under the budget.
      const perMessage = Math.max(0.05, (performance.now() - this.batchStarted) / this.batchMessages);
      this.batchSize = Math.min(maxBatch, Math.max(minBatch, Math.floor(batchBudgetMs / perMessage)));
      this.batchMessages = 0;
    }
  }

  hostDisconnected(): void {
    this.cancelIdle?.();
    this.cancelIdle = undefined;
    // Rendered again on reconnection; nobody should wait for a list that is gone.
    this.seen = [];
    this.start = 0;
    this.finish();
  }

  /**
   * The key of the newest group that brings the first pass to
   * `firstWindowMessages` messages or `firstWindowCharacters` of text.
   */
  private newestWindowStart(groups: readonly TranscriptGroup[]): number {
    let count = 0;
    let characters = 0;
    for (let position = groups.length - 1; position >= 0; position--) {
      for (const {message} of groups[position]!.entries) {
        count++;
        const closedThought = message.metadata?.title !== undefined && message.metadata.status !== 'pending';
        characters += typeof message.content === 'string' && !closedThought ? message.content.length : boxCharacters;
      }
      if (count >= firstWindowMessages || characters >= firstWindowCharacters) return position === 0 ? 0 : groups[position]!.key;
    }
    return 0;
  }

  private scheduleBatch(): void {
    if (!this.filled) {
      let resolve!: () => void;
      const promise = new Promise<void>((done) => (resolve = done));
      this.filled = {promise, resolve};
    }
    this.cancelIdle ??= whenIdle(() => {
      this.cancelIdle = undefined;
      this.addBatch();
    });
  }

  private addBatch(): void {
    const groups = this.groups;
    let position = groups.findIndex((group) => group.key >= this.start);
    if (position <= 0) return;
    let count = 0;
    while (position > 0 && count < this.batchSize) count += groups[--position]!.entries.length;
    this.start = position === 0 ? 0 : groups[position]!.key;
    this.batchStarted = performance.now();
    this.batchMessages = count;
    this.cancelIdle?.();
    this.cancelIdle = undefined;
    this.host.requestUpdate();
  }

  private finish(): void {
    const filled = this.filled;
    this.filled = undefined;
    filled?.resolve();
  }
}
