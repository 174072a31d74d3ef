/* The look of a turn's action row. */
import {css} from 'lit';

/** The action row and its icon buttons. */
export const actionStyles = css`
  /* Calm: a turn's action row shows on hover and focus, always on the last
     reply and where nothing hovers (touch). Hidden rows keep their place
     (no jump on hover) and stay in the tab order. */
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 2px;
    margin-inline: -4px;
    color: var(--_muted);
    opacity: 0;
    transition: opacity 0.15s ease;
  }
  /* An older turn draws its row when the pointer or focus comes (view-inputs.ts):
     until then the row's place is kept, so nothing moves when it appears. */
  .message.row-deferred::after {
    content: '';
    height: 32px;
  }
  @media (pointer: coarse) {
    .message.row-deferred::after {
      height: 40px;
    }
  }
  .group:hover .actions,
  .group:focus-within .actions,
  .group.last-reply .actions {
    opacity: 1;
  }
  @media (hover: none) and (pointer: coarse) {
    .actions {
      opacity: 1;
    }
  }
  .icon-button {
    display: inline-grid;
    place-items: center;
    width: 32px;
    height: 32px;
    padding: 0;
    border: none;
    border-radius: 6px;
    background: none;
    color: var(--_muted);
    cursor: pointer;
  }
  .icon-button:hover:not(:disabled) {
    background: var(--_hover);
    color: var(--_text);
  }
  .icon-button[aria-pressed='true'] {
    color: var(--_accent);
  }
  .icon-button[aria-pressed='true'] .icon {
    fill: color-mix(in srgb, currentColor 25%, transparent);
  }
  button:disabled {
    opacity: 0.45;
    cursor: not-allowed;
  }
  :host(:dir(rtl)) [part~='undo-button'] .icon,
  :host(:dir(rtl)) [part~='retry-button'] .icon {
    transform: scaleX(-1);
  }
`;
