/**
 * Keeps a sanitized fragment to inline text: what a thought's title may
 * hold. A title sits in the widget's own chrome (a summary line), so it
 * may not bring pictures or blocks that could pose as the widget's UI: an
 * SVG or image there could draw a fake banner over the chat.
 */

/** Inline elements inline markdown makes (and harmless phrasing HTML). */
const inlineTags = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'code',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);

/** Pictures and media (and anything else not HTML or MathML): dropped, an image leaves its alt text. */
const pictureTags = new Set(['svg', 'img', 'picture', 'video', 'audio', 'canvas']);

const htmlNamespace = 'http://www.w3.org/1999/xhtml';
/** MathML (KaTeX's spoken form of a formula) stays; the clipped title box holds it. */
const mathNamespace = 'http://www.w3.org/1998/Math/MathML';

/** Removes pictures and unwraps blocks in `fragment`, in place; returns it. */
export function keepInlineOnly(fragment: DocumentFragment): DocumentFragment {
  for (const element of [...fragment.querySelectorAll('*')].reverse()) {
    const name = element.localName;
    const namespace = element.namespaceURI;
    if ((namespace === htmlNamespace && inlineTags.has(name)) || namespace === mathNamespace) continue;
    if (pictureTags.has(name) || namespace !== htmlNamespace) {
      element.replaceWith(name === 'img' ? (element.getAttribute('alt') ?? '') : '');
    } else {
      // A block (paragraph, list, heading…) keeps its text, with a space for its edge.
      element.replaceWith(...element.childNodes, ' ');
    }
  }
  return fragment;
}
