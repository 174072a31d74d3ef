/**
 * Defines a custom element unless a copy of chat-blocks already did: two
 * copies of the script on one page must not throw. Where there is no
 * `customElements` registry (Node without a DOM, for server rendering or
 * tests), importing chat-blocks defines nothing and still succeeds.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const registry = globalThis.customElements as CustomElementRegistry | undefined;
  if (registry && !registry.get(tag)) registry.define(tag, element);
}
