/**
 * What the launcher hands on to the `<chat-blocks>` inside its panel: every
 * attribute except its own and the global ones that belong to the launcher
 * element itself (an `id` must stay unique, an `on…` handler must not run
 * twice), and the properties that have no attribute.
 */
const ownAttributes = new Set([
  'open',
  'position',
  'label',
  'heading',
  'greeting',
  'examples',
  'id',
  'class',
  'style',
  'slot',
  'hidden',
  'title',
  'tabindex',
  'role',
  'part',
  'exportparts',
  'is',
  'popover',
  'inert',
  'autofocus',
  'nonce',
  // Reflected by the inner <chat-blocks> itself.
  'status',
]);

export function isForwardedAttribute(name: string): boolean {
  return !ownAttributes.has(name) && !name.startsWith('on') && !name.startsWith('aria-') && !name.startsWith('data-');
}

/** The properties of `<chat-blocks>` that have no attribute (or take objects), set on the inner element. */
export const forwardedProperties = ['adapter', 'body', 'examples', 'headers', 'messages'] as const;
export type ForwardedProperty = (typeof forwardedProperties)[number];

/** Copies every forwarded attribute of `from` onto `to`, and drops those `from` no longer has. */
export function syncAttributes(from: Element, to: Element): void {
  for (const {name, value} of from.attributes) {
    if (isForwardedAttribute(name) && to.getAttribute(name) !== value) to.setAttribute(name, value);
  }
  for (const {name} of [...to.attributes]) {
    if (isForwardedAttribute(name) && !from.hasAttribute(name)) to.removeAttribute(name);
  }
}

/** Reads the `examples` attribute: a JSON list of prompts. Loud in the console when it is not one. */
export function parseExamples(value: string | null): string[] | undefined {
  if (value === null || value.trim() === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) return parsed;
  } catch {
    // Reported below.
  }
  console.error(`chat-blocks-launcher: the examples attribute must be a JSON list of strings, got ${value}`);
  return undefined;
}
