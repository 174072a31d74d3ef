/*
 * Over 300 lines for a reason: one incremental algorithm whose cases
 * depend on each other, with its explanation (about 60 lines of comments).
 */
/**
 * One table, list or fenced code block that is still growing at the end of
 * a text (a reply being written, or a long text taken a slice per frame).
 *
 * Lexing and rendering the whole block again for every chunk makes a long
 * block quadratic: a 200 KB table arriving at 20 KB/s re-parsed 200 KB per
 * frame. Instead, the finished part of the block is rendered once and only
 * its unfinished end is lexed again:
 * - a table: finished rows are appended to its body; each chunk lexes the
 *   header and delimiter rows (fixed once they are there) with the rows not
 *   finished yet;
 * - a list: finished top-level items are appended to it; each chunk lexes
 *   the last item (and those after it);
 * - a fenced code block: new lines are appended to the code as text.
 *
 * Only whole lines decide anything: a line still being written may turn
 * into something else (`#` into `#tag`), so rows and items end, and blocks
 * close, on complete lines only. The DOM ends up as the one-shot render of
 * the same text would make it (tests compare them). A code block with a
 * language is rendered once more when it closes, for its highlighting.
 */
import type {Links, Token, Tokens} from 'marked';
import {Block, type Rerender} from './markdown-block.js';
import {closeOpenInline} from './close-inline.js';
import {growingMinLength} from './growing-length.js';
import {copyLinks, lexBlocks, renderBlocks, type MarkdownOptions} from './markdown.js';

/**
 * What `advance()` did: the block still runs to the end of the text; or it
 * ended (`length` from its start; it is final and frozen); or it must be
 * lexed and rendered again as a whole from its start (once: it turned
 * loose, it waits for highlighting, the page asked for its nodes again).
 */
export type Advance = {kind: 'growing'} | {kind: 'ended'; length: number} | {kind: 'again'};

const growing: Advance = {kind: 'growing'};
const again: Advance = {kind: 'again'};

/** The nodes a container child stands for: an element and the text (line ends) after it. */
function groupsOf(parent: Node, tag: string): Node[][] {
  const groups: Node[][] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeName === tag) groups.push([node]);
    else groups.at(-1)?.push(node);
  }
  return groups;
}

