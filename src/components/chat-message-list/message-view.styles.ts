/* The look of a message: its bubble, its error or stopped mark and its options. */
import {css} from 'lit';

/** A message and its bubble. */
export const messageStyles = css`
  .message {
    display: flex;
    flex-direction: column;
    align-items: inherit;
    gap: calc(var(--_spacing) / 2);
    max-width: 100%;
    min-width: 0;
  }
  /* As wide as the group's column: stretched in a group (a grid), or in a thought (a flex column). */
  .message.thought-message {
    align-self: stretch;
    justify-self: stretch;
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
`;

/** The inline error of a failed reply and the options under the last reply. */
export const errorOptionStyles = css`
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
    /* Its label draws inside it; the button's own focus ring is not clipped. */
    overflow: clip;
  }
  .option:hover:not(:disabled) {
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
  }
`;

/** The quiet mark of a reply the user stopped. */
export const stoppedStyles = css`
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
`;
