import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {FileData} from '../../core/types.js';
import {isAbortError} from '../../core/errors.js';

/**
 * - `ready`: attached, travels inline (no upload endpoint)
 * - `uploading` / `uploaded` / `failed`: its upload to `upload-endpoint`
 */
export type AttachmentStatus = 'ready' | 'uploading' | 'uploaded' | 'failed';

export interface Attachment {
  readonly id: number;
  readonly file: File;
  status: AttachmentStatus;
  /** Upload progress in bytes. */
  loaded: number;
  total: number;
  /** Where the server put the file. */
  result?: FileData;
  error?: string;
  cancel?: AbortController;
}

export interface AttachmentEvents {
  /** The upload endpoint in effect now (it may change while files are attached). */
  endpoint(): string | undefined;
  /** Headers and credentials the uploads send (the chat's own). */
  requestOptions?(): {headers: Record<string, string>; withCredentials: boolean};
  uploaded(attachment: Attachment): void;
  failed(attachment: Attachment): void;
}

/** Files whose preview is an object URL: images, and audio (a player). */
const previewable = /^(image|audio)\//;

/**
 * The files attached to the textbox: their previews (object URLs, created
 * on demand and revoked when the file goes or the element leaves the page)
 * and their uploads, which start as soon as a file is attached.
 */
export class Attachments implements ReactiveController {
  items: Attachment[] = [];
  private readonly host: ReactiveControllerHost;
  private readonly events: AttachmentEvents;
  private readonly previews = new Map<number, string>();
  private settledWaiters: Array<() => void> = [];
  private nextId = 1;

  constructor(host: ReactiveControllerHost, events: AttachmentEvents) {
    this.host = host;
    this.events = events;
    host.addController(this);
  }

  hostDisconnected(): void {
    // Previews come back on the next render if the element is put back.
    for (const url of this.previews.values()) URL.revokeObjectURL(url);
    this.previews.clear();
  }

  /** True while an upload runs. */
  get pending(): boolean {
    return this.items.some((item) => item.status === 'uploading');
  }

  get failed(): Attachment[] {
    return this.items.filter((item) => item.status === 'failed');
  }

  /** What a message carries: the uploaded FileData, or the File itself to send inline. */
  payload(): Array<File | FileData> {
    return this.items.map((item) => item.result ?? item.file);
  }

  /** The object URL showing `item`, for images and audio; undefined for other files. */
  previewUrl(item: Attachment): string | undefined {
    if (!previewable.test(item.file.type)) return undefined;
    let url = this.previews.get(item.id);
    if (!url) {
      url = URL.createObjectURL(item.file);
      this.previews.set(item.id, url);
    }
    return url;
  }

  add(files: readonly File[]): Attachment[] {
    const added = files.map((file) => ({id: this.nextId++, file, status: 'ready' as AttachmentStatus, loaded: 0, total: file.size}));
    this.items = [...this.items, ...added];
    for (const item of added) this.upload(item);
    this.host.requestUpdate();
    return added;
  }

  /** Removes a file, cancelling its upload. */
  remove(id: number): void {
    const item = this.items.find((candidate) => candidate.id === id);
    if (!item) return;
    item.cancel?.abort();
    this.revoke(id);
    this.items = this.items.filter((candidate) => candidate !== item);
    this.host.requestUpdate();
    this.checkSettled();
  }

  clear(): void {
    for (const item of this.items) this.remove(item.id);
  }

  /** Uploads a failed file again. */
  retry(id: number): void {
    const item = this.items.find((candidate) => candidate.id === id);
    if (item?.status === 'failed') this.upload(item);
  }

  /** Resolves once no upload is running. */
  settled(): Promise<void> {
    if (!this.pending) return Promise.resolve();
    return new Promise((resolve) => this.settledWaiters.push(resolve));
  }

  private upload(item: Attachment): void {
    const endpoint = this.events.endpoint();
    if (!endpoint) return;
    const cancel = new AbortController();
    Object.assign(item, {status: 'uploading', loaded: 0, total: item.file.size, error: undefined, cancel});
    this.host.requestUpdate();
    // The upload code loads with the first upload: a chat without `upload-endpoint` never fetches it.
    // A failed load fails this file's upload, which keeps the file with its retry button.
    import('../../core/upload.js')
      .then(({uploadFile}) =>
        uploadFile(endpoint, item.file, {
          ...this.events.requestOptions?.(),
          signal: cancel.signal,
          onProgress: (loaded, total) => {
            Object.assign(item, {loaded, total});
            this.host.requestUpdate();
          },
        }),
      )
      .then(
        (result) => {
          Object.assign(item, {status: 'uploaded', result, cancel: undefined});
          this.events.uploaded(item);
          this.done();
        },
        (error: unknown) => {
          if (isAbortError(error)) return; // removed: nothing to show
          Object.assign(item, {status: 'failed', error: (error as Error).message, cancel: undefined});
          this.events.failed(item);
          this.done();
        },
      );
  }

  private done(): void {
    this.host.requestUpdate();
    this.checkSettled();
  }

  private checkSettled(): void {
    if (this.pending) return;
    const waiters = this.settledWaiters;
    this.settledWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private revoke(id: number): void {
    const url = this.previews.get(id);
    if (url) URL.revokeObjectURL(url);
    this.previews.delete(id);
  }
}