function fragmentOf(nodes: Node[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(...nodes);
  return fragment;
}

interface Context {
  text: string;
  options: MarkdownOptions;
  links: Links;
  /** The text before `end` is all there is to render now. */
  end: number;
  /** Nothing comes after `end`: the block ends there. */
  final: boolean;
  /** The unfinished end is shown as it will end (open emphasis closed). */
  closeInline: boolean;
}

export abstract class GrowingBlock {
  block?: Block;
  /** Where the part of the block not rendered for good yet starts. */
  protected committed: number;
  /** Nodes of the unfinished end, replaced at every call. */
  protected liveNodes: Node[] = [];
  private invalid = false;
  private readonly rerender: Rerender;

  constructor(
    readonly key: number,
    readonly start: number,
    rerender: Rerender,
  ) {
    this.committed = start;
    // The page asked for the nodes again (a new render of the message): the
    // nodes held here are no longer the ones on screen.
    this.rerender = (block) => {
      this.invalid = true;
      return rerender(block);
    };
  }

  /** A growing block for `token` (the last block of the text, at `start`), or none for other kinds. */
  static for(token: Token, key: number, start: number, rerender: Rerender): GrowingBlock | undefined {
    if (token.raw.length < growingMinLength) return undefined;
    if (token.type === 'table') return GrowingTable.from(token as Tokens.Table, key, start, rerender);
    if (token.type === 'list') return GrowingList.from(token as Tokens.List, key, start, rerender);
    if (token.type === 'code') return GrowingCode.from(token as Tokens.Code, key, start, rerender);
    return undefined;
  }

  /** Renders what arrived up to `end`. */
  advance(text: string, options: MarkdownOptions, links: Links, end: number, final: boolean, streaming: boolean): Advance {
    if (this.invalid || this.block?.stale) return again;
    const context: Context = {text, options, links, end, final, closeInline: streaming && !final && end === text.length};
    const result = this.grow(context);
    if (result.kind === 'again') return result;
    const block = this.block!;
    block.source = text;
    block.length = (result.kind === 'ended' ? this.start + result.length : end) - this.start;
    if (result.kind === 'ended') {
      this.finish();
      block.mayUseReferences = block.text.includes('[');
      block.freeze();
    }
    return result;
  }

  protected abstract grow(context: Context): Advance;

  /** Called once the block ended: the last touches to its DOM. */
  protected finish(): void {}

  /** Starts the block with its first nodes. */
  protected createBlock(context: Context, fragment: DocumentFragment, pending: boolean): void {
    this.block = new Block(this.key, context.text, this.start, [], context.end - this.start, this.rerender, {fragment, pending});
    // No tokens kept: rendered again, the block lexes its text.
    this.block.tokens = undefined;
  }

  /**
   * Appends `nodes` to `parent`, on screen already: they get the enhancer
   * the page ran on the block's first nodes. Before the page took those,
   * it has none yet, and enhances these with them.
   */
  protected appendEnhanced(parent: Node, nodes: Node[]): void {
    const fragment = fragmentOf(nodes);
    this.block?.enhancer?.(fragment);
    parent.appendChild(fragment);
  }

  protected markPending(pending: boolean): void {
    if (pending) this.block!.pending = true;
  }

  protected dropLive(): void {
    for (const node of this.liveNodes) node.parentNode?.removeChild(node);
    this.liveNodes = [];
  }

  /** Where the line being written starts: the text before it is whole lines. */
  protected static partialStart(context: Context, from: number): number {
    if (context.final) return context.end;
    return Math.max(from, context.text.lastIndexOf('\n', context.end - 1) + 1);
  }
}

/** Lexes `prefix` + the text from `from` to the end, the end closed while streaming; `stable`: where closing changed nothing before. */
function lexTail(context: Context, prefix: string, from: number): {tokens: Token[]; stable: number; segment: string} {
  const segment = context.text.slice(from, context.end);
  const closing = context.closeInline ? closeOpenInline(segment) : undefined;
  const {tokens} = lexBlocks(prefix + (closing?.text ?? segment), context.options, copyLinks(context.links));
  return {tokens, stable: closing?.stable ?? segment.length, segment};
}

/** The position in `segment` after its first `count` lines. */
function afterLines(segment: string, count: number): number {
  let position = 0;
  for (let i = 0; i < count && position < segment.length; i++) {
    const lineEnd = segment.indexOf('\n', position);
    position = lineEnd < 0 ? segment.length : lineEnd + 1;
  }
  return position;
}

const isContent = (token: Token | undefined) => token !== undefined && token.type !== 'space';

/**
 * A table: its header and delimiter rows are fixed once they are there, and
 * every later line is a row or ends the table on its own. Each call lexes
 * the header with the rows not rendered for good yet.
 */
class GrowingTable extends GrowingBlock {
  private body?: Element;
  private table?: Element;

  private constructor(
    key: number,
    start: number,
    rerender: Rerender,
    /** The header and delimiter rows, with their line ends. */
    private readonly head: string,
  ) {
    super(key, start, rerender);
  }

  static from(token: Tokens.Table, key: number, start: number, rerender: Rerender): GrowingTable | undefined {
    const headEnd = afterLines(token.raw, 2);
    if (token.raw[headEnd - 1] !== '\n') return undefined;
    return new GrowingTable(key, start, rerender, token.raw.slice(0, headEnd));
  }

  protected grow(context: Context): Advance {
    if (!this.block) {
      // The table with no rows yet: the rows come through the path below.
      const {tokens} = lexBlocks(this.head, context.options, copyLinks(context.links));
      if (tokens[0]?.type !== 'table') return again;
      const [{fragment, pending}] = renderBlocks([[tokens[0]]], context.options, Infinity, [this.key]);
      this.table = fragment!.querySelector('table') ?? undefined;
      if (!this.table) return again;
      this.createBlock(context, fragment!, pending!);
      this.committed = this.start + this.head.length;
    }
    const {tokens, stable, segment} = lexTail(context, this.head, this.committed);
    const table = tokens[0] as Tokens.Table | undefined;
    if (table?.type !== 'table') return again;
    const whole = Math.min(GrowingBlock.partialStart(context, this.committed) - this.committed, stable);
    const consumed = table.raw.length - this.head.length;
    const ended = context.final || (tokens.slice(1).some(isContent) && consumed < whole);
    // Rows on whole lines are final; a row on the line being written is shown, and lexed again next time.
    let finished = 0;
    while (finished < table.rows.length && (ended || afterLines(segment, finished + 1) <= whole)) finished++;
    this.dropLive();
    if (table.rows.length > 0) this.addRows(table, finished, context);
    else if (this.body && !this.body.firstChild) this.dropBody();
    this.committed += ended ? consumed : afterLines(segment, finished);
    return ended ? {kind: 'ended', length: this.committed - this.start} : growing;
  }

  private addRows(table: Tokens.Table, finished: number, context: Context): void {
    const [{fragment, pending}] = renderBlocks([[table]], context.options, Infinity, [this.key]);
    this.markPending(pending!);
    const body = fragment!.querySelector('tbody');
    if (!body) return;
    if (!this.body) {
      this.body = body.cloneNode(false) as Element;
      this.table!.append(this.body);
    }
    groupsOf(body, 'TR').forEach((nodes, index) => {
      this.appendEnhanced(this.body!, nodes);
      if (index >= finished) this.liveNodes.push(...nodes);
    });
    if (!this.body.firstChild) this.dropBody();
  }

  /** A table without rows has no body (as marked renders it). */
  private dropBody(): void {
    this.body?.remove();
    this.body = undefined;
  }

  protected override finish(): void {
    if (this.body && !this.body.firstChild) this.dropBody();
  }
}

/**
 * A list, split at its top-level items: an item is final once the next
 * item starts on a whole line. A list whose items are separated by blank
 * lines is "loose" (each item a paragraph): once that is known, the items
 * are lexed after a loose dummy item, so they render as they will in the
 * whole list; the moment a tight list turns loose, it is rendered again
 * once as a whole.
 */
class GrowingList extends GrowingBlock {
  private list?: Element;

  private constructor(
    key: number,
    start: number,
    rerender: Rerender,
    private readonly ordered: boolean,
    /** A dummy first item with a blank line after it: lexed before the others, it makes the list loose. */
    private readonly loosePrefix: string,
    private loose: boolean,
  ) {
    super(key, start, rerender);
  }

  static from(token: Tokens.List, key: number, start: number, rerender: Rerender): GrowingList | undefined {
    const bullet = /^ {0,3}(?:([*+-])|\d{1,9}([.)]))/.exec(token.raw);
    if (!bullet) return undefined;
    const marker = bullet[1] ?? `1${bullet[2]}`;
    return new GrowingList(key, start, rerender, token.ordered, `${marker} x\n\n`, token.loose);
  }

  protected grow(context: Context): Advance {
    const prefix = this.block && this.loose ? this.loosePrefix : '';
    const {tokens, stable, segment} = lexTail(context, prefix, this.committed);
    const list = tokens[0] as Tokens.List | undefined;
    if (list?.type !== 'list' || list.ordered !== this.ordered) return again;
    if (prefix && list.items[0]?.raw !== prefix) return again;
    // It turned loose: every item renders differently now.
    if (list.loose && !this.loose) {
      if (this.block) return again;
      this.loose = true;
    }
    const items = list.items.slice(prefix ? 1 : 0);
    const whole = Math.min(GrowingBlock.partialStart(context, this.committed) - this.committed, stable);
    const consumed = list.raw.length - prefix.length;
    const ended = context.final || (tokens.slice(1).some(isContent) && consumed < whole);
    // An item is final once the next one starts on a whole line.
    let finished = 0;
    let finishedLength = 0;
    while (finished < items.length) {
      const length = finishedLength + items[finished]!.raw.length;
      const lineEnd = segment.indexOf('\n', length);
      const next = lineEnd < 0 ? segment.length : lineEnd + 1;
      if (!ended && (finished + 1 >= items.length || next > whole)) break;
      finishedLength = length;
      finished++;
    }
    const [{fragment, pending}] = renderBlocks([[list]], context.options, Infinity, [this.key]);
    const rendered = fragment!.querySelector('ul, ol');
    if (!rendered) return again;
    if (!this.block) {
      // The first call renders the list as it is so far; later ones move their items into it.
      this.list = rendered;
      this.createBlock(context, fragment!, pending!);
      this.liveNodes = groupsOf(rendered, 'LI').slice(finished).flat();
    } else {
      this.markPending(pending!);
      this.dropLive();
      groupsOf(rendered, 'LI')
        .slice(prefix ? 1 : 0)
        .forEach((nodes, index) => {
          this.appendEnhanced(this.list!, nodes);
          if (index >= finished) this.liveNodes.push(...nodes);
        });
    }
    this.committed += ended ? consumed : finishedLength;
    return ended ? {kind: 'ended', length: this.committed - this.start} : growing;
  }
}

