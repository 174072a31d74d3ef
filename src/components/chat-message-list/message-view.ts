/**
 * The template of one message (part `message`): its text, file or thought,
 * its error or stopped mark with retry, the options under the last reply,
 * and, on the lead message of a turn, the turn's action row.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {thinkingTitle} from '../../core/shapes/thinking-title.js';
import type {ChatMessage} from '../../core/types.js';
import {sanitizedFragment} from '../../render/fragment-directive.js';
import type {TranscriptEntry, TranscriptGroup} from '../../render/transcript.js';
import {renderFile, type FileImages} from './file-view.js';
import {renderTurnActions} from './message-actions.js';
import {renderPlain, renderText} from './text-view.js';
import {renderThought} from './thought-view.js';
import type {GroupInputs, ListTools} from './view-inputs.js';

/** What a message that is its group's node (group-view.ts) carries of the group: its role's name, and whether it is the last reply. */
export interface LoneGroup {
  label: string;
  lastReply: boolean;
}

/**
 * A message; `turn` is given to the lead message of a turn, which carries
 * the turn's action row, and `lone` to a message that is its group's node.
 */
export function renderEntry(
  entry: TranscriptEntry,
  inputs: GroupInputs,
  tools: ListTools,
  turn?: TranscriptGroup,
  lone?: LoneGroup,
): TemplateResult {
  const {index, message} = entry;
  const {strings} = inputs;
  const role = message.role === 'user' ? 'user' : 'assistant';
  const isThought = message.metadata?.title !== undefined;
  const streaming = index === inputs.streamingIndex;
  const isLast = index === inputs.lastIndex;
  const stopped = message.error !== undefined && message.error === strings.errorStopped;
  // A reply that failed before its first word is only its error.
  const onlyError = !isThought && message.error !== undefined && !stopped && message.content === '';
  const kind = typeof message.content === 'string' ? 'text' : 'file';
  // An older turn's row is drawn when the pointer or focus comes: its lead message is the tab stop that brings it.
  const deferredRow = turn !== undefined && !inputs.rows;
  return html`<div
    part="message message-${role}"
    class="message ${role} ${kind} ${isThought ? 'thought-message' : ''} ${message.error !== undefined ? (stopped ? 'stopped' : 'failed') : ''} ${deferredRow ? 'row-deferred' : ''} ${lone ? `group ${lone.lastReply ? 'last-reply' : ''}` : ''}"
    data-label=${lone?.label ?? nothing}
    data-index=${index}
    aria-busy=${streaming ? 'true' : 'false'}
    tabindex=${turn !== undefined && inputs.older ? '0' : nothing}
  >
    ${
      isThought
        ? renderThoughtMessage(entry, inputs, tools, streaming)
        : onlyError || (stopped && message.content === '')
          ? nothing
          : renderContent(entry, inputs, tools, streaming)
    }
    ${renderTrailing(entry, inputs, tools, {stopped, isLast, streaming, row: turn && !deferredRow ? turn : undefined})}
  </div>`;
}

/**
 * What follows a message's content: its error or stopped mark, the options
 * under the last reply, the turn's action row. One part for the three: most
 * messages of a long history have none of them, and each part costs its
 * comment markers and bookkeeping in every message.
 */
function renderTrailing(
  entry: TranscriptEntry,
  inputs: GroupInputs,
  tools: ListTools,
  {stopped, isLast, streaming, row}: {stopped: boolean; isLast: boolean; streaming: boolean; row?: TranscriptGroup},
): unknown {
  const {index, message} = entry;
  const mark =
    message.error === undefined
      ? nothing
      : stopped
        ? renderStopped(index, message.error, inputs, tools, isLast)
        : renderError(index, message.error, inputs, tools, isLast);
  const options =
    isLast && message.role === 'assistant' && !streaming && message.options?.length
      ? renderReplyOptions(index, message, inputs, tools)
      : nothing;
  const actions = row ? renderTurnActions(entry, row, inputs, streaming) : nothing;
  return mark === nothing && options === nothing && actions === nothing ? nothing : html`${mark}${options}${actions}`;
}

/** What a file message needs to show or hold back its image. */
function fileImages(inputs: GroupInputs, tools: ListTools): FileImages {
  return {policy: inputs.images, loaded: inputs.loadedImages, load: tools.loadImage};
}

