/* The look of a group of messages (one role, one avatar), of the panel layout and of the waiting dots. */
import {css} from 'lit';

/** A group: its avatar and the column of its messages. */
export const groupStyles = css`
  /* A section of chunks of groups (group-chunks.ts) makes no box: its
     chunks are the transcript column's items. In the element tree, the
     transcript then holds a few dozen sections, not hundreds of chunks side
     by side, which made style slow after an append. With a box of its own,
     a chunk above the one scrolled to pushed it away as it came on screen
     and grew. Off-screen chunks skip layout and paint. */
  .section {
    display: contents;
  }
  .chunk {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_spacing) * 2);
    content-visibility: auto;
    contain-intrinsic-size: auto 2000px;
    padding: 4px;
    margin: -4px;
  }
  /* A group: consecutive messages of one role, one avatar. A grid of one
     column of messages, sized to the widest of them up to its limit, beside
     the avatar's column when there is an avatar; no element wraps the
     messages. Off-screen groups skip layout and paint: a long history opens
     fast. The padding leaves room for focus rings inside the containment. */
  .group {
    display: grid;
    grid-template-columns: fit-content(min(85%, 760px));
    justify-content: start;
    justify-items: start;
    align-items: flex-start;
    column-gap: var(--_spacing);
    row-gap: calc(var(--_spacing) / 2);
    content-visibility: auto;
    contain-intrinsic-size: auto 120px;
    padding: 4px;
    margin: -4px;
  }
  .group.user {
    justify-content: end;
    justify-items: end;
    align-items: flex-end;
  }
  /* The role's name for screen readers ("You", "Assistant"): generated text, not an element per group.
     Transparent rather than clipped to a pixel: a clip and a clip-path per group cost Blink about 3 KB
     per message once laid out (bench/heap-scrolled.js); forced colors must not make it visible. */
  .group::before {
    content: attr(data-label);
    position: absolute;
    color: transparent;
    forced-color-adjust: none;
    pointer-events: none;
    white-space: nowrap;
  }
  .group.with-avatar {
    grid-template-columns: auto fit-content(min(85%, 760px));
    /* The avatar takes no height from the first row (see .avatar): the group keeps it. */
    min-height: calc(var(--_avatar-size) + 8px);
  }
  .group.with-avatar > .message {
    grid-column: 2;
  }
  .group.user.with-avatar {
    grid-template-columns: fit-content(min(85%, 760px)) auto;
  }
  .group.user.with-avatar > .message {
    grid-column: 1;
  }
  .avatar {
    grid-row: 1;
    grid-column: 1;
    align-self: start;
    /* Beside the group's messages, not the height of the first one's row. */
    margin-block-end: calc(var(--_avatar-size) * -1);
    width: var(--_avatar-size);
    height: var(--_avatar-size);
    border-radius: 50%;
    object-fit: cover;
  }
  .group.user .avatar {
    grid-column: 2;
  }
  /* A group of one message that never was the last is that message's node (group-view.ts):
     a flex column as a message is, as wide as its group's column would be,
     at its side of the list. Its chunk alone skips its layout off screen:
     skipped on its own, the message would take a placeholder's size, not
     its group's place in the column. */
  .message.group {
    display: flex;
    align-self: flex-start;
    align-items: flex-start;
    max-width: min(85%, 760px);
    content-visibility: visible;
    padding: 0;
    margin: 0;
  }
  .message.group.user {
    align-self: flex-end;
    align-items: flex-end;
  }
  /* A thought alone is as wide as its text, as its group's column was. */
  .message.group.thought-message {
    align-self: flex-start;
  }
`;

/** The panel layout: full-width rows instead of bubbles. */
export const panelLayoutStyles = css`
  /* Panel layout: full-width rows instead of bubbles. */
  .log[data-layout='panel'] .group,
  .log[data-layout='panel'] .group.user {
    grid-template-columns: minmax(0, 1fr);
    justify-content: stretch;
    justify-items: stretch;
    align-items: stretch;
  }
  .log[data-layout='panel'] .group.with-avatar {
    grid-template-columns: auto minmax(0, 1fr);
  }
  .log[data-layout='panel'] .group.with-avatar > .message {
    grid-column: 2;
  }
  .log[data-layout='panel'] .group .avatar {
    grid-column: 1;
  }
  .log[data-layout='panel'] .message.group {
    align-self: stretch;
    align-items: stretch;
    max-width: none;
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

/** The dots that wait for a reply. */
export const waitingStyles = css`
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
`;
