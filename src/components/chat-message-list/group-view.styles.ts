/* The look of a group of messages (one role, one avatar), of the panel layout and of the waiting dots. */
import {css} from 'lit';

/** A group: its avatar and the column of its messages. */
export const groupStyles = css`
  /* A chunk of groups (group-chunks.ts): off-screen chunks skip layout and
     paint, and a long history is a few dozen of them, not thousands of groups. */
  .chunk {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_spacing) * 2);
    content-visibility: auto;
    contain-intrinsic-size: auto 2000px;
    padding: 4px;
    margin: -4px;
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
`;

/** The panel layout: full-width rows instead of bubbles. */
export const panelLayoutStyles = css`
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
