/**
 * The toolbar under a turn: copy, edit (user text), like and dislike, and
 * retry and undo on the last reply. `renderTurnActions` decides what
 * applies to a turn; `renderActions` draws it and reports clicks.
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {TranscriptEntry, TranscriptGroup} from '../../render/transcript.js';
import type {ChatStrings} from '../../strings.js';
import {icon, type IconName} from '../icons/icon.js';
import {likedOf} from './list-actions.js';
import type {GroupInputs, ListTools} from './view-inputs.js';

export interface ActionsView {
  copy: boolean;
  /** The message was just copied: the button says so. */
  copied: boolean;
  edit: boolean;
  feedback: boolean;
  liked: boolean | null;
  retry: boolean;
  undo: boolean;
  /** A reply is on its way, or the chat is disabled: edit, retry and undo wait. */
  locked: boolean;
  onCopy: () => void;
  onEdit: () => void;
  onLike: (pressed: boolean) => void;
  onRetry: () => void;
  onUndo: () => void;
}

function button(
  name: string,
  label: string,
  iconName: IconName,
  onClick: () => void,
  options: {disabled?: boolean; pressed?: boolean; title?: string} = {},
): TemplateResult {
  return html`<button
    type="button"
    part=${name}
    class="icon-button"
    aria-label=${label}
    title=${options.title ?? label}
    aria-pressed=${options.pressed === undefined ? nothing : options.pressed ? 'true' : 'false'}
    ?disabled=${options.disabled ?? false}
    @click=${onClick}
  >
    ${icon(iconName)}
  </button>`;
}

export function renderActions(view: ActionsView, strings: ChatStrings): TemplateResult {
  return html`<div class="actions">
    ${
      view.copy
        ? button('copy-button', view.copied ? strings.copied : strings.copy, view.copied ? 'check' : 'copy', view.onCopy, {
            title: strings.copy,
          })
        : nothing
    }
    ${view.edit ? button('edit-button', strings.edit, 'edit', view.onEdit, {disabled: view.locked}) : nothing}
    ${
      view.feedback
        ? html`${button('like-button', strings.like, 'like', () => view.onLike(true), {pressed: view.liked === true})}
          ${button('dislike-button', strings.dislike, 'dislike', () => view.onLike(false), {pressed: view.liked === false})}`
        : nothing
    }
    ${view.retry ? button('retry-button', strings.retry, 'retry', view.onRetry, {disabled: view.locked}) : nothing}
    ${view.undo ? button('undo-button', strings.undo, 'undo', view.onUndo, {disabled: view.locked}) : nothing}
  </div>`;
}

/**
 * The turn's action row, on its lead message `entry`. Like, dislike and
 * edit act on the lead message (its index is what `chat-like` reports);
 * copy copies the turn's text.
 */
export function renderTurnActions(
  entry: TranscriptEntry,
  turn: TranscriptGroup,
  inputs: GroupInputs,
  tools: ListTools,
  streaming: boolean,
): unknown {
  const {index, message} = entry;
  if (inputs.editing?.index === index) return nothing;
  const isUser = message.role === 'user';
  const isLastReply = turn.entries.some((each) => each.index === inputs.lastReply);
  const hasContent = typeof message.content !== 'string' || message.content !== '';
  // A reply that failed with nothing in it has nothing to copy or rate.
  const failedEmpty = !hasContent && message.error !== undefined;
  return renderActions(
    {
      copy: !failedEmpty && !streaming,
      copied: inputs.copiedIndex === index,
      edit: isUser && typeof message.content === 'string',
      feedback: !failedEmpty && !inputs.noFeedback && (!isUser || inputs.likeUserMessage) && !streaming,
      liked: likedOf(inputs.likes, index, message),
      // A failed reply has its retry button in its error.
      retry: isLastReply && message.error === undefined,
      undo: isLastReply,
      locked: inputs.locked,
      onCopy: () => void tools.actions.copyTurn(index, turn),
      onEdit: () => tools.startEditing(index, message.content as string),
      onLike: (pressed) => tools.actions.like(index, message, pressed),
      onRetry: () => tools.actions.retry(index),
      onUndo: () => tools.actions.undo(index),
    },
    inputs.strings,
  );
}
