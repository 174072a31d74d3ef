/**
 * While a reply streams, its last block often ends inside inline markdown
 * that the next chunk will close: `**bold`, `` `code``, `[a link](http://ex`.
 * Parsed as it is, that shows raw markers until they close. This gives the
 * text to parse instead, with the unfinished end shown as it will end:
 * open emphasis and code spans are closed, a link still being written shows
 * its label (never a half-written URL), a half-written image nothing, and
 * a marker with nothing after it yet is left out. Only the last block
 * changes, only while streaming; the finished text is parsed as it is.
 * DOM-free.
 */

export interface ClosedText {
  /** The text to parse. */
  text: string;
  /** Length of the prefix `text` shares with the original: nothing before it changed. */
  stable: number;
}

interface Open {
  kind: 'emphasis' | 'code' | 'label' | 'image' | 'destination';
  /** Where the marker starts in the tail. */
  at: number;
  /** The marker (`**`, `_`, `~~`, a run of backticks). */
  marker: string;
  /** `destination`: where the label's `]` is. */
  labelEnd?: number;
}

const fenceLine = /^ {0,3}(`{3,}|~{3,})/gm;
const space = /\s/;

/** The start of the last block: after the last blank line. */
function tailStart(text: string): number {
  const blank = /\n[ \t]*\n/g;
  let start = 0;
  for (let match = blank.exec(text); match; match = blank.exec(text)) start = match.index + match[0].length;
  return start;
}

/** True when the tail is not inline text to close: code (fenced or indented), a table, display math. */
function notInline(text: string, tail: string): boolean {
  if ((text.match(fenceLine)?.length ?? 0) % 2 === 1) return true;
  if (/^( {4}|\t)/.test(tail)) return true;
  const lastLine = tail.slice(tail.lastIndexOf('\n') + 1);
  if (/^\s*\|/.test(lastLine)) return true;
  return (tail.split('$$').length - 1) % 2 === 1;
}

/** Scans the tail and returns the inline constructs still open at its end, innermost last. */
function openAtEnd(tail: string): Open[] {
  const stack: Open[] = [];
  const top = () => stack.at(-1);
  for (let i = 0; i < tail.length;) {
    const char = tail[i]!;
    const open = top();
    if (open?.kind === 'code') {
      const run = /^`+/.exec(tail.slice(i))?.[0];
      if (run === open.marker) stack.pop();
      i += run?.length ?? 1;
      continue;
    }
    if (open?.kind === 'destination') {
      if (char === ')') stack.pop();
      i++;
      continue;
    }
    if (char === '\\') {
      i += 2;
      continue;
    }
    if (char === '`') {
      const run = /^`+/.exec(tail.slice(i))![0];
      stack.push({kind: 'code', at: i, marker: run});
      i += run.length;
      continue;
    }
    if (char === '*' || char === '_' || char === '~') {
      const run = new RegExp(`^\\${char}+`).exec(tail.slice(i))![0];
      const before = tail[i - 1];
      const after = tail[i + run.length];
      const leftFlanking = after !== undefined && !space.test(after);
      const rightFlanking = before !== undefined && !space.test(before);
      const intraword = char === '_' && leftFlanking && rightFlanking && /\w/.test(before!) && /\w/.test(after!);
      if (char === '~' && run.length === 1 && after === undefined) {
        // The first half of a `~~` still arriving.
        stack.push({kind: 'emphasis', at: i, marker: run});
        i += run.length;
        continue;
      }
      if ((char === '~' && run.length !== 2) || intraword) {
        i += run.length;
        continue;
      }
      const opener = stack.findLastIndex((item) => item.kind === 'emphasis' && item.marker === run);
      if (rightFlanking && opener !== -1) stack.splice(opener);
      else if (leftFlanking || after === undefined) stack.push({kind: 'emphasis', at: i, marker: run});
      i += run.length;
      continue;
    }
    if (char === '[') {
      const image = tail[i - 1] === '!';
      stack.push({kind: image ? 'image' : 'label', at: image ? i - 1 : i, marker: '['});
      i++;
      continue;
    }
    if (char === ']' && (open?.kind === 'label' || open?.kind === 'image')) {
      stack.pop();
      // `[label]` at the very end: its `(` may be next.
      const next = i + 1 === tail.length ? '(' : tail[i + 1];
      if (next === '(') {
        stack.push({kind: open.kind === 'image' ? 'image' : 'destination', at: open.at, marker: '](', labelEnd: i});
        i += 2;
        if (open.kind === 'image') {
          // An image's source is not shown at all: wait for it to close.
          const close = tail.indexOf(')', i);
          if (close !== -1) {
            stack.pop();
            i = close + 1;
          } else i = tail.length;
        }
        continue;
      }
      i++;
      continue;
    }
    i++;
  }
  return stack;
}

/**
 * The text to parse while `text` is still being written (see above);
 * `text` itself when its end has nothing open.
 */
export function closeOpenInline(text: string): ClosedText {
  const start = tailStart(text);
  const tail = text.slice(start);
  if (tail.trim() === '' || notInline(text, tail)) return {text, stable: text.length};
  const open = openAtEnd(tail);
  if (open.length === 0) return {text, stable: text.length};

  // Cut what cannot be shown yet: a half-written image, a link's URL (its
  // label stays), the `[` of a label, and markers with nothing after them.
  let kept = tail;
  let removedBrackets: number[] = [];
  for (const item of [...open].reverse()) {
    if (item.kind === 'image') kept = kept.slice(0, item.at);
    else if (item.kind === 'destination') {
      kept = kept.slice(0, item.labelEnd);
      removedBrackets.push(item.at);
    } else if (item.kind === 'label') removedBrackets.push(item.at);
  }
  removedBrackets = removedBrackets.filter((at) => at < kept.length).sort((a, b) => b - a);
  let closers = '';
  const closing = open.filter((item) => (item.kind === 'emphasis' || item.kind === 'code') && item.at < kept.length);
  for (const item of closing.reverse()) {
    const content = kept.slice(item.at + item.marker.length);
    if (content.trim() === '' || item.at >= kept.trimEnd().length) {
      // Nothing after the marker yet: leave the marker out.
      kept = kept.slice(0, item.at);
      continue;
    }
    closers += item.marker;
  }
  for (const at of removedBrackets) if (at < kept.length) kept = kept.slice(0, at) + kept.slice(at + 1);
  // A closer must touch the text it closes: `**bold **` would not close.
  const closed = closers === '' ? kept : kept.trimEnd() + closers;
  const changedAt = firstDifference(tail, closed);
  return {text: text.slice(0, start) + closed, stable: start + changedAt};
}

function firstDifference(a: string, b: string): number {
  let index = 0;
  while (index < a.length && index < b.length && a[index] === b[index]) index++;
  return index;
}