/**
 * A fenced code block (not indented): its lines are text, so new lines are
 * appended to the code as they are, until a line closes the fence. One with
 * a language is highlighted as a whole once it closes.
 */
class GrowingCode extends GrowingBlock {
  private code?: Element;
  /** The text node the finished lines go to, and the one for the line being written. */
  private text?: Text;
  private live?: Text;
  /** Where the code starts (after the opening line), and where lines were checked for the closing fence. */
  private readonly contentStart: number;
  private checked: number;

  private constructor(
    key: number,
    start: number,
    rerender: Rerender,
    private readonly opening: string,
    private readonly closing: RegExp,
    private readonly highlighted: boolean,
  ) {
    super(key, start, rerender);
    this.contentStart = this.checked = start + opening.length;
  }

  static from(token: Tokens.Code, key: number, start: number, rerender: Rerender): GrowingCode | undefined {
    const fence = /^(`{3,}|~{3,})[^\n]*\n/.exec(token.raw);
    if (!fence) return undefined;
    const run = fence[1]!;
    // As marked closes a fence: up to 3 spaces, the opening run or a longer one, spaces.
    const closing = new RegExp(`^ {0,3}${run}${run[0]}* *$`);
    return new GrowingCode(key, start, rerender, fence[0], closing, Boolean(token.lang));
  }

  protected grow(context: Context): Advance {
    const {text} = context;
    if (!this.block) {
      const {tokens} = lexBlocks(this.opening, context.options);
      if (tokens[0]?.type !== 'code') return again;
      const [{fragment, pending}] = renderBlocks([[tokens[0]]], context.options, Infinity, [this.key]);
      this.code = fragment!.querySelector('pre > code') ?? undefined;
      if (!this.code) return again;
      this.text = this.code.appendChild(document.createTextNode(''));
      this.createBlock(context, fragment!, pending!);
      this.committed = this.contentStart;
    }
    // Whole lines not checked yet: one of them may close the fence.
    const lastWhole = GrowingBlock.partialStart(context, this.checked);
    let closedAt = -1;
    let closedEnd = context.end;
    for (let line = this.checked; line < lastWhole;) {
      const lineEnd = text.indexOf('\n', line);
      const end = lineEnd < 0 || lineEnd >= context.end ? context.end : lineEnd;
      if (this.closing.test(text.slice(line, end))) {
        closedAt = line;
        closedEnd = Math.min(end + 1, context.end);
        break;
      }
      line = end + 1;
    }
    this.checked = closedAt >= 0 ? closedAt : lastWhole;
    if (closedAt >= 0 || context.final) {
      if (this.highlighted) return again;
      const contentEnd = closedAt >= 0 ? closedAt : context.end;
      this.dropLive();
      this.text!.data = finalCode(text.slice(this.contentStart, contentEnd));
      if (!this.text!.data) this.text!.remove();
      this.committed = closedEnd;
      return {kind: 'ended', length: closedEnd - this.start};
    }
    // Whole lines are appended for good, without the last line end (the code has none after its last line).
    const wholeEnd = Math.max(this.committed, this.checked - 1);
    if (wholeEnd > this.committed) this.text!.appendData(text.slice(this.committed, wholeEnd));
    this.committed = wholeEnd;
    const partial = text.slice(this.checked, context.end);
    // A line that may become the closing fence is not shown as code.
    const shown = partial && !/^ {0,3}[`~]*$/.test(partial) ? text.slice(wholeEnd, context.end) : '';
    if (shown) {
      this.live ??= document.createTextNode('');
      this.live.data = shown;
      if (!this.live.parentNode) this.code!.append(this.live);
      this.liveNodes = [this.live];
    } else {
      this.dropLive();
    }
    return growing;
  }
}

/**
 * The code of a fenced block as marked gives it: `content` is the text
 * between the opening line and the closing fence (or the end), which
 * marked ends at the last line end; a code that is then empty or ends with
 * a line end keeps one more line end (nothing at all gives no text).
 */
function finalCode(content: string): string {
  if (content === '') return '';
  const code = content.endsWith('\n') ? content.slice(0, -1) : content;
  return code === '' || code.endsWith('\n') ? `${code}\n` : code;
}
