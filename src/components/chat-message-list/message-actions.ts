/**
 * The toolbar under a message: copy, edit (user text), like and dislike,
 * and retry and undo on the last reply. The element decides what applies;
 * this only draws it and reports clicks.
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {ChatStrings} from '../../strings.js';
import {icon, type IconName} from './icons.js';

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
  busy: boolean;
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
    ${view.edit ? button('edit-button', strings.edit, 'edit', view.onEdit, {disabled: view.busy}) : nothing}
    ${
      view.feedback
        ? html`${button('like-button', strings.like, 'like', () => view.onLike(true), {pressed: view.liked === true})}
          ${button('dislike-button', strings.dislike, 'dislike', () => view.onLike(false), {pressed: view.liked === false})}`
        : nothing
    }
    ${view.retry ? button('retry-button', strings.retry, 'retry', view.onRetry, {disabled: view.busy}) : nothing}
    ${view.undo ? button('undo-button', strings.undo, 'undo', view.onUndo, {disabled: view.busy}) : nothing}
  </div>`;
}
