/**
 * A paragraph of thousands of lines (one markdown paragraph of short
 * lines, as a blockquote or a formula too long to typeset shows too) is one
 * inline formatting context: the browser lays out all its lines at once,
 * 0.2 to 0.4 s for 5,000 lines. Cut into runs of lines, each a block of
 * its own that skips layout off screen (`line-run`, markdown.styles.ts), it
 * lays out the runs on screen only. It looks and reads the same: each run
 * ends where a line break was, and that `<br>` goes (the end of a block
 * breaks the line instead), so the text copied keeps one line end there.
 */

/** Lines in one run; a paragraph with fewer line breaks stays as it is. */
export const linesPerRun = 100;

/** The class of a run: a message cannot give it (the sanitizer keeps only the classes our renderers emit). */
export const lineRunClass = 'line-run';

const cutTags = new Set(['P', 'LI']);

/** True when `html` has at least `linesPerRun` line breaks: a quick test before any DOM is looked at. */
function mayHaveLongParagraph(html: string): boolean {
  let count = 0;
  for (let at = html.indexOf('<br'); at >= 0; at = html.indexOf('<br', at + 3)) {
    if (++count >= linesPerRun) return true;
  }
  return false;
}

/** Cuts the paragraphs (and list items) of `root` that hold `linesPerRun` or more line breaks into runs. */
export function cutLongParagraphs(root: DocumentFragment, html: string): void {
  if (!mayHaveLongParagraph(html)) return;
  const counts = new Map<Element, number>();
  for (const br of root.querySelectorAll('br')) {
    const parent = br.parentElement;
    if (parent && cutTags.has(parent.tagName)) counts.set(parent, (counts.get(parent) ?? 0) + 1);
  }
  for (const [parent, count] of counts) if (count >= linesPerRun) cutIntoRuns(parent);
}

function cutIntoRuns(parent: Element): void {
  const runs: HTMLElement[] = [];
  let run: HTMLElement | undefined;
  let lines = 0;
  for (let node = parent.firstChild; node;) {
    const next = node.nextSibling;
    if (node.nodeName === 'BR' && run && lines === linesPerRun - 1) {
      // The line break that ends a run: the run is a block, so the line ends there anyway.
      node.remove();
      run = undefined;
    } else {
      if (!run) {
        run = document.createElement('span');
        run.className = lineRunClass;
        runs.push(run);
        lines = 0;
      }
      run.append(node);
      if (node.nodeName === 'BR') lines++;
    }
    node = next;
  }
  parent.append(...runs);
}
