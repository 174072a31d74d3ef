/**
 * Which files the textbox accepts: the same checks for `<chat-blocks>`, the
 * textbox and a page's own code. No DOM apart from File and Blob.
 */
import {typeOfExtension} from './file-types.js';
import {fileCategories} from './files.js';
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
    const type = fileCategories[entry] ?? entry.toLowerCase();
    if (type === '*' || type === '*/*') return true;
    if (type.startsWith('.')) return name.endsWith(type);
    if (type.endsWith('/*')) return mime.startsWith(type.slice(0, -1));
    return mime === type;
  });
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
