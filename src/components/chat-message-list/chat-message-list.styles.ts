import {css} from 'lit';
import {markdownStyles} from './markdown.styles.js';
import {textReset, theme} from '../theme/theme.styles.js';

const layout = css`
  :host {
    display: flex;
    flex-direction: column;
    position: relative;
    min-height: 0;
    box-sizing: border-box;
    ${textReset}
    background: var(--_background);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus-ring);
    outline-offset: 2px;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .log {
    flex: 1 1 auto;
    min-height: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: calc(var(--_spacing) * 2);
    /* Set by <chat-blocks> when its Clear icon floats over the list's top corner. */
    padding-block-start: calc(var(--_spacing) * 2 + var(--_clear-inset, 0px));
  }
  .log:focus-visible {
    outline-offset: -2px;
  }
  .transcript {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_spacing) * 2);
  }

  /* A group: consecutive messages of one role, one avatar. */
  .group {
    display: flex;
    align-items: flex-start;
    gap: var(--_spacing);
    /* Off-screen groups skip layout and paint: a long history opens fast.
       The padding leaves room for focus rings inside the containment. */
    content-visibility: auto;
    contain-intrinsic-size: auto 120px;
    padding: 4px;
    margin: -4px;
  }
  .group.user {
    flex-direction: row-reverse;
  }
  .group-messages {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_spacing) / 2);
    min-width: 0;
    max-width: min(85%, 760px);
  }
  .group.user .group-messages {
    align-items: flex-end;
  }
  .avatar {
    flex: none;
    width: var(--_avatar-size);
    height: var(--_avatar-size);
    border-radius: 50%;
    object-fit: cover;
  }
  .message {
    display: flex;
    flex-direction: column;
    align-items: inherit;
    gap: calc(var(--_spacing) / 2);
    max-width: 100%;
    min-width: 0;
  }
  .message.thought-message {
    align-self: stretch;
  }
  /* A turn's messages read as one group: the bubbles that touch share a flat corner. */
  .group.assistant .message:has(+ .message) > .content {
    border-end-start-radius: 4px;
  }
  .group.assistant .message + .message > .content {
    border-start-start-radius: 4px;
  }
  .group.user .message:has(+ .message) > .content {
    border-end-end-radius: 4px;
  }
  .group.user .message + .message > .content {
    border-start-end-radius: 4px;
  }

  /* The bubble. Containment keeps whatever a message holds inside it. */
  .content {
    max-width: 100%;
    min-width: 0;
    padding: var(--_spacing) calc(var(--_spacing) * 1.5);
    border-radius: var(--_radius);
    background: var(--_assistant-background);
    color: var(--_assistant-text);
    overflow-wrap: anywhere;
    contain: layout paint style;
  }
  .user .content {
    background: var(--_user-background);
    color: var(--_user-text);
  }
  .content.plain {
    white-space: pre-wrap;
  }
  .long-notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_spacing);
    margin-bottom: var(--_spacing);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .content.file {
    padding: 0;
    background: none;
    color: var(--_text);
  }
  /* Tables scroll sideways inside their bubble rather than break words. */
  .content table {
    overflow-wrap: normal;
  }
  .thought .content {
    padding: 0;
    background: none;
    color: inherit;
  }

  /* Panel layout: full-width rows instead of bubbles. */
  .log[data-layout='panel'] .group,
  .log[data-layout='panel'] .group.user {
    flex-direction: row;
  }
  .log[data-layout='panel'] .group-messages,
  .log[data-layout='panel'] .group.user .group-messages {
    max-width: none;
    flex: 1;
    align-items: stretch;
  }
  .log[data-layout='panel'] .content {
    background: none;
    color: var(--_text);
    padding-inline: 0;
  }
  .log[data-layout='panel'] .group.user {
    margin: 0;
    padding: var(--_spacing);
    border-radius: var(--_radius);
    background: var(--_assistant-background);
  }
`;

