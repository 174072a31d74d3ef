/**
 * An icon as an inline SVG template. Decorative: each sits in a control
 * that has its own label.
 */
import {html, type TemplateResult} from 'lit';
import {filledIcons, iconPaths, type IconName} from './icon-paths.js';

export type {IconName};

/**
 * The icon `name`, 16 or 20 CSS pixels square. Two bindings per icon (a
 * long history draws thousands): the sizes are fixed in the templates.
 */
export function icon(name: IconName, size: 16 | 20 = 16): TemplateResult {
  const d = iconPaths[name];
  const fill = filledIcons.has(name) ? 'currentColor' : 'none';
  return size === 16
    ? html`<svg
        class="icon"
        viewBox="0 0 24 24"
        width="16"
        height="16"
        fill=${fill}
        stroke="currentColor"
        stroke-width="2"
        stroke-linecap="round"
        stroke-linejoin="round"
        aria-hidden="true"
        focusable="false"
      >
        <path d=${d}></path>
      </svg>`
    : html`<svg
        class="icon"
        viewBox="0 0 24 24"
        width="20"
        height="20"
        fill=${fill}
        stroke="currentColor"
        stroke-width="2"
        stroke-linecap="round"
        stroke-linejoin="round"
        aria-hidden="true"
        focusable="false"
      >
        <path d=${d}></path>
      </svg>`;
}
