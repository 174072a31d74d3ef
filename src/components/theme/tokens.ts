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
 * measures them on rendered elements. What each token is for is written in
 * `token-docs.ts`, which the documentation is generated from: the pages that
 * load the widget do not download it.
 */

export interface ThemeToken {
  /** The token is `--chat-blocks-<name>`; its private alias `--_<name>`. */
  readonly name: string;
  /**
   * A `[light, dark]` colour pair, or one value (which may be another
   * token's alias), or `null`: no default, the page's value is inherited.
   */
  readonly value: string | readonly [light: string, dark: string] | null;
}

export const themeTokens = [
  {name: 'background', value: ['#ffffff', '#0d1117']},
  {name: 'text', value: ['#1f2328', '#e6edf3']},
  {name: 'muted', value: ['#59636e', '#9198a1']},
  {name: 'accent', value: ['#0969da', '#4493f8']},
  {name: 'on-accent', value: ['#ffffff', '#0d1117']},
  {name: 'focus-ring', value: 'var(--_accent)'},
  {name: 'user-background', value: 'var(--_accent)'},
  {name: 'user-text', value: 'var(--_on-accent)'},
  {name: 'assistant-background', value: ['#f3f5f7', '#1b2129']},
  {name: 'assistant-text', value: 'var(--_text)'},
  {name: 'border', value: ['#d1d9e0', '#3d444d']},
  {name: 'input-border', value: ['#818b98', '#656c76']},
  {name: 'input-background', value: 'var(--_background)'},
  {name: 'chip-background', value: ['#f1f3f5', '#262c36']},
  {name: 'code-background', value: ['#eef1f4', '#262c36']},
  {name: 'error', value: ['#a40e26', '#ff9492']},
  {name: 'error-background', value: ['#ffebe9', '#2d1517']},
  {name: 'font', value: null},
  {name: 'font-size', value: '15px'},
  {name: 'line-height', value: '1.5'},
  {name: 'radius', value: '12px'},
  {name: 'spacing', value: '8px'},
  {name: 'gap', value: 'var(--_spacing)'},
  {name: 'avatar-size', value: '32px'},
  {name: 'height', value: '36rem'},
  {name: 'inline-size', value: '20rem'},
  {name: 'textbox-max-height', value: '12em'},
  {name: 'launcher-offset-x', value: '1.25rem'},
  {name: 'launcher-offset-y', value: '1.25rem'},
  {name: 'launcher-z-index', value: '2147483000'},
  {name: 'launcher-size', value: '3.5rem'},
  {name: 'launcher-width', value: '25rem'},
  {name: 'launcher-height', value: '40rem'},
] as const satisfies readonly ThemeToken[];

/** The name of a theme token: `text` for `--chat-blocks-text`. */
export type ThemeTokenName = (typeof themeTokens)[number]['name'];

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
