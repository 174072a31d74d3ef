/**
 * What each theme token is for: the descriptions of the README's token table
 * and of the custom elements manifest (`scripts/theme-tokens.js` loads this
 * module). Kept out of `tokens.ts`, which the elements import, so the pages
 * that load the widget do not download documentation. Every token must have
 * one: the record's type is the list of token names.
 */
import {themeTokens as tokens, type ThemeToken, type ThemeTokenName} from './tokens.js';

export {tokenDefault} from './tokens.js';

const descriptions: Record<ThemeTokenName, string> = {
  background:
    'Background of the widget. An opaque colour (as the defaults are) lets the browser scroll the messages without painting them again.',
  text: 'Text colour.',
  muted: 'Secondary text and icons: placeholder, action buttons, durations, file sizes.',
  accent: 'The one accent colour: send button, links, options, pressed buttons, focus ring.',
  'on-accent': 'Text and icons drawn on the accent colour.',
  'focus-ring': 'Colour of the keyboard focus ring.',
  'user-background': "Background of the user's bubbles.",
  'user-text': "Text colour of the user's bubbles.",
  'assistant-background': "Background of the assistant's bubbles.",
  'assistant-text': "Text colour of the assistant's bubbles.",
  border: 'Outline of the widget, dividers, cards, code blocks and thoughts (decorative).',
  'input-border': 'Border of text inputs, at least 3:1 against the background as WCAG asks of controls.',
  'input-background': 'Background of the text inputs.',
  'chip-background': 'Background of file chips and hovered buttons.',
  'code-background': 'Background of code.',
  error: 'Colour of errors.',
  'error-background': 'Background of inline errors.',
  font: "Font family; unset, the page's is inherited (as `color-scheme` is).",
  'font-size': "Base font size (the page's is not inherited).",
  'line-height': "Line height (the page's is not inherited).",
  radius: 'Corner radius of the widget, bubbles, cards and the input.',
  spacing: 'Base spacing unit.',
  gap: 'Space around and between the parts of `<chat-blocks>`.',
  'avatar-size': 'Size of avatars.',
  height: 'Height of `<chat-blocks>` when the page gives it none.',
  'inline-size':
    'Width of `<chat-blocks>` where it would shrink to fit (inline-block, floated, positioned without a width); elsewhere it fills its container.',
  'textbox-max-height': 'Height the text area grows to before it scrolls.',
  'launcher-offset-x': '`<chat-blocks-launcher>`: distance of the button from the side of the viewport.',
  'launcher-offset-y': '`<chat-blocks-launcher>`: distance of the button from the bottom of the viewport.',
  'launcher-z-index': '`<chat-blocks-launcher>`: stacking order of the button and the panel.',
  'launcher-size': '`<chat-blocks-launcher>`: diameter of the button.',
  'launcher-width': '`<chat-blocks-launcher>`: width of the panel on wide viewports.',
  'launcher-height': '`<chat-blocks-launcher>`: height of the panel on wide viewports.',
};

/** The tokens in their order, each with its description. */
export const themeTokens: ReadonlyArray<ThemeToken & {readonly description: string}> = tokens.map((token) => ({
  ...token,
  description: descriptions[token.name],
}));
