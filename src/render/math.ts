/**
 * Math in messages: `$$…$$` and `\[…\]` (display), `\(…\)` and, when
 * enabled, `$…$` (inline), typeset by KaTeX, loaded lazily on the first
 * formula. KaTeX writes MathML only: browsers lay it out natively, so
 * there is no stylesheet, no font and no inline style to allow under a
 * strict Content-Security-Policy. Its output goes through the sanitizer
 * with the rest of the message.
 *
 * Formulas in a long text's grouped blocks (past its first
 * `blocksPerGroup`) are not typeset as they render: they show their source,
 * marked `math-pending`, and math-typeset.ts typesets them when their group
 * comes on screen. A text of 50,000 formulas then costs the markdown of
 * 50,000 lines plus the formulas in view, not 50,000 typesettings and
 * their layout.
 */
import type {MarkedExtension, TokenizerAndRendererExtension, Tokens} from 'marked';
import {LazyModule} from './lazy.js';
import {markBlockPending} from './render-notes.js';
import {escapeHtml} from './escape-html.js';

type Katex = typeof import('katex').default;

const katex = new LazyModule<Katex>(() => import('katex').then((module) => module.default));

/**
 * The longest formula typeset, in characters: KaTeX takes seconds on tens of
 * kilobytes. Longer ones show their source.
 */
export const maxFormulaLength = 4000;

/** The deepest nesting (braces, `\left`, `\begin`) typeset: KaTeX parses by recursion. */
export const maxFormulaDepth = 32;

/** How far a closing delimiter is looked for: no formula is longer. */
const closerWindow = maxFormulaLength * 2;

/** True when `tex` nests deeper than `maxFormulaDepth`. */
function nestsTooDeep(tex: string): boolean {
  let depth = 0;
  for (const match of tex.matchAll(/\\(?:left|begin)\b|\\(?:right|end)\b|\\[{}]|[{}]/g)) {
    const token = match[0];
    if (token === '{' || token === '\\left' || token === '\\begin') depth++;
    else if (token === '}' || token === '\\right' || token === '\\end') depth--;
    if (depth > maxFormulaDepth) return true;
  }
  return false;
}

/** The class of a formula's source shown until its group comes on screen. */
export const pendingMathClass = 'math-pending';

function mathSource(tex: string, display: boolean, pending = false): string {
  const tag = display ? 'pre' : 'code';
  return `<${tag} class="math-source${pending ? ` ${pendingMathClass}` : ''}">${escapeHtml(tex)}</${tag}>`;
}

/** True while the block being rendered is in a group: its formulas wait to be on screen. */
let deferring = false;

/** Runs `render` with formulas deferred (their source, marked pending) when `defer`. */
export function deferringMath<T>(defer: boolean, render: () => T): T {
  const outer = deferring;
  deferring = defer;
  try {
    return render();
  } finally {
    deferring = outer;
  }
}

/** A pending formula's TeX and kind, as math-typeset.ts reads it back from the DOM. */
export function pendingFormula(element: Element): {tex: string; display: boolean} {
  return {tex: element.textContent ?? '', display: element.localName === 'pre'};
}

/** True when KaTeX is loaded; else starts loading it (the plugin listeners hear when it is there). */
export function mathReady(): boolean {
  if (katex.get()) return true;
  void katex.request();
  return false;
}

/** MathML for a formula; its source in a `<code>` until KaTeX is loaded, or when it is too large or deep to typeset. */
export function renderMath(tex: string, display: boolean): string {
  if (tex.length > maxFormulaLength || nestsTooDeep(tex)) return mathSource(tex, display);
  if (deferring) return mathSource(tex, display, true);
  const engine = katex.get();
  if (engine === undefined) {
    void katex.request();
    markBlockPending();
    return mathSource(tex, display);
  }
  let html: string;
  try {
    html = engine.renderToString(tex, {
      displayMode: display,
      output: 'mathml',
      throwOnError: false,
      // No \href, \url or \includegraphics: a formula never links or loads anything.
      trust: false,
      maxExpand: 500,
      maxSize: 50,
    });
  } catch {
    // Past what KaTeX can parse (its stack, or an error it throws anyway): the source.
    return mathSource(tex, display);
  }
  return `<span class="${display ? 'math-display' : 'math-inline'}">${html}</span>`;
}