const controls = css`
  button {
    font: inherit;
    color: inherit;
  }
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
  .text-button {
    min-height: 32px;
    padding: 2px 12px;
    border: 1px solid var(--_border);
    border-radius: 8px;
    background: var(--_background);
    color: var(--_text);
    cursor: pointer;
  }
  .text-button:hover:not(:disabled) {
    background: var(--_hover);
  }
  .text-button.primary {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_spacing);
    padding: calc(var(--_spacing) * 0.75) calc(var(--_spacing) * 1.25);
    border: 1px solid color-mix(in srgb, var(--_error) 40%, transparent);
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_error-background);
    color: var(--_error);
    overflow-wrap: anywhere;
  }

  .options {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_spacing) * 0.75);
  }
  .option {
    padding: 4px 14px;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    background: none;
    color: var(--_accent);
    cursor: pointer;
  }
  .option:hover:not(:disabled) {
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
  }

  .editor {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_spacing) / 2);
    width: min(560px, 75vw);
    max-width: 100%;
  }
  .editor textarea {
    width: 100%;
    padding: var(--_spacing);
    border: 1px solid var(--_input-border);
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_input-background);
    color: var(--_text);
    font: inherit;
    resize: vertical;
  }
  .editor-actions {
    display: flex;
    justify-content: flex-end;
    gap: calc(var(--_spacing) / 2);
  }

  .stopped-mark {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_spacing);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .stopped-text::before {
    content: '';
    display: inline-block;
    width: 0.6em;
    height: 0.6em;
    margin-inline-end: 0.5em;
    border-radius: 2px;
    background: currentColor;
  }

  .scroll-button {
    position: absolute;
    bottom: calc(var(--_spacing) * 1.5);
    left: 50%;
    transform: translateX(-50%);
    display: grid;
    place-items: center;
    width: 36px;
    height: 36px;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: var(--_background);
    color: var(--_text);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
    cursor: pointer;
  }
`;

const states = css`
  .waiting {
    display: inline-flex;
    gap: 4px;
    padding: calc(var(--_spacing) * 1.5);
    border-radius: var(--_radius);
    background: var(--_assistant-background);
  }
  .dot {
    width: 7px;
    height: 7px;
    border-radius: 50%;
    background: var(--_muted);
    animation: blink 1.2s infinite ease-in-out both;
  }
  .dot:nth-child(2) {
    animation-delay: 0.15s;
  }
  .dot:nth-child(3) {
    animation-delay: 0.3s;
  }
  @keyframes blink {
    0%,
    80%,
    100% {
      opacity: 0.25;
    }
    40% {
      opacity: 1;
    }
  }

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
  @media (prefers-reduced-motion: reduce) {
    .spinner,
    .dot {
      animation-duration: 3s;
    }
  }

  .empty {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: calc(var(--_spacing) * 2);
    padding-block: calc(var(--_spacing) * 4);
    text-align: center;
  }
  .greeting {
    margin: 0;
    font-size: 1.25em;
    color: var(--_muted);
  }
  .examples {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
    gap: var(--_spacing);
    width: 100%;
    max-width: 760px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .example {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_spacing) / 2);
    width: 100%;
    height: 100%;
    padding: var(--_spacing) calc(var(--_spacing) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    text-align: start;
    cursor: pointer;
  }
  .example:hover:not(:disabled) {
    border-color: var(--_accent);
  }
  .example-files {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
  }
  .example-thumb {
    width: 48px;
    height: 48px;
    object-fit: cover;
    border-radius: 6px;
  }
  .example-file {
    font-size: 0.85em;
    color: var(--_muted);
  }
`;

const media = css`
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

/* Touch: every control is at least 40 px on a coarse pointer. */
const touch = css`
  @media (pointer: coarse) {
    .icon-button,
    .scroll-button {
      width: 40px;
      height: 40px;
    }
    .text-button,
    .option,
    .code-copy,
    .thought-summary {
      min-height: 40px;
    }
  }
`;

export const styles = [theme, layout, controls, states, media, markdownStyles, touch];
