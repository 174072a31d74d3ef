/**
 * File-name hygiene, in one place: what a file's name shows and downloads
 * as, and whether its type is active (can run code when opened). A name
 * comes from a backend, so it may carry bidi overrides that make
 * `invoice.pdf\u202Elmth.html` look like a PDF, or an extension that lies
 * about the bytes (`setup.exe` on a PNG). DOM-free.
 */

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

/** The usual extension of a MIME type, for download names. */
const extensionsByType: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/svg+xml': 'svg',
  'image/bmp': 'bmp',
  'audio/mpeg': 'mp3',
  'audio/wav': 'wav',
  'audio/ogg': 'ogg',
  'audio/mp4': 'm4a',
  'audio/flac': 'flac',
  'audio/webm': 'weba',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
  'video/quicktime': 'mov',
  'application/pdf': 'pdf',
  'application/zip': 'zip',
  'application/json': 'json',
  'text/plain': 'txt',
  'text/markdown': 'md',
  'text/csv': 'csv',
  'text/html': 'html',
  'application/xhtml+xml': 'xhtml',
  'text/xml': 'xml',
  'application/xml': 'xml',
};

/** Extensions that a type's files also go by (`jpeg` for image/jpeg). */
const alsoKnownAs: Record<string, readonly string[]> = {
  jpg: ['jpeg', 'jpe'],
  html: ['htm'],
  mp3: ['mpga'],
  txt: ['text', 'log'],
  md: ['markdown'],
  ogg: ['oga'],
};

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

function extensionOf(name: string): string {
  return /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
}

/**
 * The name a download is saved under: visible, and ending in the extension
 * of its real type. A name whose extension disagrees keeps it and gets the
 * real one appended (`setup.exe` on a PNG saves as `setup.exe.png`), so the
 * user still sees what the name claimed while the system opens it by type.
 */
export function downloadFileName(name: string, type: string): string {
  const visible = visibleFileName(name);
  const real = extensionsByType[type.split(';', 1)[0]!.trim().toLowerCase()];
  if (!real) return visible;
  const own = extensionOf(visible);
  if (own === real || alsoKnownAs[real]?.includes(own)) return visible;
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