/** The text up to the first blank line: a paragraph, which is all block math can interrupt. */
function paragraphOf(src: string): string {
  const end = src.search(/\n[ \t]*\n/);
  return end < 0 ? src : src.slice(0, end);
}

/**
 * Where the next `$` or `\` is (each may start inline math), looked for in a
 * window only: marked asks at every text token, so a search to the end of
 * the text would make a long paragraph quadratic. Past the window, the text
 * is cut there and the search goes on from the cut.
 */
const startWindow = 256;
function nextMathStart(src: string): number | undefined {
  const window = src.length > startWindow ? src.slice(0, startWindow) : src;
  const index = window.search(/[$\\]/);
  if (index >= 0) return index;
  return src.length > startWindow ? startWindow : undefined;
}

interface MathToken extends Tokens.Generic {
  type: 'mathBlock' | 'mathInline';
  text: string;
  display: boolean;
}

const blockMath: TokenizerAndRendererExtension = {
  name: 'mathBlock',
  level: 'block',
  start: (src) => paragraphOf(src).match(/^ {0,3}(?:\$\$|\\\[)/m)?.index,
  tokenizer(src) {
    if (!/^ {0,3}(?:\$\$|\\\[)/.test(src)) return undefined;
    const match = /^ {0,3}(?:\$\$([\s\S]+?)\$\$|\\\[([\s\S]+?)\\\])[ \t]*(?:\n+|$)/.exec(src.slice(0, closerWindow));
    if (!match) return undefined;
    const text = (match[1] ?? match[2] ?? '').trim();
    if (text === '') return undefined;
    return {type: 'mathBlock', raw: match[0], text, display: true} satisfies MathToken;
  },
  renderer: (token) => `${renderMath((token as MathToken).text, true)}\n`,
};

/** `$$…$$`, `\(…\)` and `\[…\]` inside a line; `$…$` only when enabled. */
function inlineMath(dollars: boolean): TokenizerAndRendererExtension {
  return {
    name: 'mathInline',
    level: 'inline',
    start: nextMathStart,
    tokenizer(whole) {
      const first = whole.charCodeAt(0);
      // `$` or `\`: anything else starts no formula.
      if (first !== 36 && first !== 92) return undefined;
      const src = whole.slice(0, closerWindow);
      const display = /^\$\$(?!\$)([^\n]+?)\$\$|^\\\[([\s\S]+?)\\\]/.exec(src);
      if (display) {
        const text = (display[1] ?? display[2] ?? '').trim();
        if (text) return {type: 'mathInline', raw: display[0], text, display: true} satisfies MathToken;
      }
      const paren = /^\\\(([\s\S]+?)\\\)/.exec(src);
      if (paren?.[1]?.trim()) return {type: 'mathInline', raw: paren[0], text: paren[1].trim(), display: false};
      if (!dollars) return undefined;
      // Pandoc's rule, so prices stay text: no space inside the dollars, no digit after.
      const single = /^\$(?![\s$])((?:\\.|[^\\\n$])*?[^\s\\])\$(?!\d)/.exec(src);
      if (single?.[1]) return {type: 'mathInline', raw: single[0], text: single[1], display: false};
      return undefined;
    },
    renderer: (token) => renderMath((token as MathToken).text, (token as MathToken).display),
  };
}

/** The marked extension for math; `dollars` turns on `$…$`. */
export function mathExtension(dollars: boolean): MarkedExtension {
  return {extensions: [blockMath, inlineMath(dollars)]};
}
