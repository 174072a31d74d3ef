/**
 * Markdown as GitHub users expect it (marked, GFM, single newlines as line
 * breaks), rendered block by block: `lexBlocks` splits a text into block
 * tokens, `renderBlock` turns tokens into sanitized DOM. The streaming
 * renderer (markdown-stream.ts) builds on these two so that finished blocks
 * are never parsed again.
 */
import {Lexer, Marked, type Links, type Token, type Tokens} from 'marked';
import {highlight} from './highlight.js';
import {deferringHighlight, highlightsLater, pendingHighlightClass} from './highlight-later.js';
import type {ImagePolicy} from './image-policy.js';
import {keepInlineOnly} from './inline-only.js';
import {deferringMath, mathExtension} from './math.js';
import {blocksPerGroup} from './block-groups.js';
import {breakLongRuns} from './long-runs.js';
import {cutLongParagraphs} from './line-runs.js';
import {boundNesting} from './nesting.js';
import {markBlockPending, trackPending} from './render-notes.js';
import {sanitizeParts, sanitizeToFragment} from './sanitize.js';
import {escapeHtml} from './escape-html.js';
import {lineEndingElements} from './line-ending-elements.js';

export interface MarkdownOptions {
  /** Read `$…$` as inline math (off by default: `$` is more often money). */
  inlineMath: boolean;
  /** Where images may load from (`image-sources`); all when unset. */
  images?: ImagePolicy;
  /** Runs of text without a break opportunity longer than this get one every this many characters (`max-unbroken-run`, default 200). */
  maxUnbrokenRun?: number;
  /** Code blocks are highlighted once on screen, not as they render (an older message of a long history, see highlight-later.ts). */
  highlightLater?: boolean;
}

/**
 * Counts kept for tests: how often a text was lexed and a block rendered,
 * the characters lexed (and the most in one call) and the characters of HTML
 * handed to the sanitizer.
 */
export const markdownStats = {lexes: 0, blockRenders: 0, lexedChars: 0, renderedChars: 0, longestLex: 0};

function codeBlock({text, lang}: Tokens.Code): string {
  const language = (lang ?? '').trim().split(/\s+/, 1)[0] ?? '';
  const languageClass = language ? ` class="language-${escapeHtml(language)}"` : '';
  if (language) {
    if (highlightsLater(text, language))
      return `<pre><code class="language-${escapeHtml(language)} ${pendingHighlightClass}">${escapeHtml(text)}</code></pre>\n`;
    const result = highlight(text, language);
    if (result.kind === 'html') {
      return `<pre><code class="hljs language-${escapeHtml(language)}">${result.html}</code></pre>\n`;
    }
    if (result.kind === 'pending') markBlockPending();
  }
  return `<pre><code${languageClass}>${escapeHtml(text)}</code></pre>\n`;
}

/**
 * Task list boxes as text symbols: a message may not bring `<input>`, and
 * screen readers name these symbols ("ballot box with check").
 */
function taskBox({checked}: Tokens.Checkbox): string {
  return checked ? '<span class="task-done">☑</span> ' : '<span class="task-open">☐</span> ';
}

/**
 * Text that could not be parsed as markdown (marked threw on it): shown as
 * it is, line breaks kept. Made by `lexBlocks` and `renderBlocks`, never by
 * marked itself.
 */
interface PlainTextToken extends Tokens.Generic {
  type: 'plainText';
  raw: string;
}

function plainTextToken(raw: string): PlainTextToken {
  return {type: 'plainText', raw};
}

function plainTextHtml(text: string): string {
  return `<p>${escapeHtml(text.trim()).replace(/\n/g, '<br>')}</p>\n`;
}

function createMarked(inlineMath: boolean): Marked {
  return new Marked(
    {gfm: true, breaks: true, async: false},
    mathExtension(inlineMath),
    {extensions: [{name: 'plainText', renderer: (token) => plainTextHtml(token.raw)}]},
    {renderer: {code: codeBlock, checkbox: taskBox}},
  );
}

