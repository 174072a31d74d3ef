/* The look of the editor of a user message. */
import {css} from 'lit';

/** The editor: its text area and its two buttons. */
export const editorStyles = css`
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
`;
