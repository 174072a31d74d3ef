/**
 * What a message may bring into the DOM: the one rule set that both
 * sanitizers follow. The browser's own (the HTML Sanitizer API, see
 * sanitize-native.ts) and DOMPurify (the fallback, sanitize-purify.ts) each
 * parse in an inert document; then each applies these lists and these
 * functions, so both give the same DOM for the same input (a test feeds both
 * the same corpus and compares). Lower-case names throughout: HTML is
 * matched without regard to case, as DOMPurify does.
 */
import {blockImages, type ImagePolicy} from './image-policy.js';
import {isLocalUrl, safeUrl} from './urls.js';

const words = (list: string) => list.split(' ');

/**
 * HTML elements a message may use: text structure, tables, media. Left out
 * on purpose: page-wide styling and metadata (`style`, `link`, `base`,
 * `meta`), forms and controls (`form`, `input`, `button`, `select`…: the
 * widget's own controls are its own), embedded documents (`iframe`,
 * `object`, `embed`), and `dialog`, `template`, `map`/`area`, `marquee`.
 * An element left out loses its tags and keeps its text.
 */
const htmlElements = words(
  'a abbr address article aside audio b bdi bdo big blockquote br caption center cite code col colgroup data dd del details dfn div dl dt ' +
    'em fieldset figcaption figure font footer h1 h2 h3 h4 h5 h6 header hgroup hr i img ins kbd label legend li main mark nav ol p picture ' +
    'pre q rp rt ruby s samp section small source span strike strong sub summary sup table tbody td tfoot th thead time tr track tt u ul var video wbr',
);

/** SVG elements (drawings and KaTeX's stretchy symbols); no `use`, no animation, no filters, no `foreignobject`; `image` obeys `image-sources`. */
const svgElements = words(
  'svg a circle clippath defs desc ellipse g image line lineargradient marker mask path pattern polygon polyline radialgradient rect stop symbol text textpath tspan',
);

/** MathML elements (KaTeX writes MathML). */
const mathElements = words(
  'math annotation semantics menclose merror mfrac mi mmultiscripts mn mo mover mpadded mphantom mprescripts mroot mrow ms mspace msqrt ' +
    'mstyle msub msubsup msup mtable mtd mtext mtr munder munderover',
);

export const allowedElements: ReadonlySet<string> = new Set([...htmlElements, ...svgElements, ...mathElements]);
export const svgNames: ReadonlySet<string> = new Set(svgElements);
export const mathNames: ReadonlySet<string> = new Set(mathElements);

/**
 * Elements removed with everything inside them, rather than unwrapped: what
 * runs or styles (`script`, `style`), documents and frames, text the page
 * would not show (`title`, `template`, `noscript`), and the elements the
 * browser's sanitizer always removes whole (`use`).
 */
export const droppedElements = words(
  'script style template noscript noembed noframes xmp plaintext iframe frame frameset object embed applet title head use annotation-xml foreignobject',
);

/**
 * Attributes a message may use. Left out on purpose: inline styles (they
 * could cover the page), event handlers, focus and popover control
 * (`autofocus`, `tabindex`, `popover`…), `autoplay`, `srcset`, form
 * actions, `target`/`rel` (links get ours), `data-*`, and the Web Component
 * hooks (`part`, `slot`, `is`) that would let a message pose as a part of
 * the widget. `aria-*` attributes are allowed too.
 */
export const allowedAttributes: ReadonlySet<string> = new Set(
  words(
    // HTML
    'abbr align alt border cellpadding cellspacing cite class color colspan controls coords datetime dir face headers height hidden href ' +
      'hreflang id kind label lang loop muted name open poster preload reversed role rowspan scope span src srclang start summary title ' +
      'translate type valign value width xmlns ' +
      // SVG (lower-cased, as matched)
      'viewbox preserveaspectratio d fill fill-opacity fill-rule stroke stroke-width stroke-linecap stroke-linejoin stroke-dasharray ' +
      'stroke-dashoffset stroke-miterlimit stroke-opacity opacity transform x y x1 x2 y1 y2 cx cy r rx ry points font-size font-family ' +
      'font-weight text-anchor dominant-baseline dx dy gradientunits gradienttransform offset stop-color stop-opacity clip-path clip-rule ' +
      'mask marker-start marker-mid marker-end markerwidth markerheight refx refy orient patternunits version xlink:href ' +
      // MathML
      'display mathvariant encoding accent accentunder stretchy fence separator lspace rspace columnalign rowalign columnspacing rowspacing ' +
      'columnlines rowlines frame framespacing displaystyle scriptlevel mathsize mathcolor mathbackground minsize maxsize largeop ' +
      'movablelimits symmetric linethickness depth voffset notation',
  ),
);

/** ARIA attributes: any `aria-` name. */
const ariaAttribute = /^aria-[-\w]+$/;

