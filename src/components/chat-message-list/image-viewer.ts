/**
 * The full-size view of an image (part `image-viewer`): a modal dialog that
 * closes with Escape, its close button, or a click beside the image.
 */
import {html, type TemplateResult} from 'lit';
import type {ChatStrings} from '../../strings.js';
import {icon} from '../icons/icon.js';

/** An image to show full size. */
export interface ViewedImage {
  url: string;
  alt: string;
}

export function renderImageViewer(image: ViewedImage, strings: ChatStrings, onClose: () => void): TemplateResult {
  // The click beside the image is a pointer shortcut; from the keyboard the
  // dialog closes with Escape (native to <dialog>) or its close button.
  // eslint-disable-next-line lit-a11y/click-events-have-key-events
  return html`<dialog
    part="image-viewer"
    class="viewer"
    aria-label=${strings.imageViewerLabel}
    @close=${onClose}
    @click=${(event: Event) => {
      if (event.target === event.currentTarget) onClose();
    }}
  >
    <img class="viewer-image" src=${image.url} alt=${image.alt} referrerpolicy="no-referrer" />
    <button type="button" class="viewer-close icon-button" aria-label=${strings.imageViewerClose} @click=${onClose}>
      ${icon('close')}
    </button>
  </dialog>`;
}
