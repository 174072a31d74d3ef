// Finding things in the rendered widget: parts and selectors through every
// shadow root, and the texts of the rendered messages.
import {until} from './wait.js';

type Root = Element | Document | ShadowRoot;

/** Every element matching `selector` in `root` and in every shadow root below it. */
export function deepQueryAll<E extends Element = HTMLElement>(root: Root, selector: string): E[] {
  const found: E[] = [];
  const visit = (node: Root) => {
    found.push(...(node.querySelectorAll(selector) as NodeListOf<E>));
    for (const element of node.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
    // Not `instanceof Element`: nodes of an iframe belong to another realm.
    const own = (node as Element).shadowRoot;
    if (own) visit(own);
  };
  visit(root);
  return [...new Set(found)];
}

export function deepQuery<E extends Element = HTMLElement>(root: Root, selector: string): E | null {
  return deepQueryAll<E>(root, selector)[0] ?? null;
}

/** Elements with a `part` name, below `root` through every shadow root, e.g. `parts(chat, 'message-assistant')`. */
export function parts<E extends Element = HTMLElement>(root: Root, name: string): E[] {
  return deepQueryAll<E>(root, `[part~="${name}"]`);
}

export function part<E extends Element = HTMLElement>(root: Root, name: string): E | null {
  return parts<E>(root, name)[0] ?? null;
}

/** Waits until `selector` matches below `root` (through shadow roots) and returns the first match. */
export async function untilFound<E extends Element = HTMLElement>(root: Root, selector: string, timeout?: number): Promise<E> {
  await until(() => deepQuery(root, selector) !== null, `${selector} shows`, timeout);
  return deepQuery<E>(root, selector)!;
}

/** The visible text of the rendered message contents, in order. */
export function renderedTexts(root: Root): string[] {
  return parts(root, 'message-content').map((node) => node.textContent?.trim() ?? '');
}

/** The element that has focus, looked up through every shadow root. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The DOM under `root` without Lit's comment markers, adjacent text joined: what the reader gets. */
export function markupWithoutMarkers(root: HTMLElement): string {
  const copy = root.cloneNode(true) as HTMLElement;
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) comments.push(node);
  for (const comment of comments) comment.parentNode!.removeChild(comment);
  copy.normalize();
  return copy.innerHTML;
}

/**
 * A node and its subtree as text, to compare two DOMs: elements with their
 * namespace (when not HTML) and their attributes sorted by name (attribute
 * order carries no meaning), text and other nodes as they are.
 */
export function describeTree(node: Node): string {
  // Node types rather than `instanceof`: the node may come from a frame's page.
  const children = () => [...node.childNodes].map(describeTree).join('');
  if (node.nodeType === Node.ELEMENT_NODE) {
    const element = node as Element;
    const attributes = [...element.attributes].map((a) => `${a.namespaceURI ?? ''}|${a.name}=${JSON.stringify(a.value)}`).sort();
    const namespace = element.namespaceURI === 'http://www.w3.org/1999/xhtml' ? '' : `${element.namespaceURI}|`;
    return `<${namespace}${element.localName} ${attributes.join(' ')}>${children()}</${element.localName}>`;
  }
  if (node.nodeType === Node.TEXT_NODE) return JSON.stringify(node.nodeValue);
  if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return children();
  return `[node type ${node.nodeType}: ${JSON.stringify(node.nodeValue)}]`;
}
