import {css} from 'lit';

export const styles = css`
  :host {
    --chat-blocks-height: 36rem;
    --chat-blocks-font: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    --chat-blocks-background: #ffffff;
    --chat-blocks-text: #1f2328;
    --chat-blocks-border: #d0d7de;
    --chat-blocks-radius: 0.75rem;
    --chat-blocks-gap: 0.5rem;
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    height: var(--chat-blocks-height);
    font-family: var(--chat-blocks-font);
    color: var(--chat-blocks-text);
    background: var(--chat-blocks-background);
    border: 1px solid var(--chat-blocks-border);
    border-radius: var(--chat-blocks-radius);
    overflow: hidden;
    position: relative;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --chat-blocks-background: #0d1117;
      --chat-blocks-text: #e6edf3;
      --chat-blocks-border: #30363d;
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
    gap: var(--chat-blocks-gap);
    padding: var(--chat-blocks-gap);
    border-top: 1px solid var(--chat-blocks-border);
  }
  chat-multimodal-textbox {
    flex: 1;
    min-width: 0;
  }
  slot:not([name]) {
    display: contents;
  }
`;
