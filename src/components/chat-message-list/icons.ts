/**
 * The list's icons, as inline SVG in templates: no image requests, nothing
 * for a strict Content-Security-Policy to block. Decorative: each sits in a
 * button that has its own label.
 */
import {html, svg, type SVGTemplateResult, type TemplateResult} from 'lit';

const paths = {
  copy: svg`<rect x="8" y="8" width="12" height="12" rx="2"></rect><path d="M16 8V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h2"></path>`,
  check: svg`<path d="M5 12.5l4.5 4.5L19 7.5"></path>`,
  like: svg`<path d="M7 10v10H4V10zM7 10l4-7a2 2 0 0 1 3 2l-1 5h6a2 2 0 0 1 2 2.3l-1.3 6A2 2 0 0 1 17.7 20H7"></path>`,
  dislike: svg`<path d="M7 14V4H4v10zM7 14l4 7a2 2 0 0 0 3-2l-1-5h6a2 2 0 0 0 2-2.3l-1.3-6A2 2 0 0 0 17.7 4H7"></path>`,
  edit: svg`<path d="M4 20h4L19 9l-4-4L4 16zM13.5 6.5l4 4"></path>`,
  retry: svg`<path d="M20 11a8 8 0 1 0-2.3 5.7M20 4v7h-7"></path>`,
  undo: svg`<path d="M9 14L4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11"></path>`,
  close: svg`<path d="M6 6l12 12M18 6L6 18"></path>`,
  arrowDown: svg`<path d="M12 5v14M6 13l6 6 6-6"></path>`,
  file: svg`<path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8zM14 3v5h5"></path>`,
} satisfies Record<string, SVGTemplateResult>;

export type IconName = keyof typeof paths;

export function icon(name: IconName): TemplateResult {
  return html`<svg
    class="icon"
    viewBox="0 0 24 24"
    width="16"
    height="16"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    ${paths[name]}
  </svg>`;
}
