/**
 * The toolbar under a turn: copy, edit (user text), like and dislike, and
 * retry and undo on the last reply. `renderTurnActions` decides what
 * applies to a turn, `renderActions` draws it, and one listener on the
 * list (`handleActionClick`) turns clicks into actions.
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {ChatMessage} from '../../core/types.js';
import {turnLead, type TranscriptEntry, type TranscriptGroup} from '../../render/transcript.js';
import type {TranscriptCache} from './transcript-cache.js';
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
}

/** What an action button does; its part is `<action>-button`. */
type Action = 'copy' | 'edit' | 'like' | 'dislike' | 'retry' | 'undo';

/**
 * An action button. It has no listener of its own: one listener on the
 * list (`handleActionClick`) serves every row, so a long history holds no
 * listener per button.
 */
function button(
  action: Action,
  label: string,
  iconName: IconName,
  options: {disabled?: boolean; pressed?: boolean; title?: string} = {},
): TemplateResult {
  return html`<button
    type="button"
    part="${action}-button"
    class="icon-button"
    aria-label=${label}
    title=${options.title ?? label}
    aria-pressed=${options.pressed === undefined ? nothing : options.pressed ? 'true' : 'false'}
    ?disabled=${options.disabled ?? false}
  >
    ${icon(iconName)}
  </button>`;
}

export function renderActions(view: ActionsView, strings: ChatStrings): TemplateResult {
  return html`<div class="actions">
    ${view.copy ? button('copy', view.copied ? strings.copied : strings.copy, view.copied ? 'check' : 'copy', {title: strings.copy}) : nothing}
    ${view.edit ? button('edit', strings.edit, 'edit', {disabled: view.locked}) : nothing}
    ${
      view.feedback
        ? html`${button('like', strings.like, 'like', {pressed: view.liked === true})}
          ${button('dislike', strings.dislike, 'dislike', {pressed: view.liked === false})}`
        : nothing
    }
    ${view.retry ? button('retry', strings.retry, 'retry', {disabled: view.locked}) : nothing}
    ${view.undo ? button('undo', strings.undo, 'undo', {disabled: view.locked}) : nothing}
  </div>`;
}

/**
 * The one click listener of every action row, on the list: finds the
 * button and the message it acts on (the turn's lead message, whose
 * `data-index` holds the row) and calls the action.
 */
export function handleActionClick(event: Event, messages: readonly ChatMessage[], transcript: TranscriptCache, tools: ListTools): void {
  const button = (event.target as Element).closest<HTMLButtonElement>('.actions > button[part$="-button"]');
  const holder = button?.closest<HTMLElement>('[data-index]');
  if (!button || button.disabled || !holder) return;
  const index = Number(holder.dataset.index);
  const message = messages[index];
  if (!message) return;
  const action = button.getAttribute('part')!.slice(0, -'-button'.length) as Action;
  switch (action) {
    case 'copy': {
      // The groups the list shows (cached), not all of the history grouped again for one click.
      const turn = transcript.of(messages).find((group) => turnLead(group).index === index);
      if (turn) void tools.actions.copyTurn(index, turn);
      break;
    }
    case 'edit':
      if (typeof message.content === 'string') tools.startEditing(index, message.content);
      break;
    case 'like':
    case 'dislike':
      tools.actions.like(index, message, action === 'like');
      break;
    case 'retry':
      tools.actions.retry(index);
      break;
    case 'undo':
      tools.actions.undo(index);
  }
}

/**
 * The turn's action row, on its lead message `entry`. Like, dislike and
 * edit act on the lead message (its index is what `chat-like` reports);
 * copy copies the turn's text.
 */
export function renderTurnActions(entry: TranscriptEntry, turn: TranscriptGroup, inputs: GroupInputs, streaming: boolean): unknown {
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
    },
    inputs.strings,
  );
}
