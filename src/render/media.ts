/**
 * What a file message is and how to describe it: its kind (image, audio,
 * video or other), its name, type and size. DOM-free.
 */
import type {FileData} from '../core/types.js';
import {extensionOf as extensionOfName, mediaKindOfExtension, typeOfExtension} from '../core/file-types.js';
import {visibleFileName} from './file-names.js';

export type FileKind = 'image' | 'audio' | 'video' | 'file';

/** A file as rendered: `url` filled from `path` when needed. */
export function normalizeFile(content: FileData): FileData {
  const alias = (content as FileData & {path?: unknown}).path;
  if (typeof content.url === 'string' && content.url !== '') return content;
  return {...content, url: typeof alias === 'string' ? alias : ''};
}

/** The extension of the file's name or URL path, lower-cased, or ''. */
function extensionOf(file: FileData): string {
  return extensionOfName(file.name || pathOf(file.url));
}

/** The path of a URL without query or fragment (for `data:` URLs, '' ). */
function pathOf(url: string): string {
  if (/^data:/i.test(url.trim())) return '';
  return url.split(/[?#]/, 1)[0] ?? '';
}

/**
 * The media type of the file: that of its `data:` URL (the bytes' real
 * type, whatever `mime_type` claims), else its `mime_type`.
 */
export function mediaType(file: FileData): string {
  const data = /^\s*data:([^;,]*)/i.exec(file.url)?.[1]?.trim().toLowerCase();
  if (data) return data;
  return file.mime_type?.toLowerCase() ?? '';
}

/**
 * The file's real type as far as the widget can tell: its media type, else
 * (or when it is the generic octet-stream) the one its URL's extension
 * names: the `name` may lie.
 */
export function realFileType(file: FileData): string {
  const type = mediaType(file);
  if (type !== '' && type !== 'application/octet-stream') return type;
  return typeOfExtension(pathOf(file.url)) || type;
}

/** How to show a file: by media type, else by extension. */
export function fileKind(file: FileData): FileKind {
  const type = mediaType(file);
  const major = type.split('/', 1)[0];
  if (major === 'image' || major === 'audio' || major === 'video') return major;
  if (type !== '' && type !== 'application/octet-stream') return 'file';
  return mediaKindOfExtension(extensionOf(file)) ?? 'file';
}

/**
 * A name to show for the file: its `name`, else the last segment of its
 * URL, else `fallback` (a `data:` URL has no name).
 */
export function fileName(file: FileData, fallback: string): string {
  const named = file.name ? visibleFileName(file.name) : '';
  if (named) return named;
  const segment = pathOf(file.url).split('/').filter(Boolean).pop() ?? '';
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // A malformed escape: show the segment as it is.
  }
  return visibleFileName(decoded) || fallback;
}

/** A short type label for a download chip: `PDF`, `ZIP`, or the media subtype. */
export function fileTypeLabel(file: FileData): string {
  const extension = extensionOf(file);
  if (extension) return extension.toUpperCase();
  const subtype = mediaType(file).split('/')[1] ?? '';
  return subtype.split(/[+;]/, 1)[0]?.toUpperCase() ?? '';
}