const instances = new Map<boolean, Marked>();

function markedFor(options: MarkdownOptions): Marked {
  let instance = instances.get(options.inlineMath);
  if (!instance) {
    instance = createMarked(options.inlineMath);
    instances.set(options.inlineMath, instance);
  }
  return instance;
}

/**
 * The longest run of inline markdown (a paragraph, a heading, a cell)
 * parsed as markup, and the most delimiters (`*`, `_`, `[`, backticks,
 * `<`…) in one. marked looks for the closing delimiter of each opening one
 * through the rest of the run: `_a` × 50,000 takes 18 s. A longer or
 * denser run shows as text.
 */
export const maxInlineLength = 20_000;
export const maxInlineDelimiters = 500;

const delimiter = /[*_[\]`<~]/g;

/** Inline text shown as it is: text tokens, with its line breaks kept. */
function textWithBreaks(src: string): Token[] {
  const tokens: Token[] = [];
  src.split('\n').forEach((line, index) => {
    if (index > 0) tokens.push({type: 'br', raw: '\n'});
    tokens.push({type: 'text', raw: line, text: line, escaped: false});
  });
  return tokens;
}

function inlineIsBounded(src: string): boolean {
  if (src.length > maxInlineLength) return false;
  if (src.length < maxInlineDelimiters) return true;
  let count = 0;
  delimiter.lastIndex = 0;
  while (delimiter.exec(src)) if (++count > maxInlineDelimiters) return false;
  return true;
}

/** A copy of reference definitions that the lexer may add to (a later text's definitions stay out of the original). */
export const copyLinks = (links: Links): Links => Object.assign(Object.create(null) as Links, links);

/**
 * Splits a text into block tokens. `links` are reference definitions seen
 * earlier in the same message, so `[text][ref]` resolves in a later part;
 * the lexer adds the text's own definitions to that same object (pass a
 * copy to keep it as it was). Nesting is bounded first (see nesting.ts), and
 * a text marked still cannot parse becomes one plain-text block: lexing
 * never throws.
 */
export function lexBlocks(src: string, options: MarkdownOptions, links: Links = {}): {tokens: Token[]; links: Links} {
  markdownStats.lexes++;
  markdownStats.lexedChars += src.length;
  markdownStats.longestLex = Math.max(markdownStats.longestLex, src.length);
  const lexer = new Lexer(markedFor(options).defaults);
  lexer.tokens.links = links;
  try {
    // What `lexer.lex()` does, with a bound on the inline pass (see inlineIsBounded).
    const tokens = lexer.blockTokens(boundNesting(src), []);
    for (const {src: inline, tokens: into} of lexer.inlineQueue) {
      lexer.state.inRawBlock = false;
      if (inlineIsBounded(inline)) lexer.inlineTokens(inline, into);
      else into.push(...textWithBreaks(inline));
    }
    lexer.inlineQueue = [];
    return {tokens, links};
  } catch (error) {
    console.warn('chat-blocks: markdown that could not be parsed is shown as text', error);
    return {tokens: [plainTextToken(src)], links};
  }
}

/**
 * Renders block tokens to sanitized DOM. `pending` tells that an optional
 * renderer (highlighting, math) was still loading: render again later.
 * `key` is the block's position in its text: past the first
 * `blocksPerGroup`, its formulas wait to be on screen (math.ts).
 */
export function renderBlock(tokens: Token[], options: MarkdownOptions, key = 0): {fragment: DocumentFragment; pending: boolean} {
  return renderBlocks([tokens], options, Infinity, [key])[0]!;
}

/** True when the tokens hold raw HTML from the message (block or inline). */
function hasRawHtml(tokens: Token[], instance: Marked): boolean {
  let found = false;
  try {
    instance.walkTokens(tokens, (token) => {
      if (token.type === 'html') found = true;
    });
  } catch {
    // Too deep to walk: sanitized alone, as if it had raw HTML.
    return true;
  }
  return found;
}

/**
 * Removes the line breaks marked writes after each block element: text
 * nodes between blocks that nothing shows. Without them a block is one
 * node, which the page holds as it is rather than in a fragment kept for
 * nothing (fragment-directive.ts), and a message has a text node less per
 * block. A break after an inline element of raw HTML is a space, and stays.
 */
function dropBreaksBetweenBlocks(fragment: DocumentFragment): void {
  for (const node of [...fragment.childNodes]) {
    const before = node.previousSibling;
    const afterBlock = before?.nodeType === Node.ELEMENT_NODE && lineEndingElements.has((before as Element).localName);
    if (afterBlock && node.nodeType === Node.TEXT_NODE && (node as Text).data === '\n') node.remove();
  }
}

/**
 * Renders several blocks. Blocks made only of markdown (no raw HTML, so
 * their markup is well-formed) are sanitized together in one pass; a block
 * with raw HTML is sanitized alone, so its tags cannot reach a neighbour.
 * Past `deadline` (a `performance.now()` time), the blocks not rendered yet
 * are left out: the result holds the first blocks, at least one. A block of
 * math can take milliseconds, and a batch of them a long task. `keys` are
 * the blocks' positions in their text (0 when not given): a grouped
 * block's formulas show their source until on screen.
 */
export function renderBlocks(
  blocks: Token[][],
  options: MarkdownOptions,
  deadline = Infinity,
  keys: readonly number[] = [],
): {fragment: DocumentFragment; pending: boolean}[] {
  const instance = markedFor(options);
  const rendered: {html: string; pending: boolean; alone: boolean}[] = [];
  for (const [index, tokens] of blocks.entries()) {
    if (rendered.length > 0 && performance.now() > deadline) break;
    markdownStats.blockRenders++;
    const grouped = (keys[index] ?? 0) >= blocksPerGroup;
    const {value: html, pending} = trackPending(() =>
      deferringMath(grouped, () => deferringHighlight(options.highlightLater === true, () => parseSafely(tokens, instance))),
    );
    markdownStats.renderedChars += html.length;
    rendered.push({html, pending, alone: hasRawHtml(tokens, instance)});
  }
  const together = rendered.filter((block) => !block.alone);
  const fragments = sanitizeParts(
    together.map((block) => block.html),
    options.images,
  );
  let next = 0;
  return rendered.map((block) => {
    const fragment = block.alone ? sanitizeToFragment(block.html, options.images) : fragments[next++]!;
    dropBreaksBetweenBlocks(fragment);
    breakLongRuns(fragment, options.maxUnbrokenRun);
    cutLongParagraphs(fragment, block.html);
    return {fragment, pending: block.pending};
  });
}

/** The HTML of block tokens; tokens the renderer cannot handle (it threw) show their text. */
function parseSafely(tokens: Token[], instance: Marked): string {
  try {
    return instance.parser(tokens);
  } catch (error) {
    console.warn('chat-blocks: markdown that could not be rendered is shown as text', error);
    return plainTextHtml(tokens.map((token) => token.raw).join(''));
  }
}

/** Renders a whole text at once (short texts: thought titles, examples). */
export function renderMarkdown(src: string, options: MarkdownOptions): DocumentFragment {
  return renderBlock(lexBlocks(src, options).tokens, options).fragment;
}

/** Renders one line of inline markdown (no paragraphs), e.g. a thought's title. */
export function renderInlineMarkdown(src: string, options: MarkdownOptions): {fragment: DocumentFragment; pending: boolean} {
  const {value: html, pending} = trackPending(() => {
    try {
      return markedFor(options).parseInline(src, {async: false});
    } catch {
      return escapeHtml(src);
    }
  });
  return {fragment: keepInlineOnly(sanitizeToFragment(html, options.images)), pending};
}
