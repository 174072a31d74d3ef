/**
 * Highlights the code of a long history's older messages when their group
 * comes near the screen. Those messages render their code plain, marked
 * pending (render/highlight-later.ts): a history restored at its end shows
 * its newest messages, and highlighting every older code block made about
 * two elements per message that no one looked at. A group's
 * `content-visibility: auto` tells when it comes near the viewport
 * (`contentvisibilityautostatechange`, heard once per chunk of groups); its
 * pending code is then highlighted, about 8 ms per frame. Code inserted
 * later into a group already near the screen (`inserted`) is highlighted in
 * the next frame.
 */
import {onPluginLoaded} from '../../render/lazy.js';

/** What the markdown engine (loaded lazily) offers for this. */
export interface CodeHighlighter {
  hasPendingCode(root: ParentNode): boolean;
  highlightPendingCode(root: ParentNode, deadline: number): 'done' | 'more' | 'loading';
}

/** Highlighting one frame does before it leaves the rest for the next one. */
const frameBudgetMs = 8;

export class CodeOnScreen {
  /** The groups whose last state change said they are rendered (near the viewport). */
  private readonly shown = new Set<Element>();
  private frame = 0;
  private readonly highlighter: () => CodeHighlighter | undefined;

  constructor(highlighter: () => CodeHighlighter | undefined) {
    this.highlighter = highlighter;
    // A grammar arrived: the code on screen waited for it.
    onPluginLoaded(() => this.schedule());
  }

  /**
   * The `contentvisibilityautostatechange` listener of a chunk, in the
   * capture phase: it hears its groups' changes (the event does not bubble).
   */
  readonly onChunkState = {
    capture: true,
    handleEvent: (event: Event): void => {
      const group = event.target as Element;
      if (!group.classList.contains('group')) return;
      if ((event as Event & {skipped: boolean}).skipped) this.shown.delete(group);
      else {
        this.shown.add(group);
        this.schedule();
      }
    },
  };

  /** Call with freshly rendered message nodes: pending code among them is highlighted if its group is near the screen. */
  inserted(nodes: ParentNode): void {
    if (this.highlighter()?.hasPendingCode(nodes)) this.schedule();
  }

  private schedule(): void {
    if (this.frame !== 0 || this.shown.size === 0) return;
    this.frame = requestAnimationFrame(() => this.highlight());
  }

  private highlight(): void {
    this.frame = 0;
    const highlighter = this.highlighter();
    if (!highlighter) return;
    const deadline = performance.now() + frameBudgetMs;
    for (const group of this.shown) {
      if (!group.isConnected) {
        this.shown.delete(group);
        continue;
      }
      const state = highlighter.highlightPendingCode(group, deadline);
      if (state === 'loading') return;
      if (state === 'more') {
        this.schedule();
        return;
      }
    }
  }
}
