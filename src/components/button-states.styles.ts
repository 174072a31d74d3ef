import {css} from 'lit';

/**
 * The focus ring and disabled look of the textbox's and the clear button's
 * buttons, in the theme's `--_focus-ring`.
 */
export const buttonStates = css`
  button:focus-visible {
    outline: 2px solid var(--_focus-ring);
    outline-offset: 2px;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.45;
  }
`;
