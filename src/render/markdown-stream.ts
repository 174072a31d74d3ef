/*
 * Over 300 lines for a reason: one incremental algorithm whose cases
 * depend on each other, with its explanation (about 60 lines of comments).
 */
/**
 * Incremental markdown for a reply that is still being written, and for a
 * long text rendered a piece per frame.
 *
 * A block that is followed by another non-space block is finished: nothing
 * later in the text can change it. Such blocks are frozen: rendered once
 * and never lexed again; each new chunk only lexes the text after the last
 * frozen block. A block hands its sanitized nodes to the page (`take()`)
 * rather than keeping a copy, and keeps only its place in the text. The element renders blocks
 * keyed by position, so the DOM of frozen blocks is never touched either.
 *
 * A long text is processed in slices under a time budget per call: the
 * text after the slice is treated as not arrived yet, and `complete` tells
 * the caller to call again (in the next frame) for the rest. So no single
 * task grows with the message.
 *
 * The same path renders finished messages (every block frozen at once), so
 * a reply looks the same while streaming, after it, and after a reload.
 */
import type {Links, Token} from 'marked';
import {Block, type BlockRender, type RenderedBlock, type Rerender} from './markdown-block.js';
import {closeOpenInline} from './close-inline.js';
import type {GrowingBlock} from './growing-block.js';
import {growingMinLength, growingPreloadLength, growingTypes} from './growing-length.js';
import {GrowingNestingBound} from './nesting.js';
import {GroupedBlocks} from './grouped-blocks.js';
import {copyLinks, lexBlocks, renderBlock, renderBlocks, type MarkdownOptions} from './markdown.js';
import {plainBlockEnd, plainFragment} from './plain-blocks.js';
import {loadOnce} from '../core/load-once.js';

export type {RenderedBlock} from './markdown-block.js';

export interface StreamOptions extends MarkdownOptions {
  /** Show the text as it is, no markdown (still cut into blocks). */
  plain?: boolean;
}

/**
 * The code that grows a long last block in place (growing-block.ts): a
 * reply whose blocks stay short never needs it, so it is fetched when a
 * last block reaches `growingPreloadLength`, ahead of `growingMinLength`
 * where it is used. Until it is there, a block being streamed is lexed
 * again as a whole (as a short block always is: the same DOM, at more
 * cost), and a long list or table in a finished text waits for it, unshown.
 * If it cannot load, blocks are lexed as a whole from then on.
 */
const growingBlocks = loadOnce(() => import('./growing-block.js'));
let growingLoad: Promise<unknown> | undefined;
let growingFailed = false;

/** Loads the code that grows long blocks, once (tests that drive a stream synchronously wait for it first). */
export function loadGrowingBlocks(): Promise<unknown> {
  growingLoad ??= growingBlocks.load().catch((error: unknown) => {
    growingFailed = true;
    console.warn('chat-blocks: the code for long blocks failed to load; they are lexed as a whole', error);
  });
  return growingLoad;
}

/** What `growerFor` answers while the code that grows blocks is on its way and the block waits for it. */
const waitForGrowth = Symbol('wait for growth');

/** Work one `update()` does before it leaves the rest for the next call. */
const frameBudgetMs = 8;
/** Characters lexed by the first slice of a text; later slices follow the measured speed. */
const firstSliceChars = 4096;
const minSliceChars = 1024;
/**
 * Characters of new text one call puts on screen at most: the browser lays
 * out what a call adds in the same frame, so that is bounded too.
 */
const maxCharsPerCall = 65_536;
/**
 * The same for plain text, which costs less per character: 256 KB. A 25 MB
 * text of long indented lines at 1 MB per call laid out for 0.7 s per
 * frame; at 64 KB the frames themselves (thousands of blocks) cost more.
 */
const maxPlainCharsPerCall = 1 << 18;
/** Blocks rendered (and sanitized) together between two looks at the clock. */
const blocksPerBatch = 16;
/** New blocks one call puts on screen at most: each is laid out in the same frame. */
const maxBlocksPerCall = 256;

