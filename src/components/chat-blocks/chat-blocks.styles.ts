import {css} from 'lit';
import {textReset, theme} from '../theme/theme.styles.js';

// The host is a plain box the page may size and place (height, width,
// flex, grid, position, margin, background). Nothing it sets there
// can reach the layout: the `base` wrapper is positioned over the host's
// padding box, whatever display, box-sizing or overflow the page gives the
// host, and lays everything out inside.
const ownStyles = css`
  :host {
    display: block;
    position: relative;
    box-sizing: border-box;
    /* The host's size never depends on what it shows (a long history would
       stretch it): it is the page's, or else the default height. */
    contain: size layout;
    contain-intrinsic-size: var(--_inline-size) var(--_height);
    /* A flex or grid parent may make it smaller than the default. */
    min-width: 0;
    min-height: 0;
    background: var(--_background);
    border-radius: var(--_radius);
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    ${textReset}
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: inherit;
    /* The input row adapts to the widget's own width (a floating panel, a
       phone, a sidebar), not to the viewport: the base is a size container
       (and, positioned, the containing block of the corner Clear icon). */
    container: chat-blocks / inline-size;
  }
  chat-message-list {
    flex: 1;
    min-height: 0;
  }
  .input-row {
    display: flex;
    align-items: flex-end;
    gap: var(--_gap);
    padding: var(--_gap);
    border-top: 1px solid var(--_border);
  }
  chat-multimodal-textbox {
    flex: 1;
    min-width: 0;
  }
  /* Narrow: the text area gets the whole row; Clear becomes an icon in the
     list's top corner (clear of a scrollbar on either side). */
  @container chat-blocks (width < 480px) {
    chat-message-list {
      /* Room above the first message, so the icon covers none at the top. */
      --_clear-inset: 40px;
    }
    chat-clear-button {
      position: absolute;
      inset-block-start: 8px;
      inset-inline-end: 20px;
      z-index: 1;
    }
  }
  slot:not([name]) {
    display: contents;
  }
`;

export const styles = [theme, ownStyles];
