/**
 * Editing a user message in place: the state of the one message being
 * edited, and its template (a text area with Cancel and Save). Escape
 * cancels, Enter saves, Shift+Enter breaks the line; focus returns to the
 * message's edit button when the editor closes.
 */
import {html, type ReactiveElement, type TemplateResult} from 'lit';
import type {ChatStrings} from '../../strings.js';

/** The message being edited and the text in its editor so far. */
export interface Editing {
  readonly index: number;
  readonly text: string;
}

export class MessageEditor {
  /** The message being edited, or undefined; replaced on each keystroke. */
  editing?: Editing;

  private readonly host: ReactiveElement;
  /** Saves the edit: false when it was refused (empty, or the chat is disabled) and the editor stays. */
  private readonly save: (index: number, value: string, previous: string) => boolean;

  constructor(host: ReactiveElement, save: (index: number, value: string, previous: string) => boolean) {
    this.host = host;
    this.save = save;
  }

  start(index: number, text: string): void {
    this.set({index, text});
    void this.host.updateComplete.then(() => {
      const editor = this.host.renderRoot.querySelector<HTMLTextAreaElement>('.editor textarea');
      editor?.focus();
      editor?.setSelectionRange(editor.value.length, editor.value.length);
    });
  }

  stop(): void {
    const index = this.editing?.index;
    this.set(undefined);
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLElement>(`[data-index="${index}"] [part~="edit-button"]`)?.focus(),
    );
  }

  private input(text: string): void {
    if (this.editing) this.set({index: this.editing.index, text});
  }

  private submit(previous: string): void {
    const editing = this.editing;
    if (editing && this.save(editing.index, editing.text, previous)) this.set(undefined);
  }

  private onKey(event: KeyboardEvent, previous: string): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.stop();
    } else if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      this.submit(previous);
    }
  }

  private set(editing: Editing | undefined): void {
    this.editing = editing;
    this.host.requestUpdate();
  }

  /** The editor in place of the message's text; `previous` is the text being edited. */
  render(editing: Editing, previous: string, strings: ChatStrings): TemplateResult {
    return html`<div class="editor">
      <textarea
        aria-label=${strings.editLabel}
        .value=${editing.text}
        rows="3"
        @input=${(event: Event) => this.input((event.target as HTMLTextAreaElement).value)}
        @keydown=${(event: KeyboardEvent) => this.onKey(event, previous)}
      ></textarea>
      <div class="editor-actions">
        <button type="button" class="text-button" @click=${() => this.stop()}>${strings.editCancel}</button>
        <button type="button" class="text-button primary" @click=${() => this.submit(previous)}>${strings.editSave}</button>
      </div>
    </div>`;
  }
}
