/* The look of the full-size image view. */
import {css} from 'lit';

/** The modal image view and its close button. */
export const viewerStyles = css`
  .viewer {
    max-width: 95vw;
    max-height: 95vh;
    padding: 0;
    border: none;
    background: none;
    overflow: visible;
  }
  .viewer::backdrop {
    background: rgb(0 0 0 / 0.8);
  }
  .viewer-image {
    display: block;
    max-width: 95vw;
    max-height: 90vh;
    object-fit: contain;
  }
  .viewer-close {
    position: absolute;
    top: 8px;
    right: 8px;
    background: rgb(0 0 0 / 0.6);
    color: #fff;
  }
  .viewer-close:hover:not(:disabled) {
    background: rgb(0 0 0 / 0.8);
    color: #fff;
  }
`;