/** True when `after` defines a reference that `before` (the frozen blocks' ones) did not. */
function linksChanged(before: Links, after: Links): boolean {
  for (const tag in after) {
    const link = after[tag]!;
    if (before[tag]?.href !== link.href || before[tag]?.title !== link.title) return true;
  }
  return false;
}

interface TokenGroup {
  tokens: Token[];
  length: number;
  /** Blank lines before the token (only the first group has any). */
  leading: number;
}

/** Groups block tokens: each non-space token with the blank lines after it (and any before the first). */
function groupTokens(tokens: Token[]): TokenGroup[] {
  const groups: TokenGroup[] = [];
  let leading = 0;
  for (const token of tokens) {
    const last = groups.at(-1);
    if (token.type === 'space') {
      if (last) last.length += token.raw.length;
      else leading += token.raw.length;
      continue;
    }
    groups.push({tokens: [token], length: leading + token.raw.length, leading});
    leading = 0;
  }
  const last = groups.at(-1);
  if (last) last.length += leading;
  return groups;
}

export class MarkdownStream {
  private text = '';
  /** The text as last given, before CRLF became LF. */
  private raw = '';
  /** Nesting bounded as the text arrives, a line at a time (see GrowingNestingBound). */
  private readonly nesting = new GrowingNestingBound();
  private streaming = false;
  private options?: StreamOptions;
  private frozen: Block[] = [];
  private frozenLength = 0;
  /** Reference definitions made by frozen blocks: later text may use them. */
  private links: Links = copyLinks({});
  /** Every definition of the last lex (frozen and live blocks'): what a block rendered again uses. */
  private view: Links = this.links;
  /** The blocks shown: the frozen ones, then the live ones (kept in place, see grouped-blocks.ts). */
  private shown = new GroupedBlocks<Block>();
  /** Frozen blocks put in `shown` so far: the others go there with the next `show()`. */
  private shownFrozen = 0;
  /** Positions of frozen blocks rendered while an optional renderer loaded: rendered again once it has. */
  private waitingAt: number[] = [];
  /** Frozen blocks looked at for `waitingAt` so far. */
  private waitingScanned = 0;
  /** How much of `text` has been lexed (the rest waits for a later call). */
  private processed = 0;
  /** Characters the next slice lexes: grows while one block spans whole slices. */
  private sliceChars = firstSliceChars;

  /** Blocks that waited for an optional renderer that has loaded since remain to be rendered again. */
  private renewing = false;
  /** The last block, a long table, list or code block still growing: only its end is lexed again. */
  private growing?: GrowingBlock;
  /** Where a block starts that could not grow in place: it is lexed as a whole. */
  private noGrowth = -1;
  /** This call stopped before a long list or table that waits for the code that grows it (see `growingBlocks`). */
  private waiting = false;

  /** Where the text not on screen for good starts: after the frozen blocks, or after what a growing block shows. */
  private get settled(): number {
    return this.growing ? this.processed : this.frozenLength;
  }

  /** False while part of the text waits for a later `update()` call. */
  get complete(): boolean {
    return this.processed >= this.text.length && !this.renewing;
  }

