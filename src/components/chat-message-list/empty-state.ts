/**
 * What an empty list shows: the `empty` slot (a greeting from strings by
 * default) and the examples as cards (text and file thumbnails) that send
 * themselves when clicked.
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {ChatExample} from '../../context.js';
import type {FileData} from '../../core/types.js';
import type {ChatStrings} from '../../strings.js';
import {fileKind, normalizeFile} from '../../render/media.js';
import {safeUrl} from '../../render/urls.js';

export interface EmptyView {
  examples: readonly ChatExample[];
  /** A reply is on its way, or the chat is disabled: examples wait. */
  disabled: boolean;
  onExample: (example: ChatExample) => void;
  /** An object URL for a `File` or `Blob` to show as a thumbnail. */
  blobUrl: (blob: Blob) => string;
}

function renderFile(file: File | Blob | FileData, view: EmptyView): TemplateResult {
  if (file instanceof Blob) {
    const name = file instanceof File ? file.name : '';
    // A user's own SVG is still a document: show its name, not the picture.
    return file.type.startsWith('image/') && file.type !== 'image/svg+xml'
      ? html`<img class="example-thumb" src=${view.blobUrl(file)} alt=${name} referrerpolicy="no-referrer" />`
      : html`<span class="example-file">${name}</span>`;
  }
  const data = normalizeFile(file);
  const url = fileKind(data) === 'image' ? safeUrl(data.url, 'media') : undefined;
  const name = data.name ?? '';
  return url
    ? html`<img class="example-thumb" src=${url} alt=${data.alt_text || name} referrerpolicy="no-referrer" />`
    : html`<span class="example-file">${name}</span>`;
}

function renderExample(example: ChatExample, view: EmptyView): TemplateResult {
  const text = typeof example === 'string' ? example : example.text;
  const files = typeof example === 'string' ? [] : (example.files ?? []);
  return html`<button type="button" part="example" class="example" ?disabled=${view.disabled} @click=${() => view.onExample(example)}>
    ${files.length > 0 ? html`<span class="example-files">${files.map((file) => renderFile(file, view))}</span>` : nothing}
    <span class="example-text">${text}</span>
  </button>`;
}

export function renderEmpty(view: EmptyView, strings: ChatStrings): TemplateResult {
  return html`<div class="empty">
    <slot name="empty"><p class="greeting">${strings.greeting}</p></slot>
    ${
      view.examples.length > 0
        ? html`<ul class="examples" aria-label=${strings.examplesLabel}>
            ${view.examples.map((example) => html`<li>${renderExample(example, view)}</li>`)}
          </ul>`
        : nothing
    }
  </div>`;
}

/** Object URLs for the examples' files, made once per file and revoked when the list leaves the page. */
export class BlobUrls {
  private readonly urls = new Map<Blob, string>();

  of(blob: Blob): string {
    let url = this.urls.get(blob);
    if (url === undefined) {
      url = URL.createObjectURL(blob);
      this.urls.set(blob, url);
    }
    return url;
  }

  revokeAll(): void {
    for (const url of this.urls.values()) URL.revokeObjectURL(url);
    this.urls.clear();
  }
}
