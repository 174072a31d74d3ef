/**
 * The template of a thought, the one look of both a `metadata` thought
 * (tool step) and reasoning: a collapsible panel (part `thought`) with a
 * title, a spinner while it is pending and a check mark once done, its
 * duration and log in muted text, and its body. Its open state is decided by the element (open while
 * pending, closed when done, unless the user toggled it), so the native
 * toggle of `<details>` is replaced by an explicit one.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {formatString, type ChatStrings} from '../../strings.js';
import {icon} from '../icons/icon.js';

export interface ThoughtView {
  title: unknown;
  pending: boolean;
  open: boolean;
  duration?: number;
  log?: string;
  body: unknown;
  /** The user asked to open or close the panel. */
  onToggle: (open: boolean) => void;
}

function formatDuration(seconds: number, strings: ChatStrings): string {
  const rounded = seconds < 10 ? Math.round(seconds * 10) / 10 : Math.round(seconds);
  return formatString(strings.thoughtDuration, {seconds: rounded.toLocaleString()});
}

export function renderThought(view: ThoughtView, strings: ChatStrings): TemplateResult {
  const toggle = (event: Event) => {
    event.preventDefault();
    view.onToggle(!view.open);
  };
  const duration = typeof view.duration === 'number' && Number.isFinite(view.duration) ? view.duration : undefined;
  return html`<details part="thought" class="thought" .open=${view.open} ?data-pending=${view.pending}>
    <summary class="thought-summary" @click=${toggle}>
      ${
        view.pending
          ? html`<span class="spinner" aria-hidden="true"></span><span class="sr-only">${strings.thoughtPending}</span>`
          : html`<span class="thought-done" aria-hidden="true">${icon('check')}</span>`
      }
      <span class="thought-title">${view.title}</span>
      ${view.log ? html`<span class="muted thought-log">${view.log}</span>` : nothing}
      ${duration === undefined ? nothing : html`<span class="muted thought-duration">${formatDuration(duration, strings)}</span>`}
    </summary>
    <div class="thought-body">${view.body}</div>
  </details>`;
}
