/**
 * Markdown of the messages on screen: one incremental renderer per piece of
 * text (a message, or one thought inside it), kept across renders so that
 * finished blocks are never parsed again, and the keyed template that puts
 * their sanitized nodes in the DOM.
 *
 * The renderer itself (marked and the sanitizer) is loaded on first use
 * (render/markdown-engine.ts). Until it is there, texts show as plain text
 * and count as unfinished, so `updateComplete` waits for it; once it has
 * loaded, the list renders again (`onPluginLoaded`) and texts show formatted.
 */
import {html, type ReactiveController, type ReactiveElement} from 'lit';
import {guard} from 'lit/directives/guard.js';
import {repeat} from 'lit/directives/repeat.js';
import {sanitizedFragment, type Enhancer, type SanitizedSource} from '../../render/fragment-directive.js';
import {LazyModule, pluginGeneration} from '../../render/lazy.js';
import type {MarkdownOptions} from '../../render/markdown.js';
import type {MarkdownStream, RenderedBlock, StreamOptions} from '../../render/markdown-stream.js';
import {plainFragment} from '../../render/plain-blocks.js';
import {splitReasoning, type ContentSegment} from '../../render/reasoning.js';
import {blocksPerGroup} from '../../render/block-groups.js';
import {blockItems} from '../../render/grouped-blocks.js';
import {MathOnScreen} from './math-on-screen.js';
import {CodeOnScreen} from './code-on-screen.js';

type MarkdownEngine = typeof import('../../render/markdown-engine.js');

const engine = new LazyModule<MarkdownEngine>(() =>
  import('../../render/markdown-engine.js').then(async (module) => {
    await module.loadSanitizer();
    return module;
  }),
);

/** Typesets the formulas of the block groups on screen, for every list on the page. */
const mathOnScreen = new MathOnScreen(() => engine.get());

/** Highlights the pending code of the message groups near the screen, for every list on the page. */
export const codeOnScreen = new CodeOnScreen(() => engine.get());

/** A text shown as it is while the renderer loads: one block, rendered again once it has. */
function waitingBlock(text: string, maxUnbrokenRun?: number): RenderedBlock {
  const fragment = () => plainFragment(text, maxUnbrokenRun);
  return {key: -1, frozen: false, fragment: fragment(), take: fragment};
}

/** An inline text (a thought title) shown as it is while the renderer loads. */
function waitingInline(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(text);
  return fragment;
}

interface InlineEntry extends SanitizedSource {
  pending: boolean;
  generation: number;
}

/** How many thought titles to keep rendered; titles are short and few. */
const inlineCacheSize = 200;

/** Texts from this long keep their split into text and thoughts (see `segmentsOf`). */
const keptSplitLength = 20_000;

/** The message a stream key (`"3"`, `"3:1"`) belongs to. */
const messageOf = (key: string) => Number.parseInt(key, 10);

export class MarkdownCache {
  private readonly streams = new Map<string, MarkdownStream>();
  private readonly inline = new Map<string, InlineEntry>();
  private inlineOptions?: MarkdownOptions;
  /** The renderer could not be loaded: texts stay plain (the failure was logged once). */
  private loadFailed = false;
  /** Messages with text left to render in a later frame (a long text renders a slice per frame). */
  private readonly unfinished = new Set<number>();
  /** Per message, grows each frame its long text renders further: the message is rendered again. */
  private readonly progress = new Map<number, number>();
  /** The history's length at the last `forgetFrom`. */
  private historyLength = 0;
  /** Per message, its text as last split into text and thoughts, and the segments. */
  private readonly reasoning = new Map<number, {text: string; segments: readonly ContentSegment[]}>();