function renderContent(entry: TranscriptEntry, inputs: GroupInputs, tools: ListTools, streaming: boolean): unknown {
  const {index, message} = entry;
  if (inputs.editing?.index === index && typeof message.content === 'string') {
    return tools.editor.render(inputs.editing, message.content, inputs.strings);
  }
  if (typeof message.content !== 'string') {
    return html`<div part="message-content" class="content file">
      ${renderFile(message.content, inputs.strings, (image, opener) => tools.openImage(image, opener), fileImages(inputs, tools))}
    </div>`;
  }
  if (inputs.plainText) {
    return html`<div part="message-content" class="content plain">${renderPlain(index, message.content, inputs, tools, streaming)}</div>`;
  }
  // Reasoning is drawn as a thought panel beside the bubble, as metadata thoughts are.
  return renderText(
    index,
    message.content,
    inputs,
    tools,
    streaming,
    (body) => html`<div part="message-content" class="content markdown">${body}</div>`,
  );
}

/** A `metadata` thought (a tool step): its panel holds its text or file and the thoughts nested in it. */
function renderThoughtMessage(entry: TranscriptEntry, inputs: GroupInputs, tools: ListTools, streaming: boolean): TemplateResult {
  const {index, message} = entry;
  const {strings} = inputs;
  const metadata = message.metadata!;
  const key = `thought:${index}`;
  const pending = metadata.status === 'pending';
  const body = html`
    ${
      typeof message.content === 'string'
        ? message.content.trim() === ''
          ? nothing
          : html`<div part="message-content" class="content markdown">
              ${
                inputs.plainText
                  ? renderPlain(index, message.content, inputs, tools, streaming)
                  : renderText(index, message.content, inputs, tools, streaming)
              }
            </div>`
        : html`<div part="message-content" class="content file">
            ${renderFile(message.content, strings, (image, opener) => tools.openImage(image, opener), fileImages(inputs, tools))}
          </div>`
    }
    ${entry.children.map((child) => renderEntry(child, inputs, tools))}
  `;
  // Adapters save reasoning under the contract's `thinkingTitle` marker; it is shown in the page's words.
  const title =
    metadata.title === thinkingTitle
      ? strings.thinking
      : inputs.plainText
        ? metadata.title
        : html`${sanitizedFragment(tools.markdown.inlineSource(metadata.title ?? '', {inlineMath: inputs.inlineMath, images: inputs.images}))}`;
  return renderThought(
    {
      title,
      pending,
      open: inputs.thoughtToggles.get(key) ?? pending,
      duration: metadata.duration,
      log: metadata.log,
      body,
      onToggle: (open) => tools.toggleThought(key, open),
    },
    strings,
  );
}

function renderError(index: number, error: string, inputs: GroupInputs, tools: ListTools, isLast: boolean): TemplateResult {
  return html`<div part="message-error" class="error" role="alert">
    <span class="error-text">${error}</span>
    ${isLast ? renderRetryButton(index, inputs, tools) : nothing}
  </div>`;
}

/** A reply the user stopped: a quiet mark, not an error; retry stays at hand. */
function renderStopped(index: number, text: string, inputs: GroupInputs, tools: ListTools, isLast: boolean): TemplateResult {
  return html`<div part="message-stopped" class="stopped-mark">
    <span class="stopped-text">${text}</span>
    ${isLast ? renderRetryButton(index, inputs, tools) : nothing}
  </div>`;
}

function renderRetryButton(index: number, inputs: GroupInputs, tools: ListTools): TemplateResult {
  return html`<button
    type="button"
    part="retry-button"
    class="text-button"
    ?disabled=${inputs.locked}
    @click=${() => tools.actions.retry(index)}
  >
    ${inputs.strings.retry}
  </button>`;
}

function renderReplyOptions(index: number, message: ChatMessage, inputs: GroupInputs, tools: ListTools): TemplateResult {
  return html`<div class="options" role="group" aria-label=${inputs.strings.optionsLabel}>
    ${message.options!.map(
      (option) =>
        html`<button
          type="button"
          part="option"
          class="option"
          ?disabled=${inputs.locked}
          @click=${() => tools.actions.chooseOption(index, option.value)}
        >
          ${option.label ?? option.value}
        </button>`,
    )}
  </div>`;
}
