/**
 * Typesets the formulas of the block groups on screen. A long text's
 * grouped blocks show their formulas' source until their group comes near
 * the viewport (render/math.ts): a group's `content-visibility: auto` tells
 * when, with `contentvisibilityautostatechange`. The formulas of the groups
 * on screen are then typeset about 8 ms per frame, so a group of 256 of
 * them is not one long task; blocks added later to a group on screen are
 * typeset after the render that added them.
 *
 * While a long text still renders a slice per frame, the groups at its end
 * (the last three) wait: the list follows the end, so each group is on screen only for the
 * few frames until the next slices push it up. Typeset then, a 1 MB reply
 * of display math typeset 40% of its formulas that no one looked at, and
 * every formula typeset stays in the page for its later frames to carry.
 * Once the text has rendered, the groups on screen are typeset; a group a
 * reader scrolled back to (not at the end) is typeset at once.
 */
import {OnScreenWork} from './on-screen-work.js';

/** What the markdown engine (loaded lazily) offers for this. */
export interface MathTypesetter {
  typesetPendingMath(root: ParentNode, deadline: number): 'done' | 'more' | 'loading';
}

/** Groups at the end of a text still rendering whose formulas wait for its last slice. */
const endGroups = 3;

/** True when some of `group` shows in the list's scrolling area now. */
function onScreen(group: Element): boolean {
  const box = group.getBoundingClientRect();
  const area = group.closest('.log')?.getBoundingClientRect() ?? {top: 0, bottom: innerHeight};
  return box.bottom > area.top && box.top < area.bottom;
}

export class MathOnScreen extends OnScreenWork<MathTypesetter> {
  /** The render roots of lists whose long texts have slices left to render. */
  private readonly rendering = new WeakSet<Node>();

  /** The `contentvisibilityautostatechange` listener of a group. */
  readonly onGroupState = (event: Event): void => this.noteState(event.currentTarget as Element, event);

  /**
   * Call after each render of a list (`root`, its render root): `rendering`
   * while its long texts have slices left. Typesets in the next frame what
   * the groups on screen hold, but for those at the end of a text still rendering.
   */
  rendered(root: Node, rendering: boolean): void {
    if (rendering) this.rendering.add(root);
    else this.rendering.delete(root);
    this.schedule();
  }

  protected work(typesetter: MathTypesetter, deadline: number): void {
    let more = false;
    for (const group of this.shown) {
      if (!group.isConnected) {
        this.shown.delete(group);
        continue;
      }
      // Typeset after the render that ends the text (rendered() schedules it).
      if (this.atRenderingEnd(group)) continue;
      const state = performance.now() > deadline ? 'more' : typesetter.typesetPendingMath(group, deadline);
      if (state === 'loading') return;
      more ||= state === 'more';
    }
    if (more) this.schedule();
  }

  /**
   * True for the last `endGroups` groups of a text whose list still renders
   * slices: the next slices push them off screen. Three, not one: a group
   * pushed off screen hears so a frame later, and one render can fill the
   * group after it and start another. An earlier group waits too while it
   * is off screen: its state change can come frames after the slices that
   * pushed it up (on a busy page, after three more groups), so while the
   * text renders, where the group is now decides.
   */
  private atRenderingEnd(group: Element): boolean {
    if (!this.rendering.has(group.getRootNode())) return false;
    let after: Element | null = group;
    for (let count = 1; count < endGroups; count++) {
      after = after.nextElementSibling;
      if (!after?.classList.contains('block-group')) return true;
    }
    return !onScreen(group);
  }
}
