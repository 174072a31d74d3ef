/**
 * Uploads one file to `upload-endpoint` (multipart, field `files`) and
 * reads back where the server put it. XMLHttpRequest rather than fetch:
 * fetch cannot report upload progress.
 */
import type {FileData} from './types.js';
import {validateFileData} from './validate.js';
import {errorMessageOf} from './chunks.js';
import {isObject} from './is-object.js';

export interface UploadOptions {
  /** Aborting cancels the upload; the promise then rejects with an `AbortError`. */
  signal?: AbortSignal;
  /** Bytes sent so far and in all, as the browser reports them. */
  onProgress?: (loaded: number, total: number) => void;
  headers?: Record<string, string>;
  /** Send cookies to another origin (`credentials: include`). */
  withCredentials?: boolean;
}

/** An upload the server refused or that could not reach it. */
export class UploadError extends Error {
  /** The HTTP status, when the server answered. */
  readonly status?: number;

  constructor(message: string, status?: number) {
    super(message);
    this.name = 'UploadError';
    this.status = status;
  }
}

/**
 * Reads an upload response: a JSON list with one entry per file, each a URL
 * string (Gradio's list of paths is one), or a FileData object (`path` is
 * accepted for `url`). What the server leaves out (name, type, size) is
 * taken from the local file.
 */
export function readUploadResponse(body: unknown, files: readonly Blob[]): FileData[] {
  const entries = Array.isArray(body) ? body : [body];
  if (entries.length < files.length) {
    throw new UploadError(`The server answered ${entries.length} entries for ${files.length} files`);
  }
  return files.map((file, i) => {
    const entry = entries[i];
    let data: FileData;
    if (typeof entry === 'string' && entry !== '') data = {url: entry};
    else if (isObject(entry)) {
      try {
        data = validateFileData(entry, `upload response [${i}]`);
      } catch (error) {
        throw new UploadError((error as Error).message);
      }
    } else throw new UploadError(`upload response [${i}]: expected a URL or a file object`);
    const name = 'name' in file && file.name ? String(file.name) : undefined;
    return {
      ...data,
      ...(data.name === undefined && name !== undefined ? {name} : {}),
      ...(data.mime_type === undefined && file.type ? {mime_type: file.type} : {}),
      ...(data.size === undefined ? {size: file.size} : {}),
    };
  });
}

/** The error a failed response carries: `error`, `error.message`, `detail`, or its text. */
function responseError(xhr: XMLHttpRequest): string {
  // The same reading as a chat reply's HTTP error; an HTML error page says nothing useful.
  const html = /html/i.test(xhr.getResponseHeader('content-type') ?? '') || xhr.responseText.trimStart().startsWith('<');
  const reason = html ? '' : errorMessageOf(xhr.responseText);
  return reason || `HTTP ${xhr.status}${xhr.statusText ? ` ${xhr.statusText}` : ''}`;
}

/** Uploads `file` to `endpoint` and resolves with the FileData the server returned. */
export function uploadFile(endpoint: string, file: Blob, options: UploadOptions = {}): Promise<FileData> {
  const {signal, onProgress, headers = {}, withCredentials = false} = options;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('The upload was cancelled', 'AbortError'));
      return;
    }
    const xhr = new XMLHttpRequest();
    const abort = () => xhr.abort();
    signal?.addEventListener('abort', abort, {once: true});
    const settle = () => signal?.removeEventListener('abort', abort);

    xhr.open('POST', endpoint);
    xhr.withCredentials = withCredentials;
    xhr.setRequestHeader('Accept', 'application/json');
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    if (onProgress) {
      xhr.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    }
    xhr.onload = () => {
      settle();
      if (xhr.status < 200 || xhr.status >= 300) {
        reject(new UploadError(responseError(xhr), xhr.status));
        return;
      }
      try {
        const [data] = readUploadResponse(JSON.parse(xhr.responseText) as unknown, [file]);
        resolve(data!);
      } catch (error) {
        reject(error instanceof UploadError ? error : new UploadError('The server did not answer with JSON'));
      }
    };
    xhr.onerror = () => {
      settle();
      reject(new UploadError('The upload server could not be reached'));
    };
    xhr.onabort = () => {
      settle();
      reject(new DOMException('The upload was cancelled', 'AbortError'));
    };

    const form = new FormData();
    const name = 'name' in file && file.name ? String(file.name) : 'file';
    form.append('files', file, name);
    xhr.send(form);
  });
}
