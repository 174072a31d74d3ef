/**
 * Incremental markdown for a reply that is still being written.
 *
 * A block that is followed by another non-space block is finished: nothing
 * later in the text can change it. Such blocks are frozen: rendered once
 * and never lexed again; each new chunk only lexes the text after the last
 * frozen block. A block hands its sanitized nodes to the page (`take()`)
 * rather than keeping a copy, and keeps only its place in the text. The element renders blocks
 * keyed by position, so the DOM of frozen blocks is never touched either.
 *
 * The same path renders finished messages (every block frozen at once), so
 * a reply looks the same while streaming, after it, and after a reload.
 */
import type {Links, Token} from 'marked';
import {pluginGeneration} from './lazy.js';
import {lexBlocks, renderBlock, renderBlocks, type MarkdownOptions} from './markdown.js';

export interface RenderedBlock {
  /** Position of the block in its text: a stable key for keyed rendering. */
  readonly key: number;
  /** The block's sanitized nodes, kept by the block: insert a clone. */
  readonly fragment: DocumentFragment;
  /** True once nothing later in the text can change this block. */
  readonly frozen: boolean;
  /**
   * The block's sanitized nodes, to insert as they are: the block hands
   * them over and keeps no copy, so a long history is not held twice (once
   * on screen, once here). Asked again, it renders them again.
   */
  take(): DocumentFragment;
}

/** Renders a block's text again, for a block that gave its nodes away or waited for a renderer. */
type Rerender = (block: Block) => {fragment: DocumentFragment; pending: boolean};

class Block implements RenderedBlock {
  frozen: boolean;
  /** The block's tokens while it is live (compared with the next chunk's); a frozen block keeps only its offsets. */
  tokens?: Token[];
  /** The text the block is part of (the stream's whole text: a reference, not a copy). */
  source: string;
  /** Offset of the block's text (with blank lines before or after it) in `source`. */
  readonly start: number;
  /** Length of the text this block (with the blank lines after it) covers. */
  length: number;
  /** Rendered while an optional renderer was loading: render again once one arrives. */
  pending: boolean;
  generation: number;
  readonly key: number;
  private nodes?: DocumentFragment;
  private readonly rerender: Rerender;

  constructor(
    key: number,
    source: string,
    start: number,
    tokens: Token[],
    length: number,
    rerender: Rerender,
    rendered?: {fragment: DocumentFragment; pending: boolean},
  ) {
    this.key = key;
    this.source = source;
    this.start = start;
    this.tokens = tokens;
    this.length = length;
    this.frozen = false;
    this.nodes = rendered?.fragment;
    this.pending = rendered?.pending ?? false;
    this.generation = pluginGeneration;
    this.rerender = rerender;
  }

  get fragment(): DocumentFragment {
    if (!this.nodes || isStale(this)) this.refresh();
    return this.nodes!;
  }

  take(): DocumentFragment {
    const nodes = this.fragment;
    this.nodes = undefined;
    return nodes;
  }

  /** Renders the block again (it gave its nodes away, or a renderer it waited for arrived). */
  refresh(): void {
    const {fragment, pending} = this.rerender(this);
    this.nodes = fragment;
    this.pending = pending;
    this.generation = pluginGeneration;
  }

  freeze(): void {
    this.frozen = true;
    // Finished: the tokens are not needed to decide anything any more, and a
    // new render lexes the block's text again (rare: see take()).
    this.tokens = undefined;
  }
}

/** True when a block waited for an optional renderer that has loaded since. */
function isStale(block: Block): boolean {
  return block.pending && block.generation !== pluginGeneration;
}

/** True when `after` defines a reference that `before` (the frozen blocks' ones) did not. */
function linksChanged(before: Links, after: Links): boolean {
  return Object.entries(after).some(([tag, link]) => before[tag]?.href !== link.href || before[tag]?.title !== link.title);
}

/** Groups block tokens: each non-space token with the blank lines after it (and any before the first). */
function groupTokens(tokens: Token[]): {tokens: Token[]; length: number}[] {
  const groups: {tokens: Token[]; length: number}[] = [];
  let leading = 0;
  for (const token of tokens) {
    const last = groups.at(-1);
    if (token.type === 'space') {
      if (last) last.length += token.raw.length;
      else leading += token.raw.length;
      continue;
    }
    groups.push({tokens: [token], length: leading + token.raw.length});
    leading = 0;
  }
  const last = groups.at(-1);
  if (last) last.length += leading;
  return groups;
}

