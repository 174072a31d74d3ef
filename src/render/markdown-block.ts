/**
 * One block of a message's text (a paragraph, a list, a table, a code
 * block…) as the streaming renderer keeps it: its place in the text, whether
 * it is finished (frozen), and its sanitized nodes until the page takes them.
 */
import type {Token} from 'marked';
import type {Enhancer} from './fragment-directive.js';
import {pluginGeneration} from './lazy.js';

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

export interface BlockRender {
  fragment: DocumentFragment;
  /** An optional renderer (highlighting, math) was still loading: render again when it arrives. */
  pending: boolean;
}

/** Renders a block's text again, for a block that gave its nodes away or waited for a renderer. */
export type Rerender = (block: Block) => BlockRender;

export class Block implements RenderedBlock {
  frozen = false;
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
  /**
   * Its text has a `[` (and is not only definitions): it may hold a
   * reference link that a definition later in the message resolves. Only
   * such blocks are rendered again when a definition arrives.
   */
  mayUseReferences: boolean;
  readonly key: number;
  /**
   * The enhancer the page ran on the nodes it took (copy buttons, image
   * placeholders): nodes a growing block adds to them later get it too.
   */
  enhancer?: Enhancer;
  private nodes?: DocumentFragment;
  private readonly rerender: Rerender;

  constructor(key: number, source: string, start: number, tokens: Token[], length: number, rerender: Rerender, rendered?: BlockRender) {
    this.key = key;
    this.source = source;
    this.start = start;
    this.tokens = tokens;
    this.length = length;
    this.nodes = rendered?.fragment;
    this.pending = rendered?.pending ?? false;
    this.mayUseReferences = !tokens.every((token) => token.type === 'def') && this.text.includes('[');
    this.generation = pluginGeneration;
    this.rerender = rerender;
  }

  /** The block's own text. */
  get text(): string {
    return this.source.slice(this.start, this.start + this.length);
  }

  get fragment(): DocumentFragment {
    if (!this.nodes || this.stale) this.refresh();
    return this.nodes!;
  }

  /** True when the block waited for an optional renderer that has loaded since. */
  get stale(): boolean {
    return this.pending && this.generation !== pluginGeneration;
  }

  take(): DocumentFragment {
    const nodes = this.fragment;
    this.nodes = undefined;
    return nodes;
  }

  enhancedWith(enhancer: Enhancer | undefined): void {
    this.enhancer = enhancer;
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

  /** A frozen copy at the same place, rendered afresh: a new object, so the page inserts its new nodes. */
  renewed(): Block {
    const renewed = new Block(this.key, this.source, this.start, [], this.length, this.rerender);
    renewed.mayUseReferences = this.mayUseReferences;
    renewed.freeze();
    renewed.refresh();
    return renewed;
  }
}
