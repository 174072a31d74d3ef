/**
 * The text of an element as a reader sees it, for the copy buttons: a
 * hidden span, a closed `<details>`, zero-size, transparent or
 * background-coloured text is left out, so what is pasted (into a terminal,
 * say) is what was on screen. `innerText` alone keeps the last three.
 */
import {copySkipAttribute} from './copy-skip.js';

/** Elements whose content starts on a line of its own. */
const blockDisplays = /^(block|flex|grid|list-item|table|table-row|flow-root)/;

function alpha(colour: string): number {
  const match = /rgba?\(([^)]*)\)/.exec(colour);
  if (!match) return 1;
  const values = match[1]!.split(/[\s,/]+/).filter(Boolean);
  return values.length >= 4 ? Number.parseFloat(values[3]!) : 1;
}

/** The first opaque-ish background behind `element`, as a computed colour, or ''. */
function backgroundOf(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null) {
    const background = getComputedStyle(node).backgroundColor;
    if (alpha(background) > 0) return background;
  }
  return '';
}

function unseen(element: Element, style: CSSStyleDeclaration): boolean {
  if (element.hasAttribute(copySkipAttribute)) return true;
  if (element.hasAttribute('hidden') || style.display === 'none') return true;
  if (style.visibility === 'hidden' || style.visibility === 'collapse') return true;
  if (Number.parseFloat(style.opacity) === 0 || Number.parseFloat(style.fontSize) === 0) return true;
  if (element.getClientRects().length === 0 && style.display !== 'contents') return true;
  const rect = element.getBoundingClientRect();
  if ((rect.width === 0 || rect.height === 0) && style.overflow !== 'visible' && style.display !== 'inline') return true;
  if (alpha(style.color) === 0) return true;
  return style.color === backgroundOf(element);
}

/** Markers for breaks the layout makes, resolved once the text is collected. */
const space = '\u0001';
const line = '\u0002';
const paragraph = '\u0003';
const paragraphTags = new Set(['p', 'pre', 'blockquote', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr']);

function collect(node: Node, out: string[], preformatted: boolean): void {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = node.nodeValue ?? '';
    out.push(preformatted ? text : text.replace(/\s+/g, space));
    return;
  }
  if (!(node instanceof Element)) return;
  const style = getComputedStyle(node);
  if (unseen(node, style)) return;
  if (node.localName === 'br') {
    out.push('\n');
    return;
  }
  const block = blockDisplays.test(style.display);
  const pre = preformatted || /^pre/.test(style.whiteSpace) || style.whiteSpace === 'break-spaces';
  const breakMark = paragraphTags.has(node.localName) ? paragraph : line;
  if (block) out.push(breakMark);
  const closed = node instanceof HTMLDetailsElement && !node.open;
  for (const child of node.childNodes) {
    if (closed && !(child instanceof Element && child.localName === 'summary')) continue;
    collect(child, out, pre);
  }
  if (block) out.push(breakMark);
}

/** The visible text of `root`: lines as laid out, hidden content left out. */
export function visibleText(root: Element): string {
  const out: string[] = [];
  const style = getComputedStyle(root);
  const pre = /^pre/.test(style.whiteSpace) || style.whiteSpace === 'break-spaces';
  for (const child of root.childNodes) collect(child, out, pre);
  return (
    out
      .join('')
      // eslint-disable-next-line no-control-regex -- the markers are control characters on purpose
      .replace(/^[\u0001-\u0003]+|[\u0001-\u0003]+$/g, '')
      // eslint-disable-next-line no-control-regex -- the markers are control characters on purpose
      .replace(/[\u0001-\u0003\n]+/g, (run) => {
        // A break the layout makes merges with the line ends around it.
        const ends = run.split('\n').length - 1;
        if (run.includes(paragraph)) return '\n'.repeat(Math.max(2, ends));
        if (run.includes(line)) return '\n'.repeat(Math.max(1, ends));
        return ends > 0 ? '\n'.repeat(ends) : ' ';
      })
  );
}
