/**
 * File-name hygiene, in one place: what a file's name shows and downloads
 * as, and whether its type is active (can run code when opened). A name
 * comes from a backend, so it may carry bidi overrides that make
 * `invoice.pdf\u202Elmth.html` look like a PDF, or an extension that lies
 * about the bytes (`setup.exe` on a PNG). DOM-free.
 */
import {extensionOf, extensionsOfType} from '../core/file-types.js';

/**
 * Bidi controls (embeddings, overrides, isolates, marks), zero-width and
 * other invisible characters, and C0/C1 controls: none belongs in a name.
 */
const invisible =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- control and combining characters are what this strips
  /[\u0000-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/g;

/** The name without invisible characters and path separators, trimmed. */
export function visibleFileName(name: string): string {
  return name.replace(invisible, '').replace(/[\\/]/g, '_').trim();
}

/** Types that run code or render a page when opened, by MIME type. */
const activeTypes =
  /^(text\/html|application\/xhtml\+xml|image\/svg\+xml|text\/xml|application\/xml|[a-z]+\/[a-z0-9.-]+\+xml|text\/javascript|application\/(x-)?javascript|application\/x-(msdownload|msdos-program|sh|bat|executable|ms-installer|apple-diskimage)|application\/vnd\.microsoft\.portable-executable|application\/java-archive)$/;

/** Extensions of active files, for files whose type is unknown. */
const activeExtensions = new Set([
  'html',
  'htm',
  'xhtml',
  'shtml',
  'svg',
  'svgz',
  'xml',
  'xsl',
  'js',
  'mjs',
  'exe',
  'msi',
  'com',
  'scr',
  'bat',
  'cmd',
  'ps1',
  'sh',
  'vbs',
  'jar',
  'app',
  'dmg',
  'pif',
  'hta',
  'lnk',
  'desktop',
  'apk',
]);

/**
 * The name a download is saved under: visible, and ending in the extension
 * of its real type. A name whose extension disagrees keeps it and gets the
 * real one appended (`setup.exe` on a PNG saves as `setup.exe.png`), so the
 * user still sees what the name claimed while the system opens it by type.
 */
export function downloadFileName(name: string, type: string): string {
  const visible = visibleFileName(name);
  const known = extensionsOfType(type);
  const real = known[0];
  if (!real) return visible;
  if (known.includes(extensionOf(visible))) return visible;
  return `${visible || 'file'}.${real}`;
}

/**
 * True when opening the file could run code or render a page: HTML, SVG,
 * XML, scripts, executables. The type decides when known; the name's
 * extension when it is not (or when the type is the generic octet-stream).
 */
export function isActiveFile(name: string, type: string): boolean {
  const mime = type.split(';', 1)[0]!.trim().toLowerCase();
  if (activeTypes.test(mime)) return true;
  if (mime !== '' && mime !== 'application/octet-stream') return false;
  return activeExtensions.has(extensionOf(visibleFileName(name)));
}
