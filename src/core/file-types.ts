/**
 * The one table of file types and their extensions, and the lookups derived
 * from it: the type an extension usually means (for files a browser left
 * untyped), the extension a download of a type is saved under, the other
 * extensions that type goes by, and whether an extension is an image, audio
 * or video. DOM-free, so the core and the renderer share it.
 */

/** Extensions of each type; the first is the one a download is saved under. */
const extensionsOfTypes: Record<string, readonly string[]> = {
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg', 'jpe'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'image/avif': ['avif'],
  'image/apng': ['apng'],
  'image/svg+xml': ['svg'],
  'image/bmp': ['bmp'],
  'image/vnd.microsoft.icon': ['ico'],
  'audio/mpeg': ['mp3', 'mpga'],
  'audio/wav': ['wav'],
  'audio/ogg': ['ogg', 'oga'],
  'audio/mp4': ['m4a'],
  'audio/aac': ['aac'],
  'audio/flac': ['flac'],
  'audio/opus': ['opus'],
  'audio/webm': ['weba'],
  'video/mp4': ['mp4'],
  'video/webm': ['webm'],
  'video/ogg': ['ogv'],
  'video/quicktime': ['mov'],
  'video/x-m4v': ['m4v'],
  'video/x-matroska': ['mkv'],
  'application/pdf': ['pdf'],
  'application/zip': ['zip'],
  'application/json': ['json'],
  'text/plain': ['txt', 'text', 'log'],
  'text/markdown': ['md', 'markdown'],
  'text/csv': ['csv'],
  'text/html': ['html', 'htm'],
  'application/xhtml+xml': ['xhtml'],
  'text/xml': ['xml'],
  'application/xml': ['xml'],
};

/** The first type listing each extension. */
const typesOfExtensions = new Map<string, string>();
for (const [type, extensions] of Object.entries(extensionsOfTypes)) {
  for (const extension of extensions) if (!typesOfExtensions.has(extension)) typesOfExtensions.set(extension, type);
}

/** The lower-cased extension of a name or path (`report.PDF` gives `pdf`), or `''`. */
export function extensionOf(name: string): string {
  return /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
}

/** The MIME type usually meant by a file name's extension, or `''`. */
export function typeOfExtension(name: string): string {
  return typesOfExtensions.get(extensionOf(name)) ?? '';
}

/** The extensions a MIME type's files go by, the usual one first; none for an unknown type. */
export function extensionsOfType(type: string): readonly string[] {
  return extensionsOfTypes[type.split(';', 1)[0]!.trim().toLowerCase()] ?? [];
}

/** Whether an extension names an image, audio or video file, or `undefined`. */
export function mediaKindOfExtension(extension: string): 'image' | 'audio' | 'video' | undefined {
  const major = typesOfExtensions.get(extension.toLowerCase())?.split('/', 1)[0];
  return major === 'image' || major === 'audio' || major === 'video' ? major : undefined;
}
