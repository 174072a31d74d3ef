/**
 * The theme: every `--chat-blocks-*` custom property and its default, in one
 * place. Each element reads a token through a private alias (`--_text` for
 * `--chat-blocks-text`, see `theme.styles.ts`); the README's token table and
 * the custom elements manifest are generated from this list.
 *
 * Colours are light/dark pairs, resolved with CSS `light-dark()` against the
 * inherited `color-scheme`: a page that declares none gets light. The pairs
 * meet WCAG 2.2 AA in both schemes (text 4.5:1 on the backgrounds it sits
 * on, input borders and the focus ring 3:1); test/components/theme.test.ts
 * measures them on rendered elements.
 */

export interface ThemeToken {
  /** The token is `--chat-blocks-<name>`; its private alias `--_<name>`. */
  readonly name: string;
  /**
   * A `[light, dark]` colour pair, or one value (which may be another
   * token's alias), or `null`: no default, the page's value is inherited.
   */
  readonly value: string | readonly [light: string, dark: string] | null;
  readonly description: string;
}

export const themeTokens: readonly ThemeToken[] = [
  {name: 'background', value: ['#ffffff', '#0d1117'], description: 'Background of the widget.'},
  {name: 'text', value: ['#1f2328', '#e6edf3'], description: 'Text colour.'},
  {
    name: 'muted',
    value: ['#59636e', '#9198a1'],
    description: 'Secondary text and icons: placeholder, action buttons, durations, file sizes.',
  },
  {
    name: 'accent',
    value: ['#0969da', '#4493f8'],
    description: 'The one accent colour: send button, links, options, pressed buttons, focus ring.',
  },
  {name: 'on-accent', value: ['#ffffff', '#0d1117'], description: 'Text and icons drawn on the accent colour.'},
  {name: 'focus-ring', value: 'var(--_accent)', description: 'Colour of the keyboard focus ring.'},
  {name: 'user-background', value: 'var(--_accent)', description: "Background of the user's bubbles."},
  {name: 'user-text', value: 'var(--_on-accent)', description: "Text colour of the user's bubbles."},
  {name: 'assistant-background', value: ['#f3f5f7', '#1b2129'], description: "Background of the assistant's bubbles."},
  {name: 'assistant-text', value: 'var(--_text)', description: "Text colour of the assistant's bubbles."},
  {
    name: 'border',
    value: ['#d1d9e0', '#3d444d'],
    description: 'Outline of the widget, dividers, cards, code blocks and thoughts (decorative).',
  },
  {
    name: 'input-border',
    value: ['#818b98', '#656c76'],
    description: 'Border of text inputs, at least 3:1 against the background as WCAG asks of controls.',
  },
  {name: 'input-background', value: 'var(--_background)', description: 'Background of the text inputs.'},
  {name: 'chip-background', value: ['#f1f3f5', '#262c36'], description: 'Background of file chips and hovered buttons.'},
  {name: 'code-background', value: ['#eef1f4', '#262c36'], description: 'Background of code.'},
  {name: 'error', value: ['#a40e26', '#ff9492'], description: 'Colour of errors.'},
  {name: 'error-background', value: ['#ffebe9', '#2d1517'], description: 'Background of inline errors.'},
  {
    name: 'font',
    value: null,
    description: "Font family; unset, the page's is inherited (as `color-scheme` is).",
  },
  {name: 'font-size', value: '15px', description: "Base font size (the page's is not inherited)."},
  {name: 'line-height', value: '1.5', description: "Line height (the page's is not inherited)."},
  {name: 'radius', value: '12px', description: 'Corner radius of the widget, bubbles, cards and the input.'},
  {name: 'spacing', value: '8px', description: 'Base spacing unit.'},
  {name: 'gap', value: 'var(--_spacing)', description: 'Space around and between the parts of `<chat-blocks>`.'},
  {name: 'avatar-size', value: '32px', description: 'Size of avatars.'},
  {name: 'height', value: '36rem', description: 'Height of `<chat-blocks>` when the page gives it none.'},
  {
    name: 'inline-size',
    value: '20rem',
    description:
      'Width of `<chat-blocks>` where it would shrink to fit (inline-block, floated, positioned without a width); elsewhere it fills its container.',
  },
  {name: 'textbox-max-height', value: '12em', description: 'Height the text area grows to before it scrolls.'},
  {
    name: 'launcher-offset-x',
    value: '1.25rem',
    description: '`<chat-blocks-launcher>`: distance of the button from the side of the viewport.',
  },
  {
    name: 'launcher-offset-y',
    value: '1.25rem',
    description: '`<chat-blocks-launcher>`: distance of the button from the bottom of the viewport.',
  },
  {name: 'launcher-z-index', value: '2147483000', description: '`<chat-blocks-launcher>`: stacking order of the button and the panel.'},
  {name: 'launcher-size', value: '3.5rem', description: '`<chat-blocks-launcher>`: diameter of the button.'},
  {name: 'launcher-width', value: '25rem', description: '`<chat-blocks-launcher>`: width of the panel on wide viewports.'},
  {name: 'launcher-height', value: '40rem', description: '`<chat-blocks-launcher>`: height of the panel on wide viewports.'},
];

/** The CSS default of a token: a colour pair becomes `light-dark(light, dark)`; `null` when inherited. */
export function tokenDefault(token: ThemeToken): string | null {
  if (token.value === null || typeof token.value === 'string') return token.value;
  return `light-dark(${token.value[0]}, ${token.value[1]})`;
}

/**
 * The private alias of a token, declared where an element's styles start:
 * `--_text: var(--chat-blocks-text, <default>);`.
 */
export function tokenAlias(token: ThemeToken): string {
  const fallback = tokenDefault(token);
  // Without a fallback an unset token leaves the property it feeds invalid,
  // and an invalid inherited property (font-family) inherits.
  return `--_${token.name}: var(--chat-blocks-${token.name}${fallback === null ? '' : `, ${fallback}`});`;
}
