/*
 * The list's own look (its frame, shared buttons, scroll button, motion and
 * touch sizes) and the order of every view's styles: the order is the
 * cascade, so rules of equal specificity keep the precedence they had.
 */
import {css, unsafeCSS} from 'lit';
import {textReset, theme} from '../theme/theme.styles.js';
import {visuallyHidden} from '../theme/visually-hidden.js';
import {emptyStyles} from './empty-state.styles.js';
import {editorStyles} from './editor-view.styles.js';
import {fileStyles} from './file-view.styles.js';
import {groupStyles, panelLayoutStyles, waitingStyles} from './group-view.styles.js';
import {viewerStyles} from './image-viewer.styles.js';
import {markdownStyles} from './markdown.styles.js';
import {actionStyles} from './message-actions.styles.js';
import {errorOptionStyles, messageStyles, stoppedStyles} from './message-view.styles.js';
import {thoughtStyles} from './thought-view.styles.js';

/** The host, the scrolling log and the transcript column. */
const frame = css`
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
const buttonReset = css`
  button {
    font: inherit;
    color: inherit;
  }
`;

/** The bordered text button (retry, edit's save and cancel, show formatted). */
const textButton = css`
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
const scrollButton = css`
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
const motion = css`
  @media (prefers-reduced-motion: reduce) {
    .spinner,
    .dot {
      animation-duration: 3s;
    }
  }
`;

/* Touch: every control is at least 40 px on a coarse pointer. */
const touch = css`
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

export const styles = [
  theme,
  frame,
  groupStyles,
  messageStyles,
  panelLayoutStyles,
  buttonReset,
  actionStyles,
  textButton,
  errorOptionStyles,
  editorStyles,
  stoppedStyles,
  scrollButton,
  waitingStyles,
  thoughtStyles,
  motion,
  emptyStyles,
  fileStyles,
  viewerStyles,
  markdownStyles,
  touch,
];
