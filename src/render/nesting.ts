/**
 * Bounds how deep markdown nests before it is parsed. marked parses
 * blockquotes and lists by recursion, once per level: 2,000 `>` in a row, a
 * chain of `- ` markers or a list indented 5,000 levels deep overflow its
 * stack or take seconds. Here, on each line, the container markers past
 * `maxMarkdownDepth` are escaped (they show as text), and a list item or
 * quote indented past `maxMarkdownDepth` levels is moved back to that depth.
 * Code blocks are not told apart: a code line that starts with more than
 * that many markers, or with a marker after that much indentation, is rare
 * enough to pay for a bound that no fence trick can get around.
 */

/** The deepest blockquote or list nesting that renders as markup. */
export const maxMarkdownDepth = 16;

/**
 * Columns of indentation kept before a marker: 6 levels of 4-space lists,
 * 12 of 2-space ones. marked lexes a nested item's text again at each level
 * below it, so a long list indented deeper costs its size times its depth
 * in one task: 3,000 items 21 levels deep took 2.6 s, at this bound about
 * half as long as at 64 columns.
 */
export const maxListIndent = 24;
const maxIndent = maxListIndent;

/** One container marker with the spaces after it: `>`, a bullet or an ordinal. */
const containerMarker = /^[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]*/;

/** Characters that can start a line that nests: indentation, `>`, bullets, ordinals. */
function mayNest(code: number): boolean {
  // tab, space, >, -, +, *, 0-9
  return code === 9 || code === 32 || code === 62 || code === 45 || code === 43 || code === 42 || (code >= 48 && code <= 57);
}

/** Escapes the marker at the start of `rest`: `>` → `\>`, `-` → `\-`, `1.` → `1\.`. */
function escapeMarker(rest: string): string {
  const marker = /^[ \t]*\d*/.exec(rest)![0];
  return `${marker}\\${rest.slice(marker.length)}`;
}

/** The line with its nesting bounded (the same string when it was within bounds). */
function boundLine(line: string): string {
  let rest = line;
  let prefix = '';
  let depth = 0;
  for (let match = containerMarker.exec(rest); match; match = containerMarker.exec(rest)) {
    if (depth === 0 && match[0].length > maxIndent) {
      // Indented past the bound: keep the marker, drop the extra columns.
      const indent = /^[ \t]*/.exec(rest)![0].length;
      if (indent > maxIndent) rest = rest.slice(indent - maxIndent);
      match = containerMarker.exec(rest)!;
    }
    if (depth === maxMarkdownDepth) return prefix + escapeMarker(rest);
    depth++;
    prefix += match[0];
    rest = rest.slice(match[0].length);
  }
  return depth === 0 ? line : prefix + rest;
}

/** `src` with no blockquote or list nested deeper than `maxMarkdownDepth`. */
export function boundNesting(src: string): string {
  let lines: string[] | undefined;
  let start = 0;
  let index = 0;
  while (start <= src.length) {
    let end = src.indexOf('\n', start);
    if (end < 0) end = src.length;
    let line: string | undefined;
    if (mayNest(src.charCodeAt(start))) {
      const original = src.slice(start, end);
      const bounded = boundLine(original);
      if (bounded !== original && lines === undefined) lines = src.slice(0, start).split('\n').slice(0, index);
      line = bounded;
    }
    lines?.push(line ?? src.slice(start, end));
    start = end + 1;
    index++;
  }
  return lines ? lines.join('\n') : src;
}

/**
 * The nesting bound of a text that grows (a streamed reply, and a long text
 * rendered a slice per frame): each complete line is bounded once, and only
 * the unfinished last line again on each call. The bounded text then grows
 * the way the text does, so what the stream froze stays a prefix of it and
 * the stream never needs to lex the whole text again because a line was
 * rewritten (lexing an already bounded text leaves it as it is).
 */
export class GrowingNestingBound {
  /** The text's complete lines as last seen, and their bounded form. */
  private lines = '';
  private boundedLines = '';
  /** Whether a line was bounded: until then the bounded text is the text itself, with no copy made. */
  private rewritten = false;

  bound(text: string): string {
    if (!text.startsWith(this.lines)) {
      this.lines = this.boundedLines = '';
      this.rewritten = false;
    }
    const lineEnd = text.lastIndexOf('\n') + 1;
    if (lineEnd > this.lines.length) {
      const added = text.slice(this.lines.length, lineEnd);
      const bounded = boundNesting(added);
      if (this.rewritten) this.boundedLines += bounded;
      else if (bounded !== added) {
        this.rewritten = true;
        this.boundedLines = this.lines + bounded;
      }
      this.lines = text.slice(0, lineEnd);
    }
    const last = text.slice(lineEnd);
    const boundedLast = boundNesting(last);
    if (!this.rewritten) return boundedLast === last ? text : text.slice(0, lineEnd) + boundedLast;
    return this.boundedLines + boundedLast;
  }
}
