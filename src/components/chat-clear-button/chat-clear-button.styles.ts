import {css} from 'lit';
import {buttonStates} from '../button-states.styles.js';

// Theme variables are read with fallbacks, never declared on :host, so a
// value set on <chat-blocks> (or the page) reaches this element.
const ownStyles = css`
  :host {
    --_text: var(--chat-blocks-muted, #5f6b7a);
    --_hover: var(--chat-blocks-chip-background, #f1f3f5);
    --_border: var(--chat-blocks-border, #c9d1d9);
    --_focus: var(--chat-blocks-focus-ring, #2563eb);
    display: inline-block;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_text: var(--chat-blocks-muted, #9da7b3);
      --_hover: var(--chat-blocks-chip-background, #262c36);
      --_border: var(--chat-blocks-border, #3d444d);
      --_focus: var(--chat-blocks-focus-ring, #60a5fa);
    }
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
    border-radius: var(--chat-blocks-radius, 12px);
    background: transparent;
    color: var(--_text);
    font: var(--chat-blocks-font, inherit);
    cursor: pointer;
  }
  button:hover:not(:disabled) {
    background: var(--_hover);
  }
`;

export const styles = [buttonStates, ownStyles];