  /** The blocks of the text at `key` (e.g. `"3"` for message 3, `"3:1"` for its second part), as far as rendered. */
  blocks(key: string, text: string, options: StreamOptions, streaming: boolean): readonly RenderedBlock[] {
    const loaded = engine.get();
    if (!loaded) {
      if (this.whenLoaded()) this.unfinished.add(messageOf(key));
      return [waitingBlock(text, options.maxUnbrokenRun)];
    }
    let stream = this.streams.get(key);
    if (!stream) {
      stream = new loaded.MarkdownStream();
      this.streams.set(key, stream);
    }
    const blocks = stream.update(text, options, streaming);
    if (!stream.complete) this.unfinished.add(messageOf(key));
    return blocks;
  }

  /** True while some message has text left to render. */
  get rendering(): boolean {
    return this.unfinished.size > 0;
  }

  /**
   * While the renderer loads: a promise of it (the texts waiting for it
   * render in the update after it arrives, not frame by frame). Undefined
   * once it is there, or when it could not load (texts then stay plain).
   */
  whenLoaded(): Promise<unknown> | undefined {
    if (engine.get()) return undefined;
    const loading = engine.request();
    return this.loadFailed ? undefined : loading.then((loaded) => (this.loadFailed = !loaded));
  }

  /** How far message `index` has rendered: part of what its DOM depends on. */
  progressOf(index: number): number {
    return this.progress.get(index) ?? 0;
  }

  /** Counts the frames in which some message rendered further: while it stays the same, no `progressOf` changed. */
  advances = 0;

  /** Marks the unfinished messages to be rendered further (call once per frame, then render). */
  advance(): void {
    if (this.unfinished.size > 0) this.advances++;
    for (const index of this.unfinished) this.progress.set(index, this.progressOf(index) + 1);
    this.unfinished.clear();
  }

  /** Sanitized inline markdown (a thought's title), cached by its text. */
  inlineSource(text: string, options: MarkdownOptions): SanitizedSource {
    if (this.inlineOptions?.inlineMath !== options.inlineMath || this.inlineOptions.images !== options.images) this.inline.clear();
    this.inlineOptions = options;
    const cached = this.inline.get(text);
    if (cached && !(cached.pending && cached.generation !== pluginGeneration)) return cached;
    const loaded = engine.get();
    if (!loaded) void this.whenLoaded();
    const {fragment, pending} = loaded ? loaded.renderInlineMarkdown(text, options) : {fragment: waitingInline(text), pending: true};
    const entry = {fragment, pending, generation: pluginGeneration};
    if (this.inline.size >= inlineCacheSize) this.inline.delete(this.inline.keys().next().value!);
    this.inline.set(text, entry);
    return entry;
  }

  /** Forgets the texts of messages at `count` and after (the history got shorter). */
  forgetFrom(count: number): void {
    // Called on every render: the texts are looked through only when the history got shorter.
    const shrank = count < this.historyLength;
    this.historyLength = count;
    if (!shrank) return;
    for (const key of this.streams.keys()) {
      if (messageOf(key) >= count) this.streams.delete(key);
    }
    for (const index of this.reasoning.keys()) {
      if (index >= count) this.reasoning.delete(index);
    }
  }

  /**
   * The text and thought segments of message `index`, split again only when
   * its text changed: a long text renders a slice per frame, and splitting
   * scans the whole text.
   */
  segmentsOf(index: number, text: string): readonly ContentSegment[] {
    const cached = this.reasoning.get(index);
    if (cached?.text === text) return cached.segments;
    const segments = splitReasoning(text);
    // A short text without thoughts (most messages of a long history) is split again when asked: kept, it would cost
    // a few objects per message for a scan of microseconds.
    if (text.length < keptSplitLength && segments.length === 1 && segments[0]!.kind === 'text') this.reasoning.delete(index);
    else this.reasoning.set(index, {text, segments});
    return segments;
  }
}

/**
 * Blocks per group in a long text (render/block-groups.ts). The first this
 * many blocks of a text are its own children; the blocks after them are
 * put in groups of this many, each a `content-visibility: auto` box: the
 * browser skips the layout of the groups off screen, so adding blocks at
 * the end of a long text lays out the last group, not every block rendered
 * so far. The first blocks are never moved into a group, so a text that
 * grows past them keeps their DOM. Groups depend on block positions only,
 * so a text streamed and the same text rendered at once get the same
 * groups. The formulas of a group are typeset when it comes on screen
 * (math-on-screen.ts).
 */
