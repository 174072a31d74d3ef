/**
 * The text of a message: markdown with its `<think>` sections as thought
 * panels, or plain text (the `plain-text` setting, or a text past
 * `max-markdown-length` until the user asks for it formatted). A long text
 * renders a slice per frame.
 */
import {html, type TemplateResult} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import {renderBlocks} from './markdown-view.js';
import {renderThought} from './thought-view.js';
import type {GroupInputs, ListTools} from './view-inputs.js';

/** Text as it is, in blocks. */
export function renderPlain(index: number, text: string, inputs: GroupInputs, tools: ListTools, streaming: boolean): unknown {
  const blocks = tools.markdown.blocks(
    `${index}:plain`,
    text,
    {inlineMath: inputs.inlineMath, maxUnbrokenRun: inputs.maxUnbrokenRun, plain: true},
    streaming,
  );
  return renderBlocks(blocks, tools.codeEnhancer(inputs.strings));
}

/** Above a text shown plain for its size: says so, and offers it formatted. */
function renderLongNotice(index: number, inputs: GroupInputs, tools: ListTools): TemplateResult {
  return html`<div class="long-notice">
    <span>${inputs.strings.longMessage}</span>
    <button type="button" part="show-formatted-button" class="text-button" @click=${() => tools.showFormatted(index)}>
      ${inputs.strings.showFormatted}
    </button>
  </div>`;
}

/**
 * The markdown text of message `index`, with `<think>` sections as
 * thoughts; `wrapText` puts each piece of plain text in its container (a
 * bubble, or nothing).
 */
export function renderText(
  index: number,
  text: string,
  inputs: GroupInputs,
  tools: ListTools,
  streaming: boolean,
  wrapText: (body: unknown) => unknown = (body) => body,
): unknown {
  const {strings} = inputs;
  if (text.length > inputs.maxMarkdownLength && !inputs.formattedAnyway.has(index)) {
    return wrapText(html`${renderLongNotice(index, inputs, tools)}${renderPlain(index, text, inputs, tools, streaming)}`);
  }
  const segments = tools.markdown.segmentsOf(index, text);
  const enhance = tools.codeEnhancer(strings);
  // An older message's code is highlighted when it comes near the screen (code-on-screen.ts).
  const options = {
    inlineMath: inputs.inlineMath,
    images: inputs.images,
    maxUnbrokenRun: inputs.maxUnbrokenRun,
    highlightLater: inputs.older,
  };
  // A text without thoughts (most messages) is one piece: no keyed list of pieces to keep for it.
  if (segments.length === 1 && segments[0]!.kind === 'text') {
    return wrapText(renderBlocks(tools.markdown.blocks(`${index}:0`, segments[0]!.text, options, streaming), enhance));
  }
  return repeat(
    segments,
    (_segment, position) => position,
    (segment, position) => {
      const segmentKey = `${index}:${position}`;
      const isLast = position === segments.length - 1;
      const blocks = tools.markdown.blocks(segmentKey, segment.text, options, streaming && isLast);
      if (segment.kind === 'text') return wrapText(renderBlocks(blocks, enhance));
      return renderThought(
        {
          title: strings.thinking,
          pending: segment.pending,
          open: inputs.thoughtToggles.get(segmentKey) ?? segment.pending,
          body: renderBlocks(blocks, enhance),
          onToggle: (open) => tools.toggleThought(segmentKey, open),
        },
        strings,
      );
    },
  );
}
