/**
 * The one gate between HTML strings and the DOM: DOMPurify, configured for
 * chat messages. Everything a message renders (markdown, highlighted code,
 * math) passes through `sanitizeToFragment`; nothing else in chat-blocks
 * turns a string into HTML.
 */
import DOMPurify from 'dompurify';
import {allImages, blockImages, type ImagePolicy} from './image-policy.js';
import {isLocalUrl, safeUrl} from './urls.js';

/**
 * Elements a message may not bring: page-wide styling and metadata, forms
 * and controls (the widget's own controls are its own), and embedded
 * documents. Scripts are always removed by DOMPurify.
 */
const forbiddenTags = [
  'style',
  'link',
  'base',
  'meta',
  'title',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'optgroup',
  'datalist',
  'output',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'dialog',
  'template',
  'noscript',
  'map',
  'area',
  'marquee',
];

/**
 * Attributes a message may not use: inline styles (they could cover the
 * page), focus and popover control, autoplay, and Web Component hooks that
 * would let a message pose as one of the widget's parts.
 */
const forbiddenAttributes = [
  'style',
  'autofocus',
  'tabindex',
  'accesskey',
  'contenteditable',
  'popover',
  'popovertarget',
  'popovertargetaction',
  'autoplay',
  'srcset',
  'formaction',
  'action',
  'part',
  'exportparts',
  'slot',
  'is',
  'ping',
  'background',
];

/** Attributes whose value is loaded as media, and those followed as links. */
const mediaAttributes = new Set(['src', 'poster']);
const linkAttributes = new Set(['href', 'xlink:href', 'cite']);

/**
 * Classes a message may carry: the ones our renderers emit (code languages,
 * highlight.js and KaTeX output). Any other class could borrow the widget's
 * own styles.
 */
const allowedClass = /^(?:language-[\w+#.-]+|hljs(?:-[\w-]+)?|katex(?:-[\w-]+)?|math-(?:inline|display|source)|task-(?:done|open))$/;

/** Elements that fetch what a message names: sent without the page's address as referrer. */
const mediaElements = new Set(['img', 'video', 'audio', 'source', 'track']);

/** Wraps each part of a batch; only allowed while a batch is sanitized. */
const partTag = 'chat-blocks-part';
let batching = false;
/** The `image-sources` policy of the call under way: applied on the inert tree, before any image exists in the page. */
let images: ImagePolicy = allImages;

/**
 * Our own DOMPurify instance, so the hooks below never touch (or are touched
 * by) a DOMPurify the page uses itself. Made on first use, not at import:
 * it needs a `window`, and chat-blocks is also imported where there is none
 * (server rendering, tests in Node).
 */
let purify: ReturnType<typeof DOMPurify> | undefined;

function createPurify(): ReturnType<typeof DOMPurify> {
  const purify = DOMPurify(window);
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    const name = data.attrName;
    if (mediaAttributes.has(name) || linkAttributes.has(name)) {
      const safe = safeUrl(data.attrValue, mediaAttributes.has(name) ? 'media' : 'link');
      if (safe === undefined) data.keepAttr = false;
      else data.attrValue = safe;
    } else if (name === 'class') {
      data.attrValue = data.attrValue
        .split(/\s+/)
        .filter((token) => allowedClass.test(token))
        .join(' ');
      if (data.attrValue === '') data.keepAttr = false;
    }
  });

  purify.addHook('afterSanitizeAttributes', (node) => {
    // A host a message names learns nothing of the page that shows it.
    if (mediaElements.has(node.localName)) node.setAttribute('referrerpolicy', 'no-referrer');
    blockImages(node, images);
    if (node.localName !== 'a') return;
    const href = node.getAttribute('href') ?? node.getAttribute('xlink:href');
    if (href === null) return;
    // Links open in a new tab and give that tab no way back to the page.
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
    // A blob: or data: URL is a file the user receives, never a page to open.
    if (isLocalUrl(href)) node.setAttribute('download', '');
  });

  // Set once, rather than passed on each call, because DOMPurify parses a
  // passed configuration every time.
  purify.setConfig({
    RETURN_DOM_FRAGMENT: true,
    FORBID_TAGS: forbiddenTags,
    FORBID_ATTR: forbiddenAttributes,
    ALLOW_DATA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    // Message ids and names get a prefix, so they cannot clobber ours.
    SANITIZE_NAMED_PROPS: true,
    CUSTOM_ELEMENT_HANDLING: {
      tagNameCheck: (name: string) => batching && name === partTag,
      attributeNameCheck: () => false,
      allowCustomizedBuiltInElements: false,
    },
  });
  return purify;
}

/**
 * Sanitizes with the configuration set in `createPurify`. Throws when
 * DOMPurify gives no fragment: some input (a `<frameset>`) makes it return
 * `null` in fragment mode.
 */
function sanitizeWithConfig(html: string, policy: ImagePolicy): DocumentFragment {
  purify ??= createPurify();
  images = policy;
  let result: unknown;
  try {
    result = purify.sanitize(html);
  } finally {
    images = allImages;
  }
  if (!(result instanceof DocumentFragment)) throw new Error(`the sanitizer returned ${result === null ? 'null' : typeof result}`);
  return result;
}

let warned = false;

/**
 * What a piece the sanitizer cannot handle shows instead: its text without
 * markup, as one text node (which nothing can make live). The failure goes to
 * the console once, and no other piece is touched.
 */
function asPlainText(html: string, error: unknown): DocumentFragment {
  if (!warned) {
    warned = true;
    console.warn('chat-blocks: a message could not be rendered and is shown as plain text:', error);
  }
  const fragment = document.createDocumentFragment();
  fragment.append(html.replace(/<[^>]*>/g, ''));
  return fragment;
}

/** How many times sanitization ran; tests read it to prove caching works. */
export const sanitizeStats = {count: 0};

/**
 * Sanitizes untrusted HTML into inert DOM nodes. Images `policy` does not
 * allow keep their URL only in a `data-blocked-*` attribute.
 */
export function sanitizeToFragment(html: string, policy: ImagePolicy = allImages): DocumentFragment {
  sanitizeStats.count++;
  try {
    return sanitizeWithConfig(html, policy);
  } catch (error) {
    return asPlainText(html, error);
  }
}

/**
 * Sanitizes several pieces of HTML at once (one parse instead of one per
 * piece: a long history renders much faster) and returns one fragment per
 * piece. Each piece is wrapped in an element; if the result does not hold
 * exactly those wrappers, in order, each piece is sanitized on its own.
 */
export function sanitizeParts(htmls: readonly string[], policy: ImagePolicy = allImages): DocumentFragment[] {
  const alone = (html: string) => sanitizeToFragment(html, policy);
  if (htmls.length < 2) return htmls.map(alone);
  sanitizeStats.count++;
  let batch: DocumentFragment | undefined;
  batching = true;
  try {
    batch = sanitizeWithConfig(htmls.map((html) => `<${partTag}>${html}</${partTag}>`).join(''), policy);
  } catch {
    // One piece spoiled the batch: each on its own (below, with the wrapper
    // no longer allowed), so only that one shows as text.
  } finally {
    batching = false;
  }
  if (!batch) return htmls.map(alone);
  const wrappers = [...batch.childNodes];
  const intact =
    wrappers.length === htmls.length &&
    wrappers.every((node) => node.nodeName.toLowerCase() === partTag) &&
    batch.querySelectorAll(partTag).length === htmls.length;
  if (!intact) return htmls.map(alone);
  return wrappers.map((wrapper) => {
    const fragment = document.createDocumentFragment();
    fragment.append(...wrapper.childNodes);
    return fragment;
  });
}
