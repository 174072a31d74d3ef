import {css} from 'lit';

/**
 * The focus ring and disabled look of the textbox's and the clear button's
 * buttons. Each element defines `--_focus` from its theme.
 */
export const buttonStates = css`
  button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.45;
  }
`;
