/**
 * Which files the textbox accepts, and how a file becomes a FileData.
 * No DOM apart from File, Blob and FileReader, so `<chat-blocks>`, the
 * textbox and a page's own code all validate files the same way.
 */
import {typeOfExtension} from './file-types.js';
import type {FileData} from './types.js';
import type {FileCount} from './controller/controller-types.js';

/** Why a file was refused: its type, its size, one file too many, or files are not accepted at all. */
export type RefusalReason = 'type' | 'size' | 'count' | 'none';

export interface RefusedFile<F extends Blob = File> {
  file: F;
  reason: RefusalReason;
}

export interface FileRules {
  /** Parsed `file-types`; empty accepts every file. */
  types?: readonly string[];
  /** Bytes; `Infinity` (the default) accepts any size. */
  maxSize?: number;
  /** `file-count`: `single`, `multiple` (the default) or `none`. */
  count?: FileCount;
  /** How many files are attached already (they count towards `single`). */
  already?: number;
}

/**
 * Inline `data:` URLs above this size make every later request carry the
 * file again (the history is resent) and fill Web Storage with `persist`;
 * `fileToFileData` warns in the console above it. Use `upload-endpoint`.
 */
export const INLINE_WARNING_BYTES = 1024 * 1024;

/** The `file-types` categories, as Gradio names them. */
const categories: Record<string, string> = {
  image: 'image/*',
  audio: 'audio/*',
  video: 'video/*',
  text: 'text/*',
};

/** Splits a `file-types` attribute (`"image, .pdf, audio/*"`) into lower-case entries. */
export function parseFileTypes(attribute: string | null | undefined): string[] {
  if (!attribute) return [];
  return attribute
    .split(/[\s,]+/)
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
}

/** The MIME type of a file: its own, else guessed from its name's extension, else `''`. */
export function fileType(file: Blob): string {
  const own = file.type.split(';')[0]!.trim().toLowerCase();
  if (own) return own;
  return typeOfExtension('name' in file ? String(file.name) : '');
}

/**
 * True when `file` is one of `types`: a category (`image`, `audio`,
 * `video`, `text`), a MIME type (`application/pdf`, `image/*`, `*`) or an
 * extension (`.pdf`, any case). An empty list accepts every file.
 */
export function matchesFileTypes(file: Blob, types: readonly string[]): boolean {
  if (types.length === 0) return true;
  const mime = fileType(file);
  const name = 'name' in file ? String(file.name).toLowerCase() : '';
  return types.some((entry) => {
    const type = categories[entry] ?? entry.toLowerCase();
    if (type === '*' || type === '*/*') return true;
    if (type.startsWith('.')) return name.endsWith(type);
    if (type.endsWith('/*')) return mime.startsWith(type.slice(0, -1));
    return mime === type;
  });
}

/** The `accept` attribute of a file input for `types` (empty: any file). */
export function acceptAttribute(types: readonly string[]): string {
  return types.map((entry) => categories[entry] ?? entry).join(',');
}

const sizeUnits: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1000,
  kb: 1000,
  kib: 1024,
  m: 1000 ** 2,
  mb: 1000 ** 2,
  mib: 1024 ** 2,
  g: 1000 ** 3,
  gb: 1000 ** 3,
  gib: 1024 ** 3,
};

/**
 * Reads `max-file-size`: a number of bytes, or a number with a unit
 * (`10MB`, `1.5 kB`, `512KiB`, any case). `KB`, `MB` and `GB` are SI
 * units (powers of 1000, as browsers and `formatFileSize` show sizes);
 * `KiB`, `MiB`, `GiB` count in powers of 1024.
 * Empty, missing or unreadable values give `Infinity`: no limit (an element
 * attribute must not throw); use `isFileSize` to tell a typo from no value.
 */
export function parseFileSize(value: string | number | null | undefined): number {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.floor(value) : Infinity;
  if (!value) return Infinity;
  const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)\s*$/i.exec(value);
  const unit = match ? sizeUnits[match[2]!.toLowerCase()] : undefined;
  if (!match || unit === undefined) return Infinity;
  return Math.floor(Number(match[1]) * unit);
}

/** True when `value` is a size `parseFileSize` understands. */
export function isFileSize(value: string | number): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0;
  return Number.isFinite(parseFileSize(value));
}

/**
 * A size for people: `512 B`, `1.5 KB`, `10 MB`, in SI units (powers of
 * 1000, as browsers show sizes). The one size format of the widget: the
 * textbox's attachments and the list's sent files both use it.
 */
export function formatFileSize(bytes: number): string {
  if (Number.isNaN(bytes) || bytes < 0) return '';
  if (!Number.isFinite(bytes)) return '∞';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let size = bytes;
  let unit = 0;
  while (size >= 1000 && unit < units.length - 1) {
    size /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || size >= 10 ? 0 : 1;
  return `${Number(size.toFixed(digits))} ${units[unit]}`;
}

/**
 * Sorts `files` into the ones to attach and the ones to refuse, with the
 * reason. Checks run in order type, size, count: a file refused for its
 * type does not use up a place of `single`.
 */
export function validateFiles<F extends Blob>(files: Iterable<F>, rules: FileRules = {}): {accepted: F[]; refused: RefusedFile<F>[]} {
  const {types = [], maxSize = Infinity, count = 'multiple', already = 0} = rules;
  const accepted: F[] = [];
  const refused: RefusedFile<F>[] = [];
  const limit = count === 'single' ? 1 : count === 'none' ? 0 : Infinity;
  for (const file of files) {
    if (count === 'none') refused.push({file, reason: 'none'});
    else if (!matchesFileTypes(file, types)) refused.push({file, reason: 'type'});
    else if (file.size > maxSize) refused.push({file, reason: 'size'});
    else if (already + accepted.length >= limit) refused.push({file, reason: 'count'});
    else accepted.push(file);
  }
  return {accepted, refused};
}

/** Reads a file as a `data:` URL. */
function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}

/**
 * A file as FileData carried inline: a `data:` URL with its type, name and
 * size. Warns in the console above `INLINE_WARNING_BYTES`.
 */
export async function fileToFileData(file: File | Blob): Promise<FileData> {
  const name = 'name' in file && file.name ? file.name : undefined;
  if (file.size > INLINE_WARNING_BYTES) {
    console.warn(
      `chat-blocks: ${name ?? 'a file'} (${formatFileSize(file.size)}) travels inline as a data: URL, ` +
        `resent with every later message; set upload-endpoint to upload files instead.`,
    );
  }
  const mime = fileType(file) || 'application/octet-stream';
  // A Blob without a type reads as `data:application/octet-stream`; a
  // guessed type (from the name) should show in the URL too.
  const url = await readAsDataUrl(file.type ? file : new Blob([file], {type: mime}));
  const data: FileData = {url, mime_type: mime, size: file.size};
  if (name) data.name = name;
  return data;
}
