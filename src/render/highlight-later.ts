/**
 * Code whose highlighting waits until it is on screen. A long history's
 * older messages render their code blocks as plain code marked with
 * `pendingHighlightClass`; the page highlights a block when its message
 * comes near the screen (components/chat-message-list/code-on-screen.ts).
 * A history of 1,000 messages held about 1,800 highlight spans, nearly all
 * in messages no one scrolled back to.
 */
import {codeLanguage} from './code-language.js';
import {highlight, highlightable} from './highlight.js';
import {sanitizeToFragment} from './sanitize.js';

/** The class of a code element whose highlighting waits to be on screen. */
export const pendingHighlightClass = 'highlight-pending';

/** True while the blocks being rendered are an older message's: their code is highlighted later. */
let later = false;

/** Runs `render` with code highlighting left for later (the code marked pending) when `defer`. */
export function deferringHighlight<T>(defer: boolean, render: () => T): T {
  const outer = later;
  later = defer;
  try {
    return render();
  } finally {
    later = outer;
  }
}

/** True when the code block being rendered leaves its highlighting for later. */
export function highlightsLater(code: string, language: string): boolean {
  return later && highlightable(code, language);
}

/** True when `root` holds code whose highlighting waits. */
export function hasPendingCode(root: ParentNode): boolean {
  return root.querySelector(`code.${pendingHighlightClass}`) !== null;
}

/**
 * Highlights the pending code under `root` in place, until `deadline` (a
 * `performance.now()` time): `more` when time ran out, `loading` when a
 * grammar is on its way (the plugin listeners hear when it is there). The
 * code then holds what an immediate render would have given it.
 */
export function highlightPendingCode(root: ParentNode, deadline: number): 'done' | 'more' | 'loading' {
  for (const code of root.querySelectorAll(`code.${pendingHighlightClass}`)) {
    if (performance.now() > deadline) return 'more';
    const language = codeLanguage(code);
    const result = highlight(code.textContent ?? '', language);
    if (result.kind === 'pending') return 'loading';
    code.classList.remove(pendingHighlightClass);
    if (result.kind !== 'html') continue;
    code.replaceChildren(sanitizeToFragment(result.html));
    code.className = `hljs language-${language}`;
  }
  return 'done';
}
