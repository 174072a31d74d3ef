/**
 * Blocks per group in a long text. The first this many blocks of a text
 * are its own children; the blocks after them are put in groups of this
 * many, each a `content-visibility: auto` box (see markdown-view.ts). The
 * renderer uses the same number: formulas in grouped blocks are typeset
 * when their group comes on screen (see math.ts).
 */
export const blocksPerGroup = 256;
