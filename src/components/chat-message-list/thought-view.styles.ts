/* The look of a thought panel. */
import {css} from 'lit';

/** A thought: its summary, its spinner or check mark, its body. */
export const thoughtStyles = css`
  .thought {
    align-self: stretch;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_background);
    color: var(--_text);
    max-width: 100%;
  }
  .thought[data-pending] {
    border-color: color-mix(in srgb, var(--_accent) 55%, var(--_border));
  }
  .thought-summary {
    display: flex;
    align-items: center;
    gap: var(--_spacing);
    padding: calc(var(--_spacing) * 0.75) var(--_spacing);
    cursor: pointer;
    list-style: none;
    border-radius: inherit;
  }
  .thought-summary::-webkit-details-marker {
    display: none;
  }
  .thought-summary::after {
    content: '';
    margin-inline-start: auto;
    width: 7px;
    height: 7px;
    border-right: 2px solid var(--_muted);
    border-bottom: 2px solid var(--_muted);
    transform: rotate(45deg);
  }
  .thought[open] > .thought-summary::after {
    transform: rotate(-135deg);
  }
  /* A title or log line draws inside its own box; the margin leaves room
     for a link's focus ring. */
  .thought-title,
  .thought-log {
    overflow: clip;
    overflow-clip-margin: 4px;
  }
  .thought-title {
    flex: 1 1 auto;
    min-width: 0;
    font-weight: 600;
  }
  .thought-summary .muted {
    white-space: nowrap;
  }
  .thought-title p {
    margin: 0;
  }
  .muted {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .thought-body {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_spacing) / 2);
    padding: 0 calc(var(--_spacing) * 1.5) var(--_spacing);
    color: var(--_muted);
  }
  .spinner {
    flex: none;
    width: 14px;
    height: 14px;
    border: 2px solid var(--_border);
    border-top-color: var(--_accent);
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  .thought-done {
    flex: none;
    display: inline-grid;
    width: 14px;
    height: 14px;
    color: var(--_muted);
  }
  .thought-done .icon {
    width: 14px;
    height: 14px;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
`;
