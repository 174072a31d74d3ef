/**
 * How a file travels without `upload-endpoint`: inline, as a `data:` URL.
 * No DOM apart from File, Blob and FileReader.
 */
import {fileType} from './file-rules.js';
import {formatFileSize} from './files.js';
import type {FileData} from './types.js';

/**
 * Inline `data:` URLs above this size make every later request carry the
 * file again (the history is resent) and fill Web Storage with `persist`;
 * `fileToFileData` warns in the console above it. Use `upload-endpoint`.
 */
export const INLINE_WARNING_BYTES = 1024 * 1024;

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
