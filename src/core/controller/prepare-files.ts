import {ChatError} from '../errors.js';
import {fileToFileData} from '../inline-files.js';
import {uploadFile} from '../upload.js';
import {validateFileData} from '../validate.js';
import type {ChatInput, FileData} from '../types.js';
import {formatString} from '../format-string.js';

export interface PrepareOptions {
  uploadEndpoint?: string;
  headers: Record<string, string>;
  credentials: RequestCredentials;
  signal: AbortSignal;
  /** The user's words for a failed upload, with `{name}` and `{error}` (`strings.uploadFailed`). */
  failed: string;
}

/**
 * Turns what was attached into FileData for the message: FileData given as
 * such is checked and kept; File and Blob objects are uploaded to
 * `upload-endpoint` when there is one, and otherwise travel inline as
 * `data:` URLs. (The textbox uploads its files itself, with progress, as
 * soon as they are attached; this path serves `send()` from a script.)
 */
export async function prepareFiles(files: ChatInput['files'], options: PrepareOptions): Promise<FileData[]> {
  return Promise.all(
    files.map(async (file, index) => {
      if (!(file instanceof Blob)) return validateFileData(file, `files[${index}]`);
      if (!options.uploadEndpoint) return fileToFileData(file);
      try {
        return await uploadFile(options.uploadEndpoint, file, {
          signal: options.signal,
          headers: options.headers,
          withCredentials: options.credentials === 'include',
        });
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') throw error;
        const name = file instanceof File ? file.name : 'file';
        throw new ChatError(formatString(options.failed, {name, error: (error as Error).message}), {
          code: 'server',
          status: (error as {status?: number}).status,
        });
      }
    }),
  );
}