  /**
   * The blocks of `text` rendered so far. While `streaming`, the last block
   * stays live (it is rendered again on the next call if its text grew);
   * otherwise every block is frozen once `complete`.
   */
  update(text: string, options: StreamOptions, streaming: boolean): readonly RenderedBlock[] {
    // The same text again (a render that changed something else): no pass over it.
    const source = text === this.raw && options.plain === this.options?.plain ? this.text : this.sourceOf(text, options);
    this.raw = text;
    const sameOptions =
      this.options?.inlineMath === options.inlineMath &&
      this.options.plain === options.plain &&
      this.options.images === options.images &&
      this.options.maxUnbrokenRun === options.maxUnbrokenRun;
    if (!sameOptions || (source !== this.text && !source.startsWith(this.text.slice(0, this.settled)))) this.reset(options);
    const blocks = this.shown.blocks;
    const stale = this.frozenStale() || blocks.at(-1)?.stale === true;
    if (!stale && source === this.text && streaming === this.streaming && blocks.length > 0 && this.complete) {
      return blocks;
    }
    const deadline = performance.now() + frameBudgetMs;
    if (stale) this.renewStale(deadline);
    this.text = source;
    this.streaming = streaming;
    const settledBefore = this.settled;
    const blocksBefore = this.frozen.length;
    this.waiting = false;
    do this.step(deadline, blocksBefore + maxBlocksPerCall);
    while (
      !this.waiting &&
      this.processed < this.text.length &&
      performance.now() < deadline &&
      this.settled - settledBefore < Math.max(maxCharsPerCall, this.growingSlice) &&
      this.frozen.length - blocksBefore < maxBlocksPerCall
    );
    return this.shown.blocks;
  }

  /**
   * True when a frozen block waited for a renderer that has loaded since.
   * Only the blocks that waited are looked at (each frozen block once, when
   * it is new): a look at every block on every call grew with the text.
   */
  private frozenStale(): boolean {
    for (; this.waitingScanned < this.frozen.length; this.waitingScanned++) {
      if (this.frozen[this.waitingScanned]!.pending) this.waitingAt.push(this.waitingScanned);
    }
    return this.waitingAt.some((index) => this.frozen[index]!.stale);
  }

  /** Shows the frozen blocks, then `live`; frozen blocks shown before are not looked at again. */
  private show(live: readonly Block[]): void {
    for (; this.shownFrozen < this.frozen.length; this.shownFrozen++) this.shown.set(this.shownFrozen, this.frozen[this.shownFrozen]!);
    for (const [offset, block] of live.entries()) this.shown.set(this.frozen.length + offset, block);
    this.shown.truncate(this.frozen.length + live.length);
  }

  /**
   * A block that waited for a renderer (math, highlighting) becomes a new
   * block, so the page inserts its new nodes; as many as the time budget
   * allows, the others in later calls.
   */
  private renewStale(deadline: number): void {
    this.renewing = false;
    const waiting: number[] = [];
    for (const index of this.waitingAt) {
      const block = this.frozen[index]!;
      if (block.stale && performance.now() <= deadline) {
        const renewed = block.renewed();
        this.frozen[index] = renewed;
        if (index < this.shownFrozen) this.shown.set(index, renewed);
        if (renewed.pending) waiting.push(index);
      } else if (block.pending) {
        this.renewing ||= block.stale;
        waiting.push(index);
      }
    }
    this.waitingAt = waiting;
  }

  /** Renders a block from its text again: it gave its nodes away, or a renderer it waited for arrived. */
  private readonly rerender: Rerender = (block) => {
    const options = this.options!;
    if (options.plain) return {fragment: plainFragment(block.text, options.maxUnbrokenRun), pending: false};
    // The definitions are shared, not copied: the block's own ones are among them already.
    const tokens = block.tokens ?? lexBlocks(block.text, options, this.view).tokens;
    return renderBlock(tokens, options, block.key);
  };

  /** The text as the stream reads it: LF line ends, and (markdown only) nesting bounded. */
  private sourceOf(text: string, options: StreamOptions): string {
    const lines = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
    return options.plain ? lines : this.nesting.bound(lines);
  }

  private reset(options: StreamOptions): void {
    this.options = options;
    this.text = '';
    this.frozen = [];
    this.waitingAt = [];
    this.waitingScanned = 0;
    this.frozenLength = 0;
    this.links = copyLinks({});
    this.view = this.links;
    this.shown = new GroupedBlocks<Block>();
    this.shownFrozen = 0;
    this.processed = 0;
    this.sliceChars = firstSliceChars;
    this.growing = undefined;
    this.noGrowth = -1;
  }

