/**
 * Highlights the code of a long history's older messages when their group
 * comes near the screen. Those messages render their code plain, marked
 * pending (render/highlight-later.ts): a history restored at its end shows
 * its newest messages, and highlighting every older code block made about
 * two elements per message that no one looked at. A group's
 * `content-visibility: auto` tells when it comes near the viewport
 * (`contentvisibilityautostatechange`, heard once per chunk of groups; a
 * group that is its message's node has no such box of its own, and its chunk's
 * state is its own); its pending code is then highlighted, about 8 ms per frame. Code inserted
 * later into a group already near the screen (`inserted`) is highlighted in
 * the next frame.
 */
import {OnScreenWork} from './on-screen-work.js';

/** What the markdown engine (loaded lazily) offers for this. */
export interface CodeHighlighter {
  hasPendingCode(root: ParentNode): boolean;
  highlightPendingCode(root: ParentNode, deadline: number): 'done' | 'more' | 'loading';
}

export class CodeOnScreen extends OnScreenWork<CodeHighlighter> {
  /**
   * The `contentvisibilityautostatechange` listener of a chunk, in the
   * capture phase: it hears the chunk's own changes and its groups' (the
   * event does not bubble), not those of a long text's block groups.
   */
  readonly onChunkState = {
    capture: true,
    handleEvent: (event: Event): void => {
      const box = event.target as Element;
      if (box.classList.contains('group') || box.classList.contains('chunk')) this.noteState(box, event);
    },
  };

  /** Call with freshly rendered message nodes: pending code among them is highlighted if its group is near the screen. */
  inserted(nodes: ParentNode): void {
    if (this.engine()?.hasPendingCode(nodes)) this.schedule();
  }

  protected work(highlighter: CodeHighlighter, deadline: number): void {
    for (const box of this.shown) {
      if (!box.isConnected) {
        this.shown.delete(box);
        continue;
      }
      const state = highlighter.highlightPendingCode(box, deadline);
      if (state === 'loading') return;
      if (state === 'more') {
        this.schedule();
        return;
      }
    }
  }
}
