/**
 * Text shown as it is (no markdown: `plain-text`, or a message past the
 * markdown size limit), cut into blocks of a few kilobytes, each its own
 * element: the browser lays out a new block without laying out the ones
 * before it again, and a long text goes on screen a few blocks per frame.
 */
import {textWithBreaks} from './long-runs.js';

/** Where a plain block is cut: at the first line end past this many characters. */
const blockChars = 8192;
/** A line longer than this is cut at a space (or anywhere) rather than kept whole. */
const maxBlockChars = 16384;
/** Lines in one block at most: laying out a line costs more than its characters. */
const blockLines = 100;

/**
 * The end of the plain block starting at `start`: after its `blockLines`th
 * line, or after the first line end past `blockChars` characters (a line
 * longer than `maxBlockChars` is cut at a space, or anywhere), or at the end
 * of the text.
 */
export function plainBlockEnd(text: string, start: number): number {
  let lastLine = start - 1;
  for (let line = 0; line < blockLines; line++) {
    lastLine = text.indexOf('\n', lastLine + 1);
    if (lastLine < 0 || lastLine - start > blockChars) break;
  }
  if (lastLine >= 0 && lastLine - start <= blockChars && lastLine + 1 < text.length) return lastLine + 1;
  if (text.length - start <= blockChars) return text.length;
  const lineEnd = text.indexOf('\n', start + blockChars);
  if (lineEnd >= 0 && lineEnd - start <= maxBlockChars) return lineEnd + 1;
  const limit = start + maxBlockChars;
  if (text.length <= limit) return text.length;
  const space = text.lastIndexOf(' ', limit);
  return space > start + blockChars ? space + 1 : limit;
}

/** One plain block: a `div` of its text, line breaks kept by CSS, runs longer than `maxRun` breakable. */
export function plainFragment(text: string, maxRun?: number): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const block = document.createElement('div');
  block.className = 'plain-block';
  // The line end that closes the block is the end of the div.
  block.append(...textWithBreaks(text.endsWith('\n') ? text.slice(0, -1) : text, maxRun));
  fragment.append(block);
  return fragment;
}