  /**
   * Characters a slice adds at least to a block growing in a finished text.
   * The browser lays out and paints a whole table (and a list) again each
   * frame it grows, 50 to 100 ms per frame at 3,000 rows: each slice adds
   * an eighth of what the block has, so a table is laid out a few dozen
   * times, not once per few kilobytes, and a table of megabytes
   * (max-markdown-length raised) takes time linear in its length.
   */
  private get growingSlice(): number {
    if (!this.growing || this.streaming) return 0;
    return Math.round((this.processed - this.growing.start) / 8);
  }

  /** Where the next slice ends: at a line end past the slice size, or at the end of the text. */
  private nextCut(): number {
    const end = this.settled + Math.max(this.sliceChars, this.growingSlice);
    if (end >= this.text.length) return this.text.length;
    const lineEnd = this.text.indexOf('\n', end);
    return lineEnd < 0 ? this.text.length : lineEnd + 1;
  }

  /** Lexes the text after the frozen blocks up to the next cut, freezes what is finished. */
  private step(deadline: number, maxBlocks: number): void {
    if (this.options!.plain) {
      this.processed = this.plainStep(deadline) ? this.text.length : this.frozenLength;
      return;
    }
    const cut = this.nextCut();
    const last = cut >= this.text.length;
    const settledBefore = this.settled;
    const started = performance.now();
    if (!this.grow(cut, last && !this.streaming)) {
      this.processed = this.lexRest(cut, !last || this.streaming, last, deadline, maxBlocks) ? cut : this.frozenLength;
    }
    const done = this.settled - settledBefore;
    // Stopped to wait, not because the block spans the slice: the slice stays as it is.
    if (this.waiting) return;
    if (done === 0 && !last) {
      // One block spans the whole slice (a long table or code block): lex more at once next time,
      // so the block is lexed a bounded number of times rather than once per slice.
      this.sliceChars *= 2;
    } else if (done > 0) {
      // As much as the measured speed does in one time budget.
      const perMs = done / Math.max(performance.now() - started, 0.1);
      this.sliceChars = Math.max(minSliceChars, Math.min(maxCharsPerCall, Math.round(perMs * frameBudgetMs)));
    }
  }

  /**
   * Takes the text up to `end` into the growing block, if there is one.
   * True when that block still runs to `end` (nothing else to lex); once it
   * ended, it is frozen and the text after it is lexed as usual; if it must
   * be rendered again as a whole, that happens from its start.
   */
  private grow(end: number, final: boolean): boolean {
    const growing = this.growing;
    if (!growing) return false;
    const result = growing.advance(this.text, this.options!, this.view, end, final, this.streaming);
    if (result.kind === 'growing') {
      this.processed = end;
      this.show([growing.block!]);
      return true;
    }
    this.growing = undefined;
    if (result.kind === 'ended') {
      this.frozen.push(growing.block!);
      this.frozenLength = growing.start + result.length;
    }
    return false;
  }

  /**
   * Plain text: blocks of a few kilobytes, cut at line ends; a block is
   * final once the text goes past it. False when the time budget ran out
   * before the end of the text.
   */
  private plainStep(deadline: number): boolean {
    let start = this.frozenLength;
    // Off-screen plain blocks cost little layout (content-visibility): the clock and maxPlainCharsPerCall bound a call.
    const stop = start + maxPlainCharsPerCall;
    while (start < this.text.length) {
      if (performance.now() > deadline || start >= stop) {
        this.show([]);
        return false;
      }
      const end = plainBlockEnd(this.text, start);
      if (end >= this.text.length && this.streaming) break;
      const block = new Block(this.frozen.length, this.text, start, [], end - start, this.rerender, {
        fragment: plainFragment(this.text.slice(start, end), this.options!.maxUnbrokenRun),
        pending: false,
      });
      block.freeze();
      this.frozen.push(block);
      this.frozenLength = start = end;
    }
    const live: Block[] = [];
    if (this.streaming && start < this.text.length) {
      const previous = this.shown.blocks.at(-1);
      const unchanged = previous && !previous.frozen && previous.start === start && previous.text === this.text.slice(start);
      live.push(
        unchanged
          ? previous
          : new Block(this.frozen.length, this.text, start, [], this.text.length - start, this.rerender, {
              fragment: plainFragment(this.text.slice(start), this.options!.maxUnbrokenRun),
              pending: false,
            }),
      );
    }
    this.show(live);
    return true;
  }

