/**
 * Incremental markdown for a reply that is still being written.
 *
 * A block that is followed by another non-space block is finished: nothing
 * later in the text can change it. Such blocks are frozen: rendered once,
 * kept with their sanitized DOM, and never lexed again; each new chunk only
 * lexes the text after the last frozen block. The element renders blocks
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
  /** The block's sanitized nodes; insert a clone, the original is a template. */
  readonly fragment: DocumentFragment;
  /** True once nothing later in the text can change this block. */
  readonly frozen: boolean;
}

interface Block extends RenderedBlock {
  frozen: boolean;
  readonly tokens: Token[];
  /** Length of the text this block (with the blank lines after it) covers. */
  length: number;
  /** Rendered while an optional renderer was loading: render again once one arrives. */
  readonly pending: boolean;
  readonly generation: number;
}

function render(key: number, tokens: Token[], length: number, frozen: boolean, options: MarkdownOptions): Block {
  const {fragment, pending} = renderBlock(tokens, options);
  return {key, tokens, length, frozen, fragment, pending, generation: pluginGeneration};
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
    this.frozen = this.frozen.map((block) =>
      isStale(block) ? render(block.key, block.tokens, block.length, true, this.options!) : block,
    );
    this.text = source;
    this.streaming = streaming;
    this.lexRest();
    return this.blocks;
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
        before !== undefined && !before.frozen && !isStale(before) && before.tokens[0]?.raw === group.tokens[0]?.raw;
      return unchanged ? before : undefined;
    });
    const toRender = groups.filter((_group, position) => kept[position] === undefined);
    const fresh = renderBlocks(toRender.map((group) => group.tokens), options);
    const live: Block[] = [];
    groups.forEach((group, position) => {
      const key = firstKey + position;
      const freeze = exact && live.length === 0 && (!this.streaming || position < groups.length - 1);
      let block = kept[position];
      if (!block) {
        const {fragment, pending} = fresh.shift()!;
        block = {key, tokens: group.tokens, length: group.length, frozen: freeze, fragment, pending, generation: pluginGeneration};
      }
      block.frozen = freeze;
      block.length = group.length;
      if (freeze) {
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
