/**
 * The fallback sanitizer, for browsers without the HTML Sanitizer API:
 * DOMPurify, configured with the rules of sanitize-rules.ts. It is a chunk
 * of its own in the page bundle, fetched only where it is needed.
 */
import DOMPurify from 'dompurify';
import {allImages, type ImagePolicy} from './image-policy.js';
import {
  allowedAttributes,
  allowedElements,
  attributeValue,
  droppedElements,
  finishElement,
  partTag,
  type SanitizeEngine,
} from './sanitize-rules.js';

let parts = false;
/** The `image-sources` policy of the call under way: applied on the inert tree, before any image exists in the page. */
let images: ImagePolicy = allImages;

/**
 * Our own DOMPurify instance, so the hooks below never touch (or are touched
 * by) a DOMPurify the page uses itself. Made on first use: it needs a `window`.
 */
let purify: ReturnType<typeof DOMPurify> | undefined;

function createPurify(): ReturnType<typeof DOMPurify> {
  const purify = DOMPurify(window);
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    const value = attributeValue(node.nodeName.toLowerCase(), data.attrName, data.attrValue);
    if (value === undefined) data.keepAttr = false;
    else data.attrValue = value;
  });
  purify.addHook('afterSanitizeAttributes', (node) => finishElement(node, images));
  // Set once, rather than passed on each call, because DOMPurify parses a
  // passed configuration every time.
  purify.setConfig({
    RETURN_DOM_FRAGMENT: true,
    ALLOWED_TAGS: [...allowedElements],
    ALLOWED_ATTR: [...allowedAttributes],
    FORBID_CONTENTS: droppedElements,
    ALLOW_DATA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    SANITIZE_NAMED_PROPS: true,
    CUSTOM_ELEMENT_HANDLING: {
      tagNameCheck: (name: string) => parts && name === partTag,
      attributeNameCheck: () => false,
      allowCustomizedBuiltInElements: false,
    },
  });
  return purify;
}

/** Throws when DOMPurify gives no fragment: some input (a `<frameset>`) makes it return `null` in fragment mode. */
export const purifySanitize: SanitizeEngine = (html, policy, allowParts) => {
  purify ??= createPurify();
  images = policy;
  parts = allowParts;
  let result: unknown;
  try {
    result = purify.sanitize(html);
  } finally {
    images = allImages;
    parts = false;
  }
  if (!(result instanceof DocumentFragment)) throw new Error(`the sanitizer returned ${result === null ? 'null' : typeof result}`);
  return result;
};
