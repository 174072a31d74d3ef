import type {ConnectionConfig, FileData} from '../types.js';
import {ChatError} from '../errors.js';
import {openResponse, readJsonBody, redirectFor, requestHeaders} from './request.js';

/** A file as Gradio takes it in `data` (its `FileData`). */
export interface GradioFile {
  path: string;
  orig_name?: string;
  mime_type?: string;
  size?: number;
  meta: {_type: 'gradio.FileData'};
}

/** Paths the Gradio app gave files already uploaded to it, by app and file URL, so history files go up once. */
const uploaded = new Map<string, Map<string, string>>();
const maxRemembered = 200;

/** Whether a file lives only in this page (`data:` or `blob:`), so the app must be sent its bytes. */
const isLocal = (url: string) => url.startsWith('data:') || url.startsWith('blob:');

/**
 * Gives Gradio every file: a `data:` or `blob:` URL is uploaded first
 * (`POST {app}/gradio_api/upload`, multipart field `files`, one request for
 * all) and referenced by the path the app returns; any other URL, or a
 * path the app gave earlier, is referenced as it is (Gradio fetches URLs).
 */
export async function toGradioFiles(
  app: string,
  files: readonly FileData[],
  config: ConnectionConfig,
  signal: AbortSignal,
): Promise<GradioFile[]> {
  const known = uploaded.get(app) ?? new Map<string, string>();
  uploaded.set(app, known);
  const missing = [...new Set(files.map((file) => file.url).filter((url) => isLocal(url) && !known.has(url)))];
  if (missing.length > 0) {
    const form = new FormData();
    const names = new Map(files.map((file) => [file.url, file.name]));
    for (const url of missing) form.append('files', await toBlob(url), names.get(url) ?? 'file');
    const headers = requestHeaders(config, {});
    headers.delete('Content-Type'); // The browser sets the multipart boundary.
    const response = await openResponse(`${app}/gradio_api/upload`, {
      method: 'POST',
      headers,
      credentials: config.credentials || 'same-origin',
      redirect: redirectFor(config),
      body: form,
      signal,
    });
    const paths = await readJsonBody(response, signal);
    if (!Array.isArray(paths) || paths.length < missing.length || !paths.every((path) => typeof path === 'string')) {
      throw new ChatError('The Gradio app answered the upload with something other than a list of paths', {code: 'server'});
    }
    missing.forEach((url, i) => known.set(url, paths[i] as string));
    while (known.size > maxRemembered) known.delete(known.keys().next().value as string);
  }
  return files.map((file) => {
    const data: GradioFile = {path: known.get(file.url) ?? file.url, meta: {_type: 'gradio.FileData'}};
    if (file.name) data.orig_name = file.name;
    if (file.mime_type) data.mime_type = file.mime_type;
    if (file.size !== undefined) data.size = file.size;
    return data;
  });
}

/**
 * The bytes of a `data:` URL, decoded here rather than fetched: a page's
 * Content-Security-Policy may forbid fetching `data:` URLs.
 */
async function toBlob(url: string): Promise<Blob> {
  if (url.startsWith('blob:')) return (await fetch(url)).blob();
  const comma = url.indexOf(',');
  const header = url.slice(5, comma);
  const payload = url.slice(comma + 1);
  const type = header.split(';')[0] || 'application/octet-stream';
  if (!header.endsWith(';base64')) return new Blob([decodeURIComponent(payload)], {type});
  const binary = atob(payload);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], {type});
}
