import {css} from 'lit';

// Theme values are read with fallbacks, never declared on :host, so a page
// can set `--chat-blocks-*` on the element or on any ancestor.
export const styles = css`
  :host {
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    height: var(--chat-blocks-height, 36rem);
    font-family: var(--chat-blocks-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    color: var(--chat-blocks-text, #1f2328);
    background: var(--chat-blocks-background, #ffffff);
    border: 1px solid var(--chat-blocks-border, #d0d7de);
    border-radius: var(--chat-blocks-radius, 0.75rem);
    overflow: hidden;
    position: relative;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      color: var(--chat-blocks-text, #e6edf3);
      background: var(--chat-blocks-background, #0d1117);
      border-color: var(--chat-blocks-border, #30363d);
    }
  }
  :host([hidden]) {
    display: none;
  }
  .layout {
    display: flex;
    flex-direction: column;
    flex: 1;
    min-height: 0;
  }
  chat-message-list {
    flex: 1;
    min-height: 0;
  }
  .input-row {
    display: flex;
    align-items: flex-end;
    gap: var(--chat-blocks-gap, 0.5rem);
    padding: var(--chat-blocks-gap, 0.5rem);
    border-top: 1px solid var(--chat-blocks-border, #d0d7de);
  }
  @media (prefers-color-scheme: dark) {
    .input-row {
      border-top-color: var(--chat-blocks-border, #30363d);
    }
  }
  chat-multimodal-textbox {
    flex: 1;
    min-width: 0;
  }
  slot:not([name]) {
    display: contents;
  }
`;
