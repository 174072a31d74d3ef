/**
 * Bounds the unbroken runs of text the browser lays out. A word of 100 KB
 * (no space, no break opportunity) costs seconds of line breaking, and a
 * saved 4.9 MB one froze a page for minutes. Runs longer than
 * `maxUnbrokenRun` characters get a `<wbr>` (a break opportunity that adds
 * no character: copying the text gives it back unchanged) every
 * `maxUnbrokenRun` characters. Text in `<pre>` (code) is left as it is.
 */

/** The longest run of text without a break opportunity that is laid out as one piece. */
export const maxUnbrokenRun = 200;

const longRun = new RegExp(`\\S{${maxUnbrokenRun + 1},}`);

/** True when `text` has a run that needs breaks: a quick test before walking any DOM. */
export function hasLongRun(text: string): boolean {
  return longRun.test(text);
}

/** `text` as nodes, with a `<wbr>` every `maxUnbrokenRun` characters of each long run. */
export function textWithBreaks(text: string): Node[] {
  if (!hasLongRun(text)) return [document.createTextNode(text)];
  const nodes: Node[] = [];
  const runs = new RegExp(longRun.source, 'g');
  let written = 0;
  for (const match of text.matchAll(runs)) {
    const end = match.index + match[0].length;
    let cut = match.index + maxUnbrokenRun;
    nodes.push(document.createTextNode(text.slice(written, cut)));
    for (; cut < end; cut += maxUnbrokenRun) {
      nodes.push(document.createElement('wbr'), document.createTextNode(text.slice(cut, Math.min(cut + maxUnbrokenRun, end))));
    }
    written = end;
  }
  if (written < text.length) nodes.push(document.createTextNode(text.slice(written)));
  return nodes;
}

/** Puts break opportunities into the long runs of the text nodes of `root`, outside code blocks. */
export function breakLongRuns(root: DocumentFragment | Element): void {
  if (!hasLongRun(root.textContent ?? '')) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const long: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (hasLongRun(text.data) && !text.parentElement?.closest('pre')) long.push(text);
  }
  for (const text of long) text.replaceWith(...textWithBreaks(text.data));
}