/** Attributes of free text, whose value is never read as a URL. */
const textAttributes = new Set(words('alt class id name role summary title xmlns'));

/** Attributes whose value is loaded as media, and those followed as links. */
const mediaAttributes = new Set(['src', 'poster']);
const linkAttributes = new Set(['href', 'xlink:href', 'cite']);

/** Elements that may load a `data:` URL: media. */
const dataUrlElements = new Set(words('img video audio source track image'));
const dataUrlAttributes = new Set(['src', 'href', 'xlink:href']);

/** The schemes any other attribute's value may start with (`x:…` anywhere else could be a URL some code follows). */
const valueSchemes = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * Classes a message may carry: the ones our renderers emit (code languages,
 * highlight.js and KaTeX output, a formula's source waiting to be typeset,
 * code waiting to be highlighted). Any other class could borrow the
 * widget's own styles. A message's own `math-pending` element is typeset
 * like any formula, and its output sanitized like any formula's; so is a
 * message's own `highlight-pending` code highlighted like any code.
 */
const allowedClass =
  /^(?:language-[\w+#.-]+|hljs(?:-[\w-]+)?|katex(?:-[\w-]+)?|math-(?:inline|display|source|pending)|highlight-pending|task-(?:done|open))$/;

/** Message ids and names get this prefix, so they cannot clobber the page's. */
export const namedPropertyPrefix = 'user-content-';

/**
 * Values that could close the markup around them if the DOM were ever
 * serialized and parsed again (a comment, a CDATA section, a raw-text
 * element).
 */
const breakout = /(?:--!?|\])>|<\/(?:style|script|title|xmp|textarea|noscript|iframe|noembed|noframes)/i;

/** Whitespace a URL check ignores, as the URL parser does. */
// eslint-disable-next-line no-control-regex
const ignoredInUrls = /[\u0000-\u0020\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000]/g;

/** False when `value` starts with a scheme that `name` on `tag` may not carry. */
function schemeAllowed(tag: string, name: string, value: string): boolean {
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(value.replace(ignoredInUrls, ''))?.[1]?.toLowerCase();
  if (scheme === undefined || valueSchemes.has(scheme)) return true;
  return value.startsWith('data:') && dataUrlElements.has(tag) && dataUrlAttributes.has(name);
}

/**
 * The value attribute `name` (lower-cased) of element `tag` keeps, or
 * undefined when the attribute goes. `value` is as parsed.
 */
export function attributeValue(tag: string, name: string, value: string): string | undefined {
  let kept = name === 'value' ? value : value.trim();
  if (mediaAttributes.has(name) || linkAttributes.has(name)) {
    kept = safeUrl(kept, mediaAttributes.has(name) ? 'media' : 'link') ?? '';
    if (kept === '') return undefined;
  } else if (name === 'class') {
    kept = kept
      .split(/\s+/)
      .filter((token) => allowedClass.test(token))
      .join(' ');
    if (kept === '') return undefined;
  } else if ((name === 'id' || name === 'name') && !kept.startsWith(namedPropertyPrefix)) {
    kept = namedPropertyPrefix + kept;
  }
  if (breakout.test(kept)) return undefined;
  if (ariaAttribute.test(name)) return kept;
  if (!allowedAttributes.has(name)) return undefined;
  if (textAttributes.has(name) || schemeAllowed(tag, name, kept)) return kept;
  return undefined;
}

/** Elements that fetch what a message names: sent without the page's address as referrer. */
const mediaElements = new Set(['img', 'video', 'audio', 'source', 'track']);

/**
 * What every kept element gets once its attributes are checked: media
 * sends no referrer, images `policy` blocks keep their URL only in a
 * `data-blocked-*` attribute, and links open in a new tab.
 */
export function finishElement(element: Element, policy: ImagePolicy): void {
  // A host a message names learns nothing of the page that shows it.
  if (mediaElements.has(element.localName)) element.setAttribute('referrerpolicy', 'no-referrer');
  blockImages(element, policy);
  if (element.localName !== 'a') return;
  const href = element.getAttribute('href') ?? element.getAttribute('xlink:href');
  if (href === null) return;
  // Links open in a new tab and give that tab no way back to the page.
  element.setAttribute('target', '_blank');
  element.setAttribute('rel', 'noopener noreferrer');
  // A blob: or data: URL is a file the user receives, never a page to open.
  if (isLocalUrl(href)) element.setAttribute('download', '');
}

/** Wraps each part of a batch (sanitize.ts); only allowed while a batch is sanitized. */
export const partTag = 'chat-blocks-part';

/** A sanitizer: HTML in, inert sanitized nodes out; `parts` allows the batch wrapper. Throws when it cannot. */
export type SanitizeEngine = (html: string, policy: ImagePolicy, parts: boolean) => DocumentFragment;
