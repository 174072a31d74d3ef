/**
 * Typesets the formulas of the block groups on screen. A long text's
 * grouped blocks show their formulas' source until their group comes near
 * the viewport (render/math.ts): a group's `content-visibility: auto` tells
 * when, with `contentvisibilityautostatechange`. The formulas of the groups
 * on screen are then typeset about 8 ms per frame, so a group of 256 of
 * them is not one long task; blocks added later to a group on screen are
 * typeset after the render that added them.
 */
import {onPluginLoaded} from '../../render/lazy.js';

/** What the markdown engine (loaded lazily) offers for this. */
export interface MathTypesetter {
  typesetPendingMath(root: ParentNode, deadline: number): 'done' | 'more' | 'loading';
}

/** Typesetting one frame does before it leaves the rest for the next one. */
const frameBudgetMs = 8;

export class MathOnScreen {
  /** The groups whose last state change said they are rendered (near the viewport). */
  private readonly shown = new Set<Element>();
  private frame = 0;
  private readonly typesetter: () => MathTypesetter | undefined;

  constructor(typesetter: () => MathTypesetter | undefined) {
    this.typesetter = typesetter;
    // KaTeX arrived: the groups on screen waited for it.
    onPluginLoaded(() => this.schedule());
  }

  /** The `contentvisibilityautostatechange` listener of a group. */
  readonly onGroupState = (event: Event): void => {
    const group = event.currentTarget as Element;
    if ((event as Event & {skipped: boolean}).skipped) this.shown.delete(group);
    else {
      this.shown.add(group);
      this.schedule();
    }
  };

  /** Typesets in the next frame what the groups on screen hold (call after a render). */
  schedule(): void {
    if (this.frame !== 0 || this.shown.size === 0) return;
    this.frame = requestAnimationFrame(() => this.typeset());
  }

  private typeset(): void {
    this.frame = 0;
    const typesetter = this.typesetter();
    if (!typesetter) return;
    const deadline = performance.now() + frameBudgetMs;
    let more = false;
    for (const group of this.shown) {
      if (!group.isConnected) {
        this.shown.delete(group);
        continue;
      }
      const state = performance.now() > deadline ? 'more' : typesetter.typesetPendingMath(group, deadline);
      if (state === 'loading') return;
      more ||= state === 'more';
    }
    if (more) this.schedule();
  }
}
