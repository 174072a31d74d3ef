import {themeTokens, tokenAlias} from '../theme/tokens.js';
import {visuallyHidden} from '../theme/visually-hidden.js';

/**
 * The launcher's styles, as one constructable stylesheet (allowed under a
 * strict `style-src`, shared by every launcher on the page). Colours, font
 * radius and placement are the shared theme tokens (`--chat-blocks-*`, read
 * through their `--_` aliases, as every element reads them).
 *
 * The host takes no box (`display: contents`, `!important` so page CSS on
 * the tag cannot give it one), and `.root` resets every inherited property
 * (`all: initial`) except `color-scheme`, so page styles reach neither the
 * button nor the panel, and the launcher follows the page's light or dark.
 */
const css = String.raw`
:host {
  display: contents !important;
  ${themeTokens.map(tokenAlias).join('\n  ')}
}
:host([hidden]) {
  display: none !important;
}
.root {
  all: initial;
  color-scheme: inherit;
  --_size: var(--_launcher-size);
  --_offset-x: var(--_launcher-offset-x);
  --_offset-y: var(--_launcher-offset-y);
  --_gap: 0.75rem;
  /* The page's font is inherited, as by every element; size and line height are the theme's. */
  font-family: var(--_font, inherit);
  font-size: var(--_font-size);
  line-height: var(--_line-height);
  color: var(--_text);
}
.button,
.panel {
  position: fixed;
  z-index: var(--_launcher-z-index);
  box-sizing: border-box;
  right: calc(var(--_offset-x) + env(safe-area-inset-right, 0px));
}
:host([position='bottom-left']) .button,
:host([position='bottom-left']) .panel {
  right: auto;
  left: calc(var(--_offset-x) + env(safe-area-inset-left, 0px));
}
.button {
  bottom: calc(var(--_offset-y) + env(safe-area-inset-bottom, 0px));
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: 0.5rem;
  min-width: var(--_size);
  height: var(--_size);
  margin: 0;
  padding: 0 calc((var(--_size) - 1.75rem) / 2);
  border: 0;
  border-radius: calc(var(--_size) / 2);
  background: var(--_accent);
  color: var(--_on-accent);
  font: inherit;
  font-weight: 600;
  cursor: pointer;
  box-shadow: 0 4px 14px rgb(0 0 0 / 0.25);
}
.button:focus-visible,
.close:focus-visible,
.retry:focus-visible {
  outline: 2px solid var(--_focus-ring);
  outline-offset: 3px;
}
.icon {
  flex: none;
  width: 1.75rem;
  height: 1.75rem;
  fill: none;
  stroke: currentColor;
  stroke-width: 2;
  stroke-linecap: round;
  stroke-linejoin: round;
}
.icon-close,
:host([open]) .icon-chat {
  display: none;
}
:host([open]) .icon-close {
  display: block;
}
.label:empty {
  display: none;
}
.badge {
  position: absolute;
  top: -0.25rem;
  right: -0.25rem;
  min-width: 1.25rem;
  height: 1.25rem;
  padding: 0 0.3rem;
  box-sizing: border-box;
  border-radius: 0.625rem;
  border: 2px solid var(--_background);
  background: var(--_error);
  color: var(--_background);
  font-size: 0.75rem;
  line-height: 1rem;
  text-align: center;
}
.badge[hidden] {
  display: none;
}
.progress {
  display: none;
  position: absolute;
  inset: -4px;
  border-radius: inherit;
  border: 3px solid transparent;
  border-top-color: var(--_accent);
}
:host([loading]) .progress {
  display: block;
  animation: spin 0.9s linear infinite;
}
.panel {
  bottom: calc(var(--_offset-y) + env(safe-area-inset-bottom, 0px) + var(--_size) + var(--_gap));
  display: flex;
  flex-direction: column;
  width: min(var(--_launcher-width), calc(100vw - 2 * var(--_offset-x)));
  height: min(var(--_launcher-height), calc(100dvh - 2 * var(--_offset-y) - var(--_size) - var(--_gap)));
  overflow: hidden;
  background: var(--_background);
  color: var(--_text);
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
  box-shadow: 0 12px 40px rgb(0 0 0 / 0.25);
}
.panel[hidden] {
  display: none;
}
.header {
  display: flex;
  align-items: center;
  gap: 0.5rem;
  padding: 0.5rem 0.5rem 0.5rem 1rem;
  border-bottom: 1px solid var(--_border);
}
.heading {
  flex: 1;
  margin: 0;
  font-size: 1rem;
  font-weight: 600;
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
}
.close {
  display: inline-flex;
  padding: 0.375rem;
  margin: 0;
  border: 0;
  border-radius: 0.375rem;
  background: transparent;
  color: inherit;
  cursor: pointer;
}
.close .icon {
  width: 1.25rem;
  height: 1.25rem;
}
.close:hover {
  background: var(--_chip-background);
}
.body {
  display: flex;
  flex-direction: column;
  flex: 1;
  min-height: 0;
}
.body chat-blocks {
  flex: 1;
  min-height: 0;
  height: auto;
  border: 0;
  border-radius: 0;
}
.notice {
  display: flex;
  flex-direction: column;
  align-items: center;
  justify-content: center;
  gap: 0.75rem;
  flex: 1;
  margin: 0;
  padding: 1rem;
  text-align: center;
}
.notice p {
  margin: 0;
}
.spinner {
  width: 1.5rem;
  height: 1.5rem;
  border-radius: 50%;
  border: 3px solid var(--_border);
  border-top-color: var(--_accent);
  animation: spin 0.9s linear infinite;
}
.retry {
  padding: 0.5rem 1rem;
  border: 0;
  border-radius: 0.5rem;
  background: var(--_accent);
  color: var(--_on-accent);
  font: inherit;
  cursor: pointer;
}
.visually-hidden {
  ${visuallyHidden}
}
/* Narrow viewports: the panel is a full-screen sheet that stays above the on-screen keyboard. */
@media (max-width: 30rem) {
  .panel,
  :host([position='bottom-left']) .panel {
    top: var(--_viewport-top, 0px);
    right: 0;
    bottom: auto;
    left: 0;
    width: 100%;
    height: var(--_viewport-height, 100dvh);
    border: 0;
    border-radius: 0;
    padding: env(safe-area-inset-top, 0px) env(safe-area-inset-right, 0px) env(safe-area-inset-bottom, 0px) env(safe-area-inset-left, 0px);
  }
  :host([open]) .button {
    display: none;
  }
}
@media (prefers-reduced-motion: no-preference) {
  .panel:not([hidden]) {
    animation: appear 0.16s ease-out;
  }
}
@keyframes appear {
  from {
    opacity: 0;
  }
}
@keyframes spin {
  to {
    transform: rotate(1turn);
  }
}
`;

let sheet: CSSStyleSheet | undefined;

/** The one stylesheet every launcher adopts. */
export function launcherStyles(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
}
