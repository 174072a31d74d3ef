import {LitElement, html} from 'lit';
import {property} from 'lit/decorators.js';
import {defineElement} from '../../define.js';
import {defaultStrings, type ChatStrings} from '../../strings.js';
import {ChatConsumer} from '../chat-consumer.js';
import {icon} from '../icons/icon.js';
import {styles} from './chat-clear-button.styles.js';

/**
 * Clears the conversation. Inside a `<chat-blocks>` it calls that
 * element's `clear()` (which aborts a running reply and fires `chat-clear`)
 * and is disabled while the history is empty; alone, it fires `chat-clear`
 * itself.
 *
 * @tagname chat-clear-button
 * @summary A button that clears the chat.
 *
 * @fires chat-clear - Standalone only: the user pressed the button.
 *
 * @csspart clear-button - The `<button>`.
 */
export class ChatClearButton extends LitElement {
  static override styles = styles;

  private readonly chat = new ChatConsumer(this);

  /** Nothing to clear (standalone); inside `<chat-blocks>` an empty history also disables it. */
  @property({type: Boolean, reflect: true}) disabled = false;
  /** Standalone: UI strings to override (inside `<chat-blocks>`, its `strings` apply). */
  @property({attribute: false}) strings: Partial<ChatStrings> = {};

  private get labels(): ChatStrings {
    return this.chat.controller?.strings ?? {...defaultStrings, ...this.strings};
  }

  /** True when there is nothing to clear: no messages and no reply on its way. */
  private get empty(): boolean {
    const view = this.chat.controller?.view;
    if (!view) return false;
    return view.messages.length === 0 && view.status !== 'waiting' && view.status !== 'streaming';
  }

  private clear(): void {
    this.chat.actions.clear();
  }

  override render() {
    const strings = this.labels;
    return html`<button
      part="clear-button"
      type="button"
      ?disabled=${this.disabled || this.empty}
      aria-label=${strings.clearLabel}
      title=${strings.clearLabel}
      @click=${this.clear}
    >
      ${icon('trash')}<span>${strings.clear}</span>
    </button>`;
  }
}

defineElement('chat-clear-button', ChatClearButton);

declare global {
  interface HTMLElementTagNameMap {
    'chat-clear-button': ChatClearButton;
  }
}
