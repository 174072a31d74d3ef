/**
 * When a table, list or fenced code block at the end of a text is long
 * enough to grow in place (growing-block.ts) rather than be lexed again as
 * a whole. Apart from growing-block.ts, which loads on first use: the
 * stream reads these to know when to fetch it.
 */

/** A block shorter than this is simply lexed again as a whole: cheap, and the common case. */
export const growingMinLength = 2048;

/** A last block this long fetches the code that grows blocks, so it is there by `growingMinLength`. */
export const growingPreloadLength = 512;

/** The kinds of block that can grow in place. */
export const growingTypes: ReadonlySet<string> = new Set(['table', 'list', 'code']);
