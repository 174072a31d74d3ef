import {css} from 'lit';

/** Rendered markdown inside a bubble: text, tables, code (with highlight.js classes) and math. */
export const markdownStyles = css`
  .markdown > :first-child,
  .thought-body .markdown > :first-child {
    margin-block-start: 0;
  }
  /* Not \`.block-group:last-child > :last-child\`: a structural pseudo-class left of a combinator
     makes the browser restyle the whole of an element that stops being last (a 3,000-row table,
     125 ms). A group's last block ends without its margin, and groups keep their gap themselves. */
  .markdown > :last-child,
  .block-group > :last-child {
    margin-block-end: 0;
  }
  .block-group + .block-group {
    margin-block-start: 0.6em;
  }
  /* The blocks of a long text past its first few hundred, in groups (markdown-view.ts):
     off-screen groups skip layout and paint, and keep the size they last had.
     Find-in-page still finds their text. */
  .block-group {
    content-visibility: auto;
    contain-intrinsic-size: auto 760px auto 300em;
  }
  /* A paragraph of many lines, in runs of lines (render/line-runs.ts): runs off screen skip layout. */
  .line-run {
    display: block;
    content-visibility: auto;
    contain-intrinsic-size: auto 760px auto 150em;
  }
  .markdown p,
  .markdown ul,
  .markdown ol,
  .markdown blockquote,
  .markdown table,
  .markdown .code-block,
  .markdown .math-display {
    margin-block: 0 0.6em;
  }
  .markdown h1,
  .markdown h2,
  .markdown h3,
  .markdown h4,
  .markdown h5,
  .markdown h6 {
    margin-block: 0.8em 0.4em;
    line-height: 1.25;
  }
  .markdown h1 {
    font-size: 1.4em;
  }
  .markdown h2 {
    font-size: 1.25em;
  }
  .markdown h3 {
    font-size: 1.1em;
  }
  .markdown h4,
  .markdown h5,
  .markdown h6 {
    font-size: 1em;
  }
  .markdown ul,
  .markdown ol {
    padding-inline-start: 1.5em;
  }
  .markdown li > p {
    margin: 0;
  }
  .markdown li:has(> .task-done, > .task-open, > p:first-child > .task-done, > p:first-child > .task-open) {
    list-style: none;
  }
  .markdown .task-done,
  .markdown .task-open {
    margin-inline-start: -1.3em;
    display: inline-block;
    width: 1.3em;
  }
  .markdown a {
    color: var(--_accent);
    text-underline-offset: 2px;
  }
  .user .markdown a {
    color: inherit;
  }
  .markdown img {
    max-width: 100%;
    height: auto;
  }
  .markdown blockquote {
    margin-inline: 0;
    padding-inline-start: 0.9em;
    border-inline-start: 3px solid var(--_border);
    color: var(--_muted);
  }
  .user .markdown blockquote {
    color: inherit;
    border-color: currentColor;
  }
  .markdown hr {
    border: none;
    border-top: 1px solid var(--_border);
  }
  .markdown table {
    display: block;
    max-width: 100%;
    overflow-x: auto;
    border-collapse: collapse;
  }
  .markdown th,
  .markdown td {
    padding: 4px 10px;
    border: 1px solid var(--_border);
    text-align: start;
  }
  .markdown th {
    font-weight: 600;
  }
  .markdown code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  .markdown :not(pre) > code {
    padding: 0.1em 0.35em;
    border-radius: 4px;
    background: var(--_code-background);
    color: var(--_text);
  }
  .markdown pre {
    margin: 0;
    padding: var(--_spacing) calc(var(--_spacing) * 1.5);
    overflow-x: auto;
    background: var(--_code-background);
    color: var(--_text);
    line-height: 1.45;
  }
  /* A code block: its header (the language, generated from data-language,
     and the copy button) above the code, in a grid of two columns. */
  .markdown .code-block {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
    overflow: hidden;
    direction: ltr;
    text-align: left;
    background: var(--_background);
    color: var(--_muted);
  }
  .code-block::before {
    content: attr(data-language);
    padding-inline-start: calc(var(--_spacing) * 1.5);
    font-size: 0.8em;
  }
  .markdown .code-block > pre {
    grid-column: 1 / -1;
    border-top: 1px solid var(--_border);
  }
  .code-copy {
    margin: 2px 4px 2px var(--_spacing);
    font-size: 0.8em;
    padding: 2px 8px;
    border: none;
    border-radius: 6px;
    background: none;
    color: var(--_muted);
    cursor: pointer;
  }
  .code-copy:hover {
    background: var(--_hover);
    color: var(--_text);
  }
  /* An image image-sources held back: a button naming its host. */
  .image-placeholder {
    display: inline-flex;
    align-items: center;
    min-height: 40px;
    max-width: 100%;
    padding: 4px calc(var(--_spacing) * 1.5);
    border: 1px dashed currentColor;
    border-radius: calc(var(--_radius) / 1.5);
    background: none;
    /* The text colour of its bubble, which has the contrast (a user bubble is the accent colour). */
    color: inherit;
    font: inherit;
    font-size: 0.9em;
    overflow-wrap: anywhere;
    text-align: start;
    cursor: pointer;
  }
  .image-placeholder:hover {
    text-decoration: underline;
  }
  /* A wide formula scrolls sideways. Not up and down: MathML's box is often a pixel shorter than
     what it draws, so overflow-y: auto (what overflow-x: auto alone implies) made every display
     formula a scroller, and the browser visits every scroller of the page each frame (layerize,
     commit): a long reply whose formulas were typeset as they passed the screen grew slower with
     every frame. Hidden, a formula only scrolls when it is wider than the bubble. */
  .markdown .math-display {
    display: block;
    overflow-x: auto;
    overflow-y: hidden;
  }
  .markdown .math-source {
    white-space: pre-wrap;
  }
  /* Text shown as it is (plain-text, or a message past max-markdown-length), in blocks. */
  .plain-block {
    white-space: pre-wrap;
    /* A long text off screen costs no layout. */
    content-visibility: auto;
    contain-intrinsic-size: auto 20em;
  }

  /* highlight.js classes, in the theme's colours (light, dark), each at
     least 4.5:1 on the code background. */
  .hljs-comment,
  .hljs-quote {
    color: var(--_muted);
    font-style: italic;
  }
  .hljs-keyword,
  .hljs-selector-tag,
  .hljs-literal,
  .hljs-doctag,
  .hljs-meta .hljs-keyword {
    color: light-dark(#cf222e, #ff7b72);
  }
  .hljs-string,
  .hljs-regexp,
  .hljs-addition,
  .hljs-meta .hljs-string {
    color: light-dark(#0a3069, #a5d6ff);
  }
  .hljs-number,
  .hljs-built_in,
  .hljs-attr,
  .hljs-variable,
  .hljs-template-variable,
  .hljs-symbol,
  .hljs-bullet {
    color: light-dark(#0550ae, #79c0ff);
  }
  .hljs-title,
  .hljs-title.class_,
  .hljs-title.function_,
  .hljs-section {
    color: light-dark(#6639ba, #d2a8ff);
  }
  .hljs-type,
  .hljs-name,
  .hljs-selector-id,
  .hljs-selector-class,
  .hljs-tag {
    color: light-dark(#116329, #7ee787);
  }
  .hljs-deletion {
    color: light-dark(#82071e, #ffdcd7);
    background: light-dark(#ffebe9, #67060c);
  }
  .hljs-addition {
    background: light-dark(#dafbe1, #033a16);
  }
  .hljs-emphasis {
    font-style: italic;
  }
  .hljs-strong {
    font-weight: 600;
  }
`;