export {blocksPerGroup};

/** A group of blocks; it tells when it comes on screen, for its formulas (no space around the blocks: the DOM stays as it was). */
const groupTemplate = (blocks: readonly RenderedBlock[], enhancer: Enhancer) =>
  html`<div class="block-group" @contentvisibilityautostatechange=${mathOnScreen.onGroupState}>${renderBlocks(blocks, enhancer)}</div>`;

/**
 * The blocks, keyed by position: a finished block's DOM is left as it is.
 * The directives are the items themselves, with no template around each:
 * a long history holds one part per block, not three. A group whose blocks
 * are the same as in the last render is not looked at (guard), so a render
 * costs the groups that changed, not one step per block of the whole text:
 * a stream's blocks keep their groups' arrays until a block in one changes
 * (render/grouped-blocks.ts).
 */
export function renderBlocks(blocks: readonly RenderedBlock[], enhancer: Enhancer): unknown {
  return repeat(
    blockItems(blocks),
    (item) => ('group' in item ? `group ${item.group}` : item.key),
    (item) =>
      'group' in item ? guard([enhancer, item.blocks], () => groupTemplate(item.blocks, enhancer)) : sanitizedFragment(item, enhancer),
  );
}

/**
 * Long texts render a slice per frame: after each update, the next frame
 * marks the messages with text left and renders the list again. Texts that
 * wait for the renderer to load render again when it has loaded.
 *
 * A render that comes first for another reason (streamed tokens, drawn once
 * per frame too) takes the next slice with it, so a frame renders the list
 * once, not once per reason. While a reply streams, the next slice waits for
 * the stream's pace (`paced`, see DrawPacer), as the tokens do: rendering a
 * text that arrives faster than it renders every frame would leave the
 * stream itself no time.
 */
export class LongTexts implements ReactiveController {
  private readonly host: ReactiveElement;
  private readonly markdown: MarkdownCache;
  /** Renders the host again at the stream's pace; false when no reply streams. */
  private readonly paced: () => boolean;
  private frame = 0;
  /** The next slice waits for the host's paced render. */
  private pacedWait = false;
  private done?: {promise: Promise<void>; resolve: () => void};

  constructor(host: ReactiveElement, markdown: MarkdownCache, paced: () => boolean = () => false) {
    this.host = host;
    this.markdown = markdown;
    this.paced = paced;
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.pacedWait) {
      this.pacedWait = false;
      this.markdown.advance();
      return;
    }
    if (this.frame <= 0) return;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.markdown.advance();
  }

  /** Call after each update. */
  continue(): void {
    // Blocks the update added to a group on screen may hold formulas to typeset (once the text has rendered).
    mathOnScreen.rendered(this.host.renderRoot, this.markdown.rendering);
    if (!this.markdown.rendering) {
      this.done?.resolve();
      this.done = undefined;
      return;
    }
    if (this.frame !== 0 || this.pacedWait) return;
    const loading = this.markdown.whenLoaded();
    if (loading) {
      // The texts wait for the renderer, not for a frame; -1 marks the wait as scheduled.
      this.frame = -1;
      void loading.then(() => {
        if (this.frame !== -1) return;
        this.frame = 0;
        this.markdown.advance();
        this.host.requestUpdate();
      });
      return;
    }
    if (this.paced()) {
      this.pacedWait = true;
      return;
    }
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.markdown.advance();
      this.host.requestUpdate();
    });
  }

  /** Resolves when long texts have rendered further; undefined if none has text left. */
  whenComplete(): Promise<void> | undefined {
    if (!this.markdown.rendering) return undefined;
    this.done ??= (() => {
      let resolve!: () => void;
      const promise = new Promise<void>((settle) => (resolve = settle));
      return {promise, resolve};
    })();
    return this.done.promise;
  }

  cancel(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.pacedWait = false;
  }
}
