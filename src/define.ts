/**
 * Defines a custom element unless a copy of chat-blocks already did: two
 * copies of the script on one page must not throw.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
