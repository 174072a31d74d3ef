/*
 * The list's own look (its frame, shared buttons, scroll button, motion and
 * touch sizes): what an empty list shows. The views' styles come with the
 * views (conversation.styles.ts), which put them all in their order.
 */
import {css, unsafeCSS} from 'lit';
import {textReset, theme} from '../theme/theme.styles.js';
import {visuallyHidden} from '../theme/visually-hidden.js';
import {emptyStyles} from './empty-state.styles.js';

/** The host, the scrolling log and the transcript column. */
export const frame = css`
  :host {
    display: flex;
    flex-direction: column;
    position: relative;
    min-height: 0;
    box-sizing: border-box;
    ${textReset}
    background: var(--_background);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus-ring);
    outline-offset: 2px;
  }
  .sr-only {
    ${unsafeCSS(visuallyHidden)}
  }
  .log {
    flex: 1 1 auto;
    min-height: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
    /* Opaque (the host's own colour): on a screen of low pixel density Chromium then scrolls the
       log on its compositor thread, not by painting it again (composited, with its text kept sharp). */
    background: var(--_background);
    padding: calc(var(--_spacing) * 2);
    /* Set by <chat-blocks> when its Clear icon floats over the list's top corner. */
    padding-block-start: calc(var(--_spacing) * 2 + var(--_clear-inset, 0px));
  }
  .log:focus-visible {
    outline-offset: -2px;
  }
  .transcript {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_spacing) * 2);
  }
`;

/** Buttons take the list's font and colour. */
export const buttonReset = css`
  button {
    font: inherit;
    color: inherit;
  }
`;

/** The bordered text button (retry, edit's save and cancel, show formatted). */
export const textButton = css`
  .text-button {
    min-height: 32px;
    padding: 2px 12px;
    border: 1px solid var(--_border);
    border-radius: 8px;
    background: var(--_background);
    color: var(--_text);
    cursor: pointer;
  }
  .text-button:hover:not(:disabled) {
    background: var(--_hover);
  }
  .text-button.primary {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
`;

/** Jumps to the latest message after the user scrolled up. */
export const scrollButton = css`
  .scroll-button {
    position: absolute;
    bottom: calc(var(--_spacing) * 1.5);
    left: 50%;
    transform: translateX(-50%);
    display: grid;
    place-items: center;
    width: 36px;
    height: 36px;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: var(--_background);
    color: var(--_text);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
    cursor: pointer;
  }
`;

/** Slower spinners for users who ask for less motion. */
export const motion = css`
  @media (prefers-reduced-motion: reduce) {
    .spinner,
    .dot {
      animation-duration: 3s;
    }
  }
`;

/* Touch: every control is at least 40 px on a coarse pointer. */
export const touch = css`
  @media (pointer: coarse) {
    .icon-button,
    .scroll-button {
      width: 40px;
      height: 40px;
    }
    .text-button,
    .option,
    .code-copy,
    .thought-summary {
      min-height: 40px;
    }
  }
`;

/** An empty list's styles, in the order they hold in `conversationStyles`. */
export const styles = [theme, frame, buttonReset, textButton, scrollButton, motion, emptyStyles, touch];
