/**
 * Math in messages: `$$…$$` and `\[…\]` (display), `\(…\)` and, when
 * enabled, `$…$` (inline), typeset by KaTeX, loaded lazily on the first
 * formula. KaTeX writes MathML only: browsers lay it out natively, so
 * there is no stylesheet, no font and no inline style to allow under a
 * strict Content-Security-Policy. Its output goes through the sanitizer
 * with the rest of the message.
 */
import type {MarkedExtension, TokenizerAndRendererExtension, Tokens} from 'marked';
import {LazyModule} from './lazy.js';
import {markBlockPending} from './render-notes.js';

type Katex = typeof import('katex').default;

const katex = new LazyModule<Katex>(() => import('katex').then((module) => module.default));

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** MathML for a formula, or its source in a `<code>` until KaTeX is loaded. */
export function renderMath(tex: string, display: boolean): string {
  const engine = katex.get();
  if (engine === undefined) {
    void katex.request();
    markBlockPending();
    const tag = display ? 'pre' : 'code';
    return `<${tag} class="math-source">${escapeHtml(tex)}</${tag}>`;
  }
  const html = engine.renderToString(tex, {
    displayMode: display,
    output: 'mathml',
    throwOnError: false,
    // No \href, \url or \includegraphics: a formula never links or loads anything.
    trust: false,
    maxExpand: 500,
    maxSize: 50,
  });
  return `<span class="${display ? 'math-display' : 'math-inline'}">${html}</span>`;
}

interface MathToken extends Tokens.Generic {
  type: 'mathBlock' | 'mathInline';
  text: string;
  display: boolean;
}

const blockMath: TokenizerAndRendererExtension = {
  name: 'mathBlock',
  level: 'block',
  start: (src) => src.match(/^ {0,3}(?:\$\$|\\\[)/m)?.index,
  tokenizer(src) {
    const match = /^ {0,3}(?:\$\$([\s\S]+?)\$\$|\\\[([\s\S]+?)\\\])[ \t]*(?:\n+|$)/.exec(src);
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
    start: (src) => src.match(dollars ? /\$|\\[([]/ : /\$\$|\\[([]/)?.index,
    tokenizer(src) {
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
