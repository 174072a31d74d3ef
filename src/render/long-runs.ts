/**
 * Bounds the unbroken runs of text the browser lays out. A word of 100 KB
 * (no space, no break opportunity) costs seconds of line breaking, and a
 * saved 4.9 MB one froze a page for minutes. Runs longer than `maxRun`
 * characters (`max-unbroken-run`, default 200) get a `<wbr>` (a break
 * opportunity that adds no character: copying the text gives it back
 * unchanged) every `maxRun` characters. Text in `<pre>` (code) is left as
 * it is.
 */
import {defaultMaxUnbrokenRun} from '../core/limits.js';

export {defaultMaxUnbrokenRun};

/** The pattern of a run longer than `maxRun`, made once per cap (there is one cap per page, as a rule). */
const patterns = new Map<number, RegExp>();

function longRunPattern(maxRun: number): RegExp {
  let pattern = patterns.get(maxRun);
  if (!pattern) {
    pattern = new RegExp(`\\S{${maxRun + 1},}`, 'g');
    patterns.set(maxRun, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/** True when `text` has a run that needs breaks: a quick test before walking any DOM. `Infinity`: never. */
export function hasLongRun(text: string, maxRun = defaultMaxUnbrokenRun): boolean {
  if (!Number.isFinite(maxRun) || text.length <= maxRun) return false;
  return longRunPattern(maxRun).test(text);
}

/** `index`, or one past it when it would cut a surrogate pair in two (a break there would split an emoji). */
function charBoundary(text: string, index: number): number {
  const code = text.charCodeAt(index - 1);
  return code >= 0xd800 && code <= 0xdbff ? index + 1 : index;
}

/** `text` as nodes, with a `<wbr>` every `maxRun` characters of each long run. */
export function textWithBreaks(text: string, maxRun = defaultMaxUnbrokenRun): Node[] {
  if (!hasLongRun(text, maxRun)) return [document.createTextNode(text)];
  const nodes: Node[] = [];
  let written = 0;
  for (const match of text.matchAll(longRunPattern(maxRun))) {
    const end = match.index + match[0].length;
    for (let cut = charBoundary(text, match.index + maxRun); cut < end; cut = charBoundary(text, cut + maxRun)) {
      nodes.push(document.createTextNode(text.slice(written, cut)), document.createElement('wbr'));
      written = cut;
    }
  }
  nodes.push(document.createTextNode(text.slice(written)));
  return nodes;
}

/** Puts break opportunities into the long runs of the text nodes of `root`, outside code blocks. */
export function breakLongRuns(root: DocumentFragment | Element, maxRun = defaultMaxUnbrokenRun): void {
  if (!hasLongRun(root.textContent ?? '', maxRun)) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const long: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (hasLongRun(text.data, maxRun) && !text.parentElement?.closest('pre')) long.push(text);
  }
  for (const text of long) text.replaceWith(...textWithBreaks(text.data, maxRun));
}
