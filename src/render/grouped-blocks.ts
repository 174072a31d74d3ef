/**
 * A text's blocks as the page shows them: the first `blocksPerGroup` on
 * their own, the others in groups of that many (see markdown-view.ts).
 *
 * The list is kept up to date in place by the text's renderer, a block at a
 * time, so a frame that adds 256 blocks to a text of 200,000 costs 256
 * steps, not 200,000: the array of blocks is not copied, and a group is
 * made again (a new array, which tells the page to look at it) only when
 * one of its blocks changed. Copying every block and every group each
 * frame made a long text's render grow with the square of its length, in
 * the copies and in the garbage collections they caused.
 */
import {blocksPerGroup} from './block-groups.js';
import type {RenderedBlock} from './markdown-block.js';

/** A group of blocks past the first `blocksPerGroup`: `group` is its place (1 for the first group). */
export interface BlockGroup {
  readonly group: number;
  readonly blocks: readonly RenderedBlock[];
}

/** A block on its own, or a group of blocks. */
export type BlockItem = RenderedBlock | BlockGroup;

/** The items of the arrays that a GroupedBlocks keeps: the page asks for them by the array it was given. */
const keptItems = new WeakMap<readonly RenderedBlock[], GroupedBlocks>();

/** The items of a fresh array of blocks, made once. */
function itemsOf(blocks: readonly RenderedBlock[]): readonly BlockItem[] {
  if (blocks.length <= blocksPerGroup) return blocks;
  const items: BlockItem[] = blocks.slice(0, blocksPerGroup);
  for (let first = blocksPerGroup; first < blocks.length; first += blocksPerGroup) {
    items.push({group: first / blocksPerGroup, blocks: blocks.slice(first, first + blocksPerGroup)});
  }
  return items;
}

/** The first `blocksPerGroup` blocks, then the others in groups: kept up to date for a GroupedBlocks' array, else made. */
export function blockItems(blocks: readonly RenderedBlock[]): readonly BlockItem[] {
  return keptItems.get(blocks)?.items() ?? itemsOf(blocks);
}

export class GroupedBlocks<T extends RenderedBlock = RenderedBlock> {
  /** The blocks, changed in place. */
  readonly blocks: T[] = [];
  /**
   * The first `blocksPerGroup` blocks, then the groups: made once the text
   * has more blocks than that. Until then the items are the blocks
   * themselves, so a short text (most messages) keeps one array, not two.
   */
  private grouped?: BlockItem[];
  /** Groups (by place) with a block changed since the items were last asked for. */
  private changed?: Set<number>;

  constructor() {
    keptItems.set(this.blocks, this);
  }

  /** Puts `block` at `index` (at most the length: one more block). */
  set(index: number, block: T): void {
    if (this.blocks[index] === block) return;
    this.blocks[index] = block;
    if (index < blocksPerGroup) {
      if (this.grouped) this.grouped[index] = block;
    } else (this.changed ??= new Set()).add(Math.floor(index / blocksPerGroup));
  }

  /** Leaves the first `length` blocks. */
  truncate(length: number): void {
    if (length >= this.blocks.length) return;
    this.blocks.length = length;
    if (length <= blocksPerGroup) {
      this.grouped = undefined;
      this.changed = undefined;
      return;
    }
    const groups = Math.ceil(length / blocksPerGroup);
    if (this.grouped) this.grouped.length = blocksPerGroup + groups - 1;
    const changed = (this.changed ??= new Set());
    if (length % blocksPerGroup !== 0) changed.add(groups - 1);
    for (const group of changed) if (group >= groups) changed.delete(group);
  }

  /** The items as the page renders them; only the groups whose blocks changed are new objects. */
  items(): readonly BlockItem[] {
    if (this.blocks.length <= blocksPerGroup) return this.blocks;
    const grouped = (this.grouped ??= this.blocks.slice(0, blocksPerGroup));
    for (const group of this.changed ?? []) {
      const first = group * blocksPerGroup;
      grouped[blocksPerGroup + group - 1] = {group, blocks: this.blocks.slice(first, first + blocksPerGroup)};
    }
    this.changed = undefined;
    return grouped;
  }
}
