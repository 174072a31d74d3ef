/**
 * Which URLs from a message may reach the DOM. DOM-free, so the rules are
 * unit-tested on their own and shared by file messages and by the sanitizer
 * hook that checks every `href` and `src` in rendered markdown.
 *
 * The rules follow how browsers read a URL, not how it looks: the URL parser
 * drops tabs and newlines anywhere and trims control characters and spaces
 * at both ends, so `" java\tscript:"` is a `javascript:` URL and is refused.
 */

/** How a URL will be used: followed as a link, or loaded as media. */
export type UrlUse = 'link' | 'media';

/**
 * Raster image types a `data:` URL may carry. SVG is left out on purpose:
 * it is a document that can hold scripts, and once it escapes an `<img>`
 * (opened in a tab, saved, reused by a page) it runs them.
 */
const dataImageTypes = new Set([
  'image/png',
  'image/jpeg',
  'image/jpg',
  'image/pjpeg',
  'image/gif',
  'image/webp',
  'image/avif',
  'image/apng',
  'image/bmp',
  'image/x-icon',
  'image/vnd.microsoft.icon',
]);

const linkSchemes = new Set(['http', 'https', 'mailto', 'tel']);
const mediaSchemes = new Set(['http', 'https', 'blob']);

/** What the browser's URL parser would see: no tabs or newlines, trimmed. */
function normalize(url: string): string {
  // eslint-disable-next-line no-control-regex
  return url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/** The scheme of an absolute URL, lower-cased, or undefined for a relative one. */
function schemeOf(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
}

/** The media type of a `data:` URL, lower-cased, without parameters. */
function dataMediaType(url: string): string {
  const header = url.slice('data:'.length).split(',', 1)[0] ?? '';
  return (header.split(';', 1)[0] ?? '').trim().toLowerCase();
}

/** True for a `data:` URL of a raster image, audio or video. */
function isMediaDataUrl(url: string): boolean {
  const type = dataMediaType(url);
  return dataImageTypes.has(type) || /^(audio|video)\/[a-z0-9.+-]+$/.test(type);
}

/**
 * Returns the URL, normalized, when it is safe for its use, else undefined.
 *
 * - Relative URLs (`/files/a.png`, `a.png`, `#top`, `//host/a.png`) are safe.
 * - `link`: `http:`, `https:`, `mailto:`, `tel:`, and `blob:`/`data:` of media.
 * - `media`: `http:`, `https:`, `blob:`, and `data:` of a raster image,
 *   audio or video (never `data:text/html`, never `data:image/svg+xml`).
 * - Anything else (`javascript:`, `vbscript:`, `file:`, unknown schemes) is not.
 */
export function safeUrl(url: unknown, use: UrlUse): string | undefined {
  if (typeof url !== 'string') return undefined;
  const normalized = normalize(url);
  if (normalized === '') return undefined;
  const scheme = schemeOf(normalized);
  if (scheme === undefined) return normalized;
  if (scheme === 'data') return isMediaDataUrl(normalized) ? normalized : undefined;
  if (mediaSchemes.has(scheme)) return normalized;
  if (use === 'link' && linkSchemes.has(scheme)) return normalized;
  return undefined;
}

/**
 * An avatar's URL: what `media` allows, and also `data:image/svg+xml`. An
 * avatar is only ever drawn by an `<img>`, where SVG runs no script and
 * loads nothing; it is never a link, never opened in a viewer or a tab.
 */
export function safeAvatarUrl(url: unknown): string | undefined {
  const safe = safeUrl(url, 'media');
  if (safe !== undefined || typeof url !== 'string') return safe;
  const normalized = normalize(url);
  return schemeOf(normalized) === 'data' && dataMediaType(normalized) === 'image/svg+xml' ? normalized : undefined;
}

/** True when a link or media URL must be downloaded rather than navigated to. */
export function isLocalUrl(url: string): boolean {
  const scheme = schemeOf(url);
  return scheme === 'data' || scheme === 'blob';
}
