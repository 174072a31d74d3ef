/**
 * The browser's own sanitizer (the HTML Sanitizer API), where it exists.
 * `Document.parseHTML` parses into a new document that has no window: no
 * script runs, no image loads, nothing is fetched while we work on it. Its
 * safe mode removes script-like content whatever the configuration says;
 * the configuration below removes what a message may never bring, with
 * everything inside it. A walk over the result then applies the rest of
 * sanitize-rules.ts, as DOMPurify applies it on the fallback path: elements
 * outside the allowed lists lose their tags and keep their text, attributes
 * outside them go, URLs, classes and ids are checked, links and media get
 * their attributes, and images the `image-sources` policy blocks lose their
 * URL, all before any node reaches the page.
 */
import type {ImagePolicy} from './image-policy.js';
import {
  allowedElements,
  attributeValue,
  droppedElements,
  finishElement,
  mathNames,
  partTag,
  svgNames,
  type SanitizeEngine,
} from './sanitize-rules.js';

/** The part of the HTML Sanitizer API used here (TypeScript's DOM types do not have it yet). */
interface SanitizerConfig {
  removeElements?: string[];
  comments?: boolean;
  processingInstructions?: string[];
}
declare const Sanitizer: new (config: SanitizerConfig) => object;
type ParseHTML = (html: string, options: {sanitizer: object}) => Document;

/** The browser's `Document.parseHTML`, or undefined where there is no HTML Sanitizer API. */
export function nativeParser(): ParseHTML | undefined {
  const parse = (Document as unknown as {parseHTML?: ParseHTML}).parseHTML;
  return typeof parse === 'function' && typeof Sanitizer === 'function' ? parse.bind(Document) : undefined;
}

const html = 'http://www.w3.org/1999/xhtml';
const svg = 'http://www.w3.org/2000/svg';
const mathml = 'http://www.w3.org/1998/Math/MathML';

const dropped = new Set(droppedElements);
/** MathML elements that hold HTML (text). */
const mathTextElements = new Set(['mi', 'mo', 'mn', 'ms', 'mtext']);
/** Names that are HTML as well as SVG. */
const htmlAndSvg = new Set(['a', 'font', 'title', 'style', 'script']);
/** Markup in text: `<` then a letter, `/` or `!`. */
const markupInText = /<[/\w!]/;

/**
 * False for an element in a place the HTML parser would only put it in by a
 * trick: SVG or MathML outside its root element, HTML inside SVG, or inside
 * MathML other than its text elements.
 */
function validNamespace(element: Element, name: string): boolean {
  const parent = element.parentElement;
  const parentNamespace = parent?.namespaceURI ?? html;
  const parentName = parent?.localName.toLowerCase() ?? '';
  switch (element.namespaceURI) {
    case svg:
      if (parentNamespace === html) return name === 'svg';
      if (parentNamespace === mathml) return name === 'svg' && mathTextElements.has(parentName);
      return svgNames.has(name);
    case mathml:
      if (parentNamespace === html) return name === 'math';
      if (parentNamespace === svg) return false;
      return mathNames.has(name);
    case html:
      if (parentNamespace === svg) return false;
      if (parentNamespace === mathml && !mathTextElements.has(parentName)) return false;
      return !mathNames.has(name) && (htmlAndSvg.has(name) || !svgNames.has(name));
    default:
      return false;
  }
}

/** True for an element whose text holds markup that its serialization would not escape (mutation XSS). */
function hidesMarkup(element: Element): boolean {
  if (!element.hasChildNodes() || element.firstElementChild) return false;
  return markupInText.test(element.textContent ?? '') && markupInText.test(element.innerHTML);
}

/** Puts the children of `element` in its place. */
function unwrap(element: Element): void {
  element.replaceWith(...element.childNodes);
}

/**
 * Checks the attributes of a kept element, last first, as DOMPurify does. By
 * name, not through `element.attributes`: that list, and an `Attr` node for
 * each attribute read from it, stay with the element for its life (0.9 KB
 * per message of a 1,000-message history in heap snapshots; README, footnote ʰ).
 */
function sanitizeAttributes(element: Element, name: string): void {
  const names = element.getAttributeNames();
  for (let index = names.length - 1; index >= 0; index--) {
    const attribute = names[index]!;
    const before = element.getAttribute(attribute)!;
    const value = attributeValue(name, attribute.toLowerCase(), before);
    if (value === undefined) element.removeAttribute(attribute);
    else if (value !== before) element.setAttribute(attribute, value);
  }
}

/** Applies the rules to every element under `root`, in document order; the iterator copes with the removals. */
function walk(root: Node, policy: ImagePolicy, parts: boolean): void {
  const document = root.ownerDocument ?? (root as Document);
  const nodes = document.createNodeIterator(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_PROCESSING_INSTRUCTION);
  nodes.nextNode();
  for (let node = nodes.nextNode(); node; node = nodes.nextNode()) {
    // HTML now parses `<?x?>` as a processing instruction; a browser whose sanitizer predates that would keep it.
    if (!(node instanceof Element)) {
      (node as ChildNode).remove();
      continue;
    }
    const element = node;
    const name = element.localName.toLowerCase();
    if (hidesMarkup(element)) element.remove();
    else if (!allowedElements.has(name)) {
      if (parts && name === partTag) element.getAttributeNames().forEach((attribute) => element.removeAttribute(attribute));
      else if (dropped.has(name)) element.remove();
      else unwrap(element);
    } else if (!validNamespace(element, name)) element.remove();
    else {
      sanitizeAttributes(element, name);
      finishElement(element, policy);
    }
  }
}

let sanitizer: object | undefined;

/** Sanitizes with the browser's HTML Sanitizer API (check `nativeParser()` first). */
export const nativeSanitize: SanitizeEngine = (markup, policy, parts) => {
  const parse = nativeParser();
  if (!parse) throw new Error('this browser has no HTML Sanitizer API');
  sanitizer ??= new Sanitizer({removeElements: droppedElements, comments: false, processingInstructions: []});
  const inert = parse(markup, {sanitizer});
  const body = inert.body;
  // The parser drops whitespace at the start of a body; DOMPurify puts it back, and so do we.
  const leading = /^[\t\n\r ]+/.exec(markup)?.[0];
  if (leading) body.prepend(leading);
  walk(body, policy, parts);
  const fragment = inert.createDocumentFragment();
  fragment.append(...body.childNodes);
  return fragment;
};
