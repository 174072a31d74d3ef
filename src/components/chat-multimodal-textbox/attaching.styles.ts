import {css} from 'lit';

/**
 * The textbox's styles for what only files bring: the attached files'
 * previews (thumbnails, chips, players, upload progress and errors) and
 * the recording indicator. They load with the file code (`attaching.ts`),
 * and the textbox adds them after its own.
 */
export const attachingStyles = css`
  .previews {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .preview {
    display: flex;
    align-items: center;
    gap: 4px;
    max-width: 100%;
    padding: 4px;
    border-radius: 8px;
    background: var(--_chip-background);
  }
  .preview[data-status='failed'] {
    outline: 1px solid var(--_error);
  }
  .thumbnail {
    display: block;
    width: 3.5em;
    height: 3.5em;
    object-fit: cover;
    border-radius: 6px;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    min-width: 0;
  }
  .name {
    max-width: 14em;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .size {
    color: var(--_muted);
    font-size: 0.85em;
    white-space: nowrap;
  }
  .player {
    height: 2em;
    max-width: 16em;
  }
  progress {
    width: 5em;
    accent-color: var(--_accent);
  }
  .upload-error {
    color: var(--_error);
    font-size: 0.85em;
  }

  .recording {
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 0 6px;
    color: var(--_error);
    font-variant-numeric: tabular-nums;
  }
  .recording .dot {
    width: 0.6em;
    height: 0.6em;
    border-radius: 50%;
    background: currentColor;
  }
  .level {
    flex: 1;
    max-width: 8em;
    height: 0.4em;
    border-radius: 0.2em;
    background: var(--_chip-background);
    overflow: hidden;
  }
  .level > span {
    display: block;
    height: 100%;
    background: var(--_accent);
    transform-origin: left;
    transition: transform 80ms linear;
  }
  .recording-button {
    color: var(--_error);
  }

  @media (prefers-reduced-motion: reduce) {
    .level > span {
      transition: none;
    }
  }
`;