  /**
   * Lexes the text from the last frozen block to `end`. With `partial`, the
   * last block may still change (more text comes later): it stays live, and
   * is rendered only if `show` (a cut that is not the end of the text is
   * never shown: the next call lexes that block again anyway). Blocks are
   * rendered in batches while the time budget lasts; false when it ran out
   * first (the blocks not rendered wait for the next call).
   */
  private lexRest(end: number, partial: boolean, show: boolean, deadline: number, maxBlocks: number): boolean {
    const options = this.options!;
    const rest = this.text.slice(this.frozenLength, end);
    // The end of a reply still being written is lexed as it will end
    // (`**bold` as bold); the blocks that holds never freeze.
    const closing = show && this.streaming ? closeOpenInline(rest) : undefined;
    const lexed = closing?.text ?? rest;
    const {tokens, links} = lexBlocks(lexed, options, copyLinks(this.links));
    if (this.frozen.length > 0 && linksChanged(this.view, links)) this.renderReferencesAgain(links);
    this.view = links;

    // If the token texts do not add up to the text (should not happen),
    // freeze nothing rather than freeze at a wrong offset.
    let tokensLength = 0;
    for (const token of tokens) tokensLength += token.raw.length;
    const exact = tokensLength === lexed.length;
    const groups = groupTokens(tokens);
    const firstKey = this.frozen.length;
    const previousLive = this.shown.blocks.slice(firstKey);
    const ends: number[] = [];
    for (const group of groups) ends.push((ends.at(-1) ?? 0) + group.length);
    const unchanged = (position: number) => closing === undefined || ends[position]! <= closing.stable;
    // Counted before a growing last block leaves the list (below): the blocks before it still freeze.
    const groupCount = groups.length;
    const freezes = (position: number) => exact && (!partial || position < groupCount - 1) && unchanged(position);
    // A long last block that only grows (a table, list or code block), while a reply streams, is taken
    // over by a GrowingBlock. In a finished text, lists and tables are too: marked lexes a whole list in
    // one call (5,000 items took 0.5 s), and a 95 KB table lexed, sanitized and laid out whole took 1.6 s
    // in one task. Their rows and items come a slice per frame instead; a table is laid out again each
    // frame (its columns depend on every row), which costs tens of milliseconds at 3,000 rows, not seconds.
    // A code block is not: its text is one node, cheap to render whole.
    const lastGroup = groups.at(-1);
    const growStart = this.frozenLength + (ends.at(-2) ?? 0) + (lastGroup?.leading ?? 0);
    const mayGrow = (token: Token) => this.streaming || token.type === 'list' || token.type === 'table';
    const grower =
      partial &&
      exact &&
      lastGroup &&
      mayGrow(lastGroup.tokens[0]!) &&
      growStart !== this.noGrowth &&
      (groups.length === 1 || freezes(groups.length - 2))
        ? this.growerFor(lastGroup.tokens[0]!, firstKey + groups.length - 1, growStart)
        : undefined;
    if (grower === waitForGrowth) this.waiting = true;
    if (grower) groups.pop();
    const live: Block[] = [];
    let start = this.frozenLength;
    let finished = true;
    for (let first = 0; first < groups.length; first += blocksPerBatch) {
      if (first > 0 && (performance.now() > deadline || this.frozen.length >= maxBlocks)) {
        finished = false;
        break;
      }
      const batch = groups.slice(first, first + blocksPerBatch);
      // The live block of the last call, unchanged, is kept (with its DOM) as it is.
      const kept = batch.map((group, offset) => {
        const before = previousLive.find((block) => block.key === firstKey + first + offset);
        const unchanged = before !== undefined && !before.frozen && !before.stale && before.tokens?.[0]?.raw === group.tokens[0]?.raw;
        return unchanged ? before : undefined;
      });
      const shown = (offset: number) => freezes(first + offset) || show;
      const rendering = [...batch.keys()].filter((offset) => kept[offset] === undefined && shown(offset));
      const fresh = renderBlocks(
        rendering.map((offset) => batch[offset]!.tokens),
        options,
        // A short text (one batch) renders whole in one call; a long one stops at the budget, even within a batch.
        first > 0 || groups.length > blocksPerBatch ? deadline : Infinity,
        rendering.map((offset) => firstKey + first + offset),
      );
      let next = 0;
      for (const [offset, group] of batch.entries()) {
        let block = kept[offset];
        if (!block && !shown(offset)) continue;
        if (!block && next === fresh.length) {
          // The time budget ran out within the batch: the rest waits for the next call.
          finished = false;
          break;
        }
        if (block) {
          block.source = this.text;
          block.tokens = group.tokens;
        } else {
          block = new Block(firstKey + first + offset, this.text, start, group.tokens, group.length, this.rerender, fresh[next++]!);
        }
        block.length = group.length;
        start += group.length;
        if (freezes(first + offset) && live.length === 0) {
          block.freeze();
          this.frozen.push(block);
          this.frozenLength += group.length;
          for (const token of group.tokens) {
            if (token.type === 'def') this.links[token.tag as string] ??= links[token.tag as string]!;
          }
        } else {
          live.push(block);
        }
      }
      if (!finished) break;
    }
    if (grower && grower !== waitForGrowth && finished) {
      const result = grower.advance(this.text, options, this.view, end, false, this.streaming);
      if (result.kind === 'growing') {
        this.growing = grower;
        live.push(grower.block!);
      } else {
        if (result.kind === 'ended') {
          this.frozen.push(grower.block!);
          this.frozenLength = grower.start + result.length;
        } else {
          // It cannot grow in place: lexed as a whole, here and from now on.
          this.noGrowth = growStart;
        }
        return this.lexRest(end, partial, show, deadline, maxBlocks);
      }
    }
    this.show(live);
    return finished && !this.waiting;
  }

