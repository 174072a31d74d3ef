/**
 * An icon as an inline SVG template. Decorative: each sits in a control
 * that has its own label.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {filledIcons, iconPaths, type IconName} from './icon-paths.js';

export type {IconName};

/** The icon `name`, `size` CSS pixels square. */
export function icon(name: IconName, size = 16): TemplateResult {
  return html`<svg
    class="icon"
    viewBox="0 0 24 24"
    width=${size}
    height=${size}
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    <path d=${iconPaths[name]} fill=${filledIcons.has(name) ? 'currentColor' : nothing}></path>
  </svg>`;
}
