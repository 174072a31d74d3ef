/**
 * Markdown of the messages on screen: one incremental renderer per piece of
 * text (a message, or one thought inside it), kept across renders so that
 * finished blocks are never parsed again, and the keyed template that puts
 * their sanitized nodes in the DOM.
 */
import type {ReactiveElement} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import {sanitizedFragment, type Enhancer, type SanitizedSource} from '../../render/fragment-directive.js';
import {pluginGeneration} from '../../render/lazy.js';
import {renderInlineMarkdown, type MarkdownOptions} from '../../render/markdown.js';
import {MarkdownStream, type RenderedBlock, type StreamOptions} from '../../render/markdown-stream.js';

interface InlineEntry extends SanitizedSource {
  pending: boolean;
  generation: number;
}

/** How many thought titles to keep rendered; titles are short and few. */
const inlineCacheSize = 200;

/** The message a stream key (`"3"`, `"3:1"`) belongs to. */
const messageOf = (key: string) => Number.parseInt(key, 10);

export class MarkdownCache {
  private readonly streams = new Map<string, MarkdownStream>();
  private readonly inline = new Map<string, InlineEntry>();
  private inlineOptions?: MarkdownOptions;
  /** Messages with text left to render in a later frame (a long text renders a slice per frame). */
  private readonly unfinished = new Set<number>();
  /** Per message, grows each frame its long text renders further: the message is rendered again. */
  private readonly progress = new Map<number, number>();

  /** The blocks of the text at `key` (e.g. `"3"` for message 3, `"3:1"` for its second part), as far as rendered. */
  blocks(key: string, text: string, options: StreamOptions, streaming: boolean): readonly RenderedBlock[] {
    let stream = this.streams.get(key);
    if (!stream) {
      stream = new MarkdownStream();
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

  /** How far message `index` has rendered: part of what its DOM depends on. */
  progressOf(index: number): number {
    return this.progress.get(index) ?? 0;
  }

  /** Marks the unfinished messages to be rendered further (call once per frame, then render). */
  advance(): void {
    for (const index of this.unfinished) this.progress.set(index, this.progressOf(index) + 1);
    this.unfinished.clear();
  }

  /** Sanitized inline markdown (a thought's title), cached by its text. */
  inlineSource(text: string, options: MarkdownOptions): SanitizedSource {
    if (this.inlineOptions?.inlineMath !== options.inlineMath) this.inline.clear();
    this.inlineOptions = options;
    const cached = this.inline.get(text);
    if (cached && !(cached.pending && cached.generation !== pluginGeneration)) return cached;
    const {fragment, pending} = renderInlineMarkdown(text, options);
    const entry = {fragment, pending, generation: pluginGeneration};
    if (this.inline.size >= inlineCacheSize) this.inline.delete(this.inline.keys().next().value!);
    this.inline.set(text, entry);
    return entry;
  }

  /** Forgets the texts of messages at `count` and after (the history got shorter). */
  forgetFrom(count: number): void {
    for (const key of this.streams.keys()) {
      if (messageOf(key) >= count) this.streams.delete(key);
    }
  }
}

/**
 * The blocks, keyed by position: a finished block's DOM is left as it is.
 * The directives are the items themselves, with no template around each:
 * a long history holds one part per block, not three.
 */
export function renderBlocks(blocks: readonly RenderedBlock[], enhancer: Enhancer): unknown {
  return repeat(
    blocks,
    (block) => block.key,
    (block) => sanitizedFragment(block, enhancer),
  );
}

/**
 * Long texts render a slice per frame: after each update, the next frame
 * marks the messages with text left and renders the list again.
 */
export class LongTexts {
  private readonly host: ReactiveElement;
  private readonly markdown: MarkdownCache;
  private frame = 0;
  private done?: {promise: Promise<void>; resolve: () => void};

  constructor(host: ReactiveElement, markdown: MarkdownCache) {
    this.host = host;
    this.markdown = markdown;
  }

  /** Call after each update. */
  continue(): void {
    if (!this.markdown.rendering) {
      this.done?.resolve();
      this.done = undefined;
      return;
    }
    if (this.frame !== 0) return;
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
  }
}
