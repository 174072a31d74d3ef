/**
 * Work on the boxes near the screen, a frame at a time: the boxes whose
 * last `contentvisibilityautostatechange` said they are rendered, worked
 * on about 8 ms per frame in the next frames. The engine that does the work
 * loads lazily: what waited for one of its plugins is worked on when it arrives.
 */
import {onPluginLoaded} from '../../render/lazy.js';

/** Work one frame does before it leaves the rest for the next one. */
const frameBudgetMs = 8;

export abstract class OnScreenWork<Engine> {
  /** The boxes whose last state change said they are rendered (near the viewport). */
  protected readonly shown = new Set<Element>();
  private frame = 0;
  protected readonly engine: () => Engine | undefined;

  constructor(engine: () => Engine | undefined) {
    this.engine = engine;
    onPluginLoaded(() => this.schedule());
  }

  /** Keeps `box` among the shown ones or not, as the state change `event` says. */
  protected noteState(box: Element, event: Event): void {
    if ((event as Event & {skipped: boolean}).skipped) this.shown.delete(box);
    else {
      this.shown.add(box);
      this.schedule();
    }
  }

  /** Works in the next frame on what the boxes on screen hold. */
  schedule(): void {
    if (this.frame !== 0 || this.shown.size === 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const engine = this.engine();
      if (engine) this.work(engine, performance.now() + frameBudgetMs);
    });
  }

  /** One frame's work, until `deadline`; calls `schedule` for more. */
  protected abstract work(engine: Engine, deadline: number): void;
}
