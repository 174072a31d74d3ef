// A long text's blocks and their groups are kept up to date in place: a
// call that adds blocks to a long text looks at the blocks it added and the
// groups they are in, not at every block before them. Copying every block
// and every group each frame made a 4 MB reply take 6.5 times a 1 MB one.
import {expect} from '@open-wc/testing';
import {blocksPerGroup} from '../../src/render/block-groups.js';
import {blockItems, GroupedBlocks, type BlockItem} from '../../src/render/grouped-blocks.js';
import {MarkdownStream, type RenderedBlock, loadGrowingBlocks} from '../../src/render/markdown-stream.js';

const options = {inlineMath: false};

/** A stand-in block: only its identity matters here. */
const block = (key: number): RenderedBlock => ({
  key,
  frozen: true,
  fragment: document.createDocumentFragment(),
  take: () => document.createDocumentFragment(),
});

const groupsOf = (items: readonly BlockItem[]) => items.filter((item) => 'group' in item);
const groupArrays = (items: readonly BlockItem[]) => groupsOf(items).map((item) => item.blocks);

describe('GroupedBlocks', () => {
  it('gives the first blocksPerGroup blocks on their own, then the others in groups of blocksPerGroup', () => {
    const grouped = new GroupedBlocks();
    const count = blocksPerGroup * 3 + 7;
    for (let i = 0; i < count; i++) grouped.set(i, block(i));
    const items = blockItems(grouped.blocks);
    expect(items).to.have.length(blocksPerGroup + 3);
    expect(items.slice(0, blocksPerGroup)).to.deep.equal(grouped.blocks.slice(0, blocksPerGroup));
    expect(groupsOf(items).map((item) => item.group)).to.deep.equal([1, 2, 3]);
    expect(groupArrays(items).flat()).to.deep.equal(grouped.blocks.slice(blocksPerGroup));
    // The same as the items made afresh from a copy of the blocks.
    expect(blockItems([...grouped.blocks])).to.deep.equal(items);
  });

  it('makes a group again only when one of its blocks changed', () => {
    const grouped = new GroupedBlocks();
    for (let i = 0; i < blocksPerGroup * 4 + 10; i++) grouped.set(i, block(i));
    const before = groupArrays(blockItems(grouped.blocks));
    // More blocks at the end, the same block set again, and one block in the second group replaced.
    for (let i = blocksPerGroup * 4 + 10; i < blocksPerGroup * 5 + 3; i++) grouped.set(i, block(i));
    grouped.set(blocksPerGroup + 1, grouped.blocks[blocksPerGroup + 1]!);
    grouped.set(blocksPerGroup * 2 + 5, block(-1));
    const after = groupArrays(blockItems(grouped.blocks));
    expect(after).to.have.length(5);
    expect(after[0]).to.equal(before[0]);
    expect(after[1]).to.not.equal(before[1]);
    expect(after[1]![5]!.key).to.equal(-1);
    expect(after[2]).to.equal(before[2]);
    expect(after[3]).to.not.equal(before[3]);
    expect(after[3]).to.deep.equal(grouped.blocks.slice(blocksPerGroup * 4, blocksPerGroup * 5));
  });

  it('leaves the first blocks when truncated, and the last group with them', () => {
    const grouped = new GroupedBlocks();
    for (let i = 0; i < blocksPerGroup * 3 + 10; i++) grouped.set(i, block(i));
    blockItems(grouped.blocks);
    grouped.truncate(blocksPerGroup * 2 + 3);
    const items = blockItems(grouped.blocks);
    expect(groupArrays(items).map((blocks) => blocks.length)).to.deep.equal([blocksPerGroup, 3]);
    grouped.truncate(5);
    expect(blockItems(grouped.blocks)).to.deep.equal(grouped.blocks.slice(0, 5));
  });
});

// These tests drive streams synchronously: the code that grows long blocks (loaded on first use) is there first.
before(() => loadGrowingBlocks());

describe('A long text rendered over several calls', function () {
  this.timeout(120_000);

  it('keeps its array of blocks, and the groups no call added blocks to', () => {
    const text = Array.from({length: blocksPerGroup * 8}, (_, i) => `$$x_{${i}}^2 + y$$\n\n`).join('');
    const stream = new MarkdownStream();
    const blocks = stream.update(text, options, false);
    let groups = groupArrays(blockItems(blocks));
    let calls = 1;
    while (!stream.complete) {
      expect(stream.update(text, options, false)).to.equal(blocks);
      const now = groupArrays(blockItems(blocks));
      // A call adds at most blocksPerGroup blocks: they fill at most the last group and start one more.
      const kept = now.filter((group, index) => group === groups[index]).length;
      expect(kept).to.be.at.least(groups.length - 1);
      groups = now;
      calls++;
    }
    expect(calls, 'the text took several calls').to.be.greaterThan(2);
    expect(blocks).to.have.length(blocksPerGroup * 8);
    expect(groupArrays(blockItems(blocks)).flat()).to.deep.equal(blocks.slice(blocksPerGroup));
  });
});