  /**
   * The GrowingBlock for a long last block, or undefined when it is lexed as
   * a whole. While the code for it loads: a streamed block is lexed as a
   * whole meanwhile (it may be on screen already, and stays there); a list
   * or table of a finished text, not shown yet, waits (`waitForGrowth`).
   */
  private growerFor(token: Token, key: number, start: number): GrowingBlock | undefined | typeof waitForGrowth {
    if (!growingTypes.has(token.type) || token.raw.length < growingPreloadLength) return undefined;
    const loaded = growingBlocks.loaded();
    if (loaded) return loaded.GrowingBlock.for(token, key, start, this.rerender);
    if (growingFailed) return undefined;
    void loadGrowingBlocks();
    return this.streaming || token.raw.length < growingMinLength ? undefined : waitForGrowth;
  }

  /**
   * A reference definition arrived that earlier, frozen blocks may use:
   * those whose text shows a `[` (an unresolved reference does) are
   * rendered again with it. Others cannot change.
   */
  private renderReferencesAgain(links: Links): void {
    this.view = links;
    this.frozen = this.frozen.map((block) => (block.mayUseReferences ? block.renewed() : block));
    // Any block may be new: all are shown again, and looked at for renderers they wait for.
    this.shownFrozen = 0;
    this.waitingAt = [];
    this.waitingScanned = 0;
  }
}

export type {BlockRender};
