/* The look of a file message: an image, a player or a download chip. */
import {css} from 'lit';

/** Images, players and download chips. */
export const fileStyles = css`
  /* The click area is the image's own size, so the image keeps to its side. */
  .image-button {
    display: block;
    /* A length, not a percentage: it caps the width the bubble is sized
       from too (the bubble itself is capped at 100% of the list). */
    max-width: 360px;
    padding: 0;
    border: none;
    border-radius: var(--_radius);
    background: none;
    cursor: zoom-in;
  }
  .file-image {
    display: block;
    max-width: 100%;
    max-height: 360px;
    width: auto;
    height: auto;
    border-radius: var(--_radius);
  }
  .file-audio {
    width: min(100%, 360px);
  }
  .file-video {
    display: block;
    max-width: 100%;
    max-height: 360px;
    border-radius: var(--_radius);
  }
  .file-chip,
  .file-warning {
    color: var(--_error, currentColor);
    font-size: 0.85em;
    font-weight: 600;
  }
  .file-inert {
    display: inline-flex;
    align-items: center;
    gap: var(--_spacing);
    max-width: 100%;
    padding: var(--_spacing) calc(var(--_spacing) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    text-decoration: none;
    overflow-wrap: anywhere;
  }
  .file-chip:hover {
    border-color: var(--_accent);
  }
  .file-name {
    font-weight: 600;
  }
  .file-meta {
    color: var(--_muted);
    font-size: 0.85em;
    white-space: nowrap;
  }
  .file-inert {
    color: var(--_muted);
  }
`;
