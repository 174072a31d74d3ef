/**
 * The previews of attached files: image thumbnails, an audio player for
 * audio (recordings), a chip with name and size for everything else, and
 * each file's upload progress, cancel, retry and remove controls.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {keyed} from 'lit/directives/keyed.js';
import {formatFileSize} from '../../core/files.js';
import {formatString, type ChatStrings} from '../../strings.js';
import type {Attachment, Attachments} from './attachments.js';
import {icon} from '../icons/icon.js';

export interface PreviewActions {
  remove(id: number): void;
  retry(id: number): void;
}

function renderMedia(item: Attachment, url: string | undefined): TemplateResult {
  const {name, size, type} = item.file;
  if (url && type.startsWith('image/')) return html`<img class="thumbnail" src=${url} alt=${name} />`;
  const chip = html`<span class="chip">
    ${icon('file', 20)}<span class="name" title=${name}>${name}</span><span class="size">${formatFileSize(size)}</span>
  </span>`;
  if (url && type.startsWith('audio/')) {
    return html`${chip}<audio class="player" controls preload="metadata" src=${url} aria-label=${name}></audio>`;
  }
  return chip;
}

function renderStatus(item: Attachment, strings: ChatStrings, disabled: boolean, actions: PreviewActions) {
  const name = item.file.name;
  if (item.status === 'uploading') {
    return html`<progress
        part="upload-progress"
        max=${Math.max(item.total, 1)}
        .value=${item.loaded}
        aria-label=${formatString(strings.uploadProgress, {name})}
      ></progress>
      <button
        part="upload-cancel"
        type="button"
        class="icon-button small"
        aria-label=${formatString(strings.uploadCancel, {name})}
        title=${formatString(strings.uploadCancel, {name})}
        @click=${() => actions.remove(item.id)}
      >
        ${icon('close', 20)}
      </button>`;
  }
  const failed =
    item.status === 'failed'
      ? html`<span class="upload-error">${formatString(strings.uploadFailed, {name, error: item.error ?? ''})}</span>
          <button
            part="upload-retry"
            type="button"
            class="icon-button small"
            ?disabled=${disabled}
            aria-label=${formatString(strings.uploadRetry, {name})}
            title=${formatString(strings.uploadRetry, {name})}
            @click=${() => actions.retry(item.id)}
          >
            ${icon('retry', 20)}
          </button>`
      : nothing;
  return html`${failed}<button
      part="file-remove"
      type="button"
      class="icon-button small"
      ?disabled=${disabled}
      aria-label=${formatString(strings.removeFile, {name})}
      title=${formatString(strings.removeFile, {name})}
      @click=${() => actions.remove(item.id)}
    >
      ${icon('close', 20)}
    </button>`;
}

export function renderPreviews(attachments: Attachments, strings: ChatStrings, disabled: boolean, actions: PreviewActions) {
  if (attachments.items.length === 0) return nothing;
  // Keyed by file, so a file's nodes (its player, a focused button) are never handed to another
  // file. Not with `repeat`: that directive travels with the message views, in the first-reply
  // chunk, which a first attached file must not fetch.
  const previews = attachments.items.map((item) =>
    keyed(
      item.id,
      html`<li part=${item.status === 'failed' ? 'file-preview upload-failed' : 'file-preview'} class="preview" data-status=${item.status}>
        ${renderMedia(item, attachments.previewUrl(item))} ${renderStatus(item, strings, disabled, actions)}
      </li>`,
    ),
  );
  return html`<ul class="previews" aria-label=${strings.attachmentsLabel}>
    ${previews}
  </ul>`;
}
