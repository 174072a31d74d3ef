import {css, unsafeCSS} from 'lit';
import {buttonStates} from '../button-states.styles.js';
import {textReset, theme} from '../theme/theme.styles.js';
import {visuallyHidden} from '../theme/visually-hidden.js';

const ownStyles = css`
  :host {
    display: block;
    position: relative;
    ${textReset}
  }
  :host([hidden]) {
    display: none;
  }

  .box {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 6px;
    padding: 6px;
    background: var(--_input-background);
    border: 1px solid var(--_input-border);
    border-radius: var(--_radius);
  }
  /* One focus ring: the box's, while the text area has focus (the buttons
     inside draw their own). */
  .box:has(textarea:focus) {
    border-color: var(--_focus-ring);
    box-shadow: 0 0 0 1px var(--_focus-ring);
  }
  .row {
    display: flex;
    align-items: flex-end;
    gap: 4px;
  }

  textarea {
    flex: 1;
    box-sizing: border-box;
    min-height: 2.25em;
    max-height: var(--_textbox-max-height);
    padding: 0.5em 0.5em;
    border: none;
    background: transparent;
    color: inherit;
    font: inherit;
    line-height: 1.4;
    resize: none;
    overflow-y: hidden;
  }
  textarea:focus-visible {
    outline: none;
  }
  textarea::placeholder {
    color: var(--_muted);
  }
  textarea:disabled {
    cursor: not-allowed;
  }

  .icon-button {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 36px;
    height: 36px;
    padding: 0;
    border: none;
    border-radius: 50%;
    background: transparent;
    color: var(--_muted);
    cursor: pointer;
  }
  .icon-button:hover:not(:disabled) {
    color: var(--_text);
    background: var(--_chip-background);
  }
  .icon-button.small {
    width: 1.75em;
    height: 1.75em;
  }
  .primary,
  .primary:hover:not(:disabled) {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .primary[aria-busy='true'] {
    opacity: 0.7;
    cursor: progress;
  }

  [part~='input-error'] {
    color: var(--_error);
    font-size: 0.9em;
  }
  [part~='input-error'] p {
    margin: 0 6px;
  }
  /* Kept in the page (an alert region must exist before its text), but
     without taking up the gap while there is nothing to say. */
  [part~='input-error']:empty {
    margin-top: -6px;
  }

  .drop-zone {
    position: absolute;
    inset: 0;
    z-index: 1;
    display: grid;
    place-items: center;
    border: 2px dashed var(--_accent);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_input-background) 85%, var(--_accent));
    color: var(--_text);
    font-weight: 600;
    pointer-events: none;
  }

  .visually-hidden {
    ${unsafeCSS(visuallyHidden)}
  }
  /* Touch: every control is at least 40 px on a coarse pointer. */
  @media (pointer: coarse) {
    .icon-button,
    .icon-button.small {
      width: 40px;
      height: 40px;
    }
    textarea {
      min-height: 40px;
    }
  }
`;

/** The attached files' previews and the recording indicator have their own styles, loaded with them (`attaching.styles.ts`). */
export const styles = [theme, buttonStates, ownStyles];
