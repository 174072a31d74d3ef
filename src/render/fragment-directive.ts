/**
 * The only way sanitized markup enters a template: a directive that inserts
 * sanitized nodes into a child part, taken from their source (which then
 * keeps no copy) or cloned from it. Given the same source again it does
 * nothing, so the DOM of a finished markdown block is never touched by
 * later renders.
 */
import {noChange, nothing} from 'lit';
import {Directive, directive, PartType, type ChildPart, type PartInfo} from 'lit/directive.js';

/** Something that holds sanitized nodes: a rendered markdown block, a title. */
export interface SanitizedSource {
  readonly fragment: DocumentFragment;
  /** Hands the nodes over, keeping no copy; without it, `fragment` is cloned. */
  take?(): DocumentFragment;
  /** Told which enhancer its taken nodes got: a source that adds nodes to them later enhances those too. */
  enhancedWith?(enhancer: Enhancer | undefined): void;
}

/** Adds the widget's own controls (copy buttons) to freshly inserted nodes. */
export type Enhancer = (nodes: DocumentFragment) => void;

class SanitizedFragmentDirective extends Directive {
  private source?: SanitizedSource;
  private enhancer?: Enhancer;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('sanitizedFragment() only works in child position');
  }

  render(_source: SanitizedSource, _enhancer?: Enhancer): unknown {
    return nothing;
  }

  override update(_part: ChildPart, [source, enhancer]: [SanitizedSource, Enhancer?]): unknown {
    if (source === this.source && enhancer === this.enhancer) return noChange;
    this.source = source;
    this.enhancer = enhancer;
    const nodes = source.take ? source.take() : (source.fragment.cloneNode(true) as DocumentFragment);
    enhancer?.(nodes);
    source.enhancedWith?.(enhancer);
    // A part keeps the value it inserted: a lone node is on the page anyway, while an emptied
    // fragment would be held for nothing, one for each block of every message.
    return nodes.childNodes.length === 1 ? nodes.firstChild : nodes;
  }
}

/** Inserts the sanitized nodes of `source` (taken, or a clone), once per source. */
export const sanitizedFragment = directive(SanitizedFragmentDirective);
