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
`;

export const styles = [theme, buttonStates, ownStyles];