export class MarkdownStream {
  private text = '';
  private streaming = false;
  private options?: MarkdownOptions;
  private frozen: Block[] = [];
  private frozenLength = 0;
  /** Reference definitions made by frozen blocks: later text may use them. */
  private links: Links = {};
  private blocks: readonly Block[] = [];

  /**
   * The blocks of `text`. While `streaming`, the last block stays live (it
   * is rendered again on the next call if its text grew); otherwise every
   * block is frozen.
   */
  update(text: string, options: MarkdownOptions, streaming: boolean): readonly RenderedBlock[] {
    const source = text.replace(/\r\n?/g, '\n');
    const sameOptions = this.options?.inlineMath === options.inlineMath;
    if (!sameOptions || !source.startsWith(this.text.slice(0, this.frozenLength))) this.reset(options);
    const stale = this.blocks.some(isStale);
    if (!stale && source === this.text && streaming === this.streaming && this.blocks.length > 0) {
      return this.blocks;
    }
    // A block that waited for a renderer becomes a new block, so the page inserts its new nodes.
    this.frozen = this.frozen.map((block) => (isStale(block) ? this.renewed(block) : block));
    this.text = source;
    this.streaming = streaming;
    this.lexRest();
    return this.blocks;
  }

  /** Renders a block from its text again: it gave its nodes away, or a renderer it waited for arrived. */
  private readonly rerender: Rerender = (block) => {
    const options = this.options!;
    const tokens = block.tokens ?? lexBlocks(block.source.slice(block.start, block.start + block.length), options, this.links).tokens;
    return renderBlock(tokens, options);
  };

  private renewed(block: Block): Block {
    const renewed = new Block(block.key, block.source, block.start, [], block.length, this.rerender);
    renewed.freeze();
    renewed.refresh();
    return renewed;
  }

  private reset(options: MarkdownOptions): void {
    this.options = options;
    this.text = '';
    this.frozen = [];
    this.frozenLength = 0;
    this.links = {};
    this.blocks = [];
  }

  private lexRest(): void {
    const options = this.options!;
    const rest = this.text.slice(this.frozenLength);
    const {tokens, links} = lexBlocks(rest, options, this.links);
    if (this.frozen.length > 0 && linksChanged(this.links, links)) {
      // A reference definition is being written that frozen blocks may use:
      // render them again with it (rare: definitions come last, if at all).
      const text = this.text;
      this.reset(options);
      this.text = text;
      this.lexRest();
      return;
    }

    // If the token texts do not add up to the text (should not happen),
    // freeze nothing rather than freeze at a wrong offset.
    const exact = tokens.map((token) => token.raw).join('') === rest;
    const groups = groupTokens(tokens);
    const previous = new Map(this.blocks.map((block) => [block.key, block]));
    const firstKey = this.frozen.length;
    // The live block of the last call, unchanged, is kept (with its DOM) as it is.
    const kept = groups.map((group, position) => {
      const before = previous.get(firstKey + position);
      const unchanged =
        before !== undefined && !before.frozen && !isStale(before) && before.tokens?.[0]?.raw === group.tokens[0]?.raw;
      return unchanged ? before : undefined;
    });
    const toRender = groups.filter((_group, position) => kept[position] === undefined);
    const fresh = renderBlocks(toRender.map((group) => group.tokens), options);
    const live: Block[] = [];
    let start = this.frozenLength;
    groups.forEach((group, position) => {
      const key = firstKey + position;
      const freeze = exact && live.length === 0 && (!this.streaming || position < groups.length - 1);
      let block = kept[position];
      if (block) {
        block.source = this.text;
        block.tokens = group.tokens;
      } else {
        block = new Block(key, this.text, start, group.tokens, group.length, this.rerender, fresh.shift()!);
      }
      block.length = group.length;
      start += group.length;
      if (freeze) {
        block.freeze();
        this.frozen.push(block);
        this.frozenLength += group.length;
        for (const token of group.tokens) {
          if (token.type === 'def') this.links[token.tag as string] ??= links[token.tag as string]!;
        }
      } else {
        live.push(block);
      }
    });
    this.blocks = [...this.frozen, ...live];
  }
}
