import {fileToFileData} from '../../core/files.js';
import {validateFileData} from '../../core/validate.js';
import type {ChatInput, FileData} from '../../core/types.js';

export interface PrepareOptions {
  uploadEndpoint?: string;
  headers: Record<string, string>;
  credentials: RequestCredentials;
  signal: AbortSignal;
}

/**
 * Turns what the user attached into FileData for the message: FileData
 * given as such is checked and kept; File and Blob objects travel inline as
 * `data:` URLs.
 */
export async function prepareFiles(files: ChatInput['files'], options: PrepareOptions): Promise<FileData[]> {
  return Promise.all(
    files.map((file, index) =>
      file instanceof Blob ? fileToFileData(file) : Promise.resolve(validateFileData(file, `files[${index}]`)),
    ),
  );
}
