import {css, unsafeCSS} from 'lit';
import {themeTokens, tokenAlias} from './tokens.js';

/**
 * Declares every token's private alias on `:host`: `--_text` is the page's
 * `--chat-blocks-text` if set (on the element or any ancestor), else the
 * default. Declaring the aliases, never the public names, keeps a value
 * inherited from the page in force. Every element includes this first.
 */
export const theme = unsafeCSS(`:host {
  ${themeTokens.map(tokenAlias).join('\n  ')}
  /* Derived, not themable on its own. */
  --_hover: color-mix(in srgb, var(--_text) 8%, transparent);
}`);

/**
 * Resets the inherited text properties that would distort the widget when a
 * page sets them on an ancestor (centred, spaced or upper-cased answers).
 * `font-family` and `color-scheme` are inherited on purpose.
 */
export const textReset = css`
  font-size: var(--_font-size);
  line-height: var(--_line-height);
  font-family: var(--_font);
  font-style: normal;
  font-weight: normal;
  font-variant: normal;
  font-stretch: normal;
  text-align: start;
  text-align-last: auto;
  text-indent: 0;
  text-transform: none;
  text-shadow: none;
  letter-spacing: normal;
  word-spacing: normal;
  white-space: normal;
  word-break: normal;
  overflow-wrap: normal;
  hyphens: manual;
  color: var(--_text);
`;
