import {css} from 'lit';
import {buttonStates} from '../button-states.styles.js';
import {textReset, theme} from '../theme/theme.styles.js';

const ownStyles = css`
  :host {
    display: inline-block;
    ${textReset}
  }
  :host([hidden]) {
    display: none;
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.35em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_muted);
    font: inherit;
    cursor: pointer;
  }
  button:hover:not(:disabled) {
    background: var(--_chip-background);
  }
  /* In a narrow <chat-blocks>, an icon in the list's corner; with nothing
     to clear it steps out of the way. */
  @container chat-blocks (width < 480px) {
    button {
      justify-content: center;
      width: 36px;
      height: 36px;
      padding: 0;
      border-radius: 50%;
      background: var(--_background);
      box-shadow: 0 1px 4px rgb(0 0 0 / 0.12);
    }
    span {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    button:disabled {
      visibility: hidden;
    }
  }
  @media (pointer: coarse) {
    button {
      min-width: 40px;
      min-height: 40px;
    }
  }
`;

export const styles = [theme, buttonStates, ownStyles];
