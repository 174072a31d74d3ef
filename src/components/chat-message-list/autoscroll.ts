/**
 * Keeps a scrolling list at its end while the user is there, and leaves it
 * alone once the user scrolls up (wheel, touch, keys, scrollbar), until they
 * come back to the end or ask to jump there.
 *
 * The list follows its content from a ResizeObserver, which the browser
 * calls after it laid the page out and before it paints: the scroll
 * geometry is read there without forcing a layout. Reading it right after
 * each render (in `hostUpdated`) made every frame of a stream lay the page
 * out inside the script, and a second time if a second render came in the
 * same frame.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** Pixels from the end that still count as "at the end" (sub-pixel scroll positions). */
const endSlack = 8;

const keysThatScrollUp = new Set(['ArrowUp', 'PageUp', 'Home']);

export class AutoScroll implements ReactiveController {
  /** True while the list follows new content. */
  following = true;

  private readonly host: ReactiveControllerHost;
  private scroller?: HTMLElement;
  private content?: Element;
  /** A pointer is down on the list (dragging its scrollbar, selecting). */
  private pointerHeld = false;
  /** A key or a focus move in the list, until the next frame: it may scroll. */
  private keyboardMove = false;
  private readonly resizeObserver = new ResizeObserver(() => this.keepAtEnd());

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** Starts watching `scroller`, whose content grows inside `content`. */
  observe(scroller: HTMLElement, content: Element): void {
    this.scroller = scroller;
    this.content = content;
    scroller.addEventListener('scroll', this.onScroll, {passive: true});
    scroller.addEventListener('wheel', this.onWheel, {passive: true});
    scroller.addEventListener('touchmove', this.onUserScroll, {passive: true});
    scroller.addEventListener('keydown', this.onKey);
    scroller.addEventListener('focusin', this.onKeyboardMove);
    scroller.addEventListener('pointerdown', this.onPointerDown);
    this.hostConnected();
  }

  hostConnected(): void {
    if (!this.scroller || !this.content) return;
    this.resizeObserver.observe(this.scroller);
    this.resizeObserver.observe(this.content);
    this.keepAtEnd();
  }

  hostDisconnected(): void {
    this.resizeObserver.disconnect();
  }

  /** Jumps to the end and follows new content again. */
  scrollToEnd(): void {
    this.setFollowing(true);
    this.keepAtEnd();
  }

  private isAtEnd(scroller: HTMLElement): boolean {
    return scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight <= endSlack;
  }

  private keepAtEnd(): void {
    const scroller = this.scroller;
    if (!this.following || !scroller) return;
    if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight) return;
    scroller.scrollTop = scroller.scrollHeight;
  }

  private setFollowing(following: boolean): void {
    if (this.following === following) return;
    this.following = following;
    this.host.requestUpdate();
  }

  private readonly onScroll = (): void => {
    const scroller = this.scroller;
    if (!scroller) return;
    // Following, and not moved by the user: the scroll was this controller's
    // own, or the layout's (a list that was resized, content laid out late),
    // or a page's (find-in-page showing a match). Nothing to decide, so the
    // geometry is not read: reading it here, at the start of a frame, laid
    // out whatever a task changed since the last one. The resize observer
    // keeps the end once the content grows.
    if (this.following && !this.pointerHeld && !this.keyboardMove) return;
    if (this.isAtEnd(scroller)) this.setFollowing(true);
    else if (this.pointerHeld || this.keyboardMove) this.setFollowing(false);
  };

  private readonly onPointerDown = (event: PointerEvent): void => {
    this.pointerHeld = true;
    const release = () => {
      this.pointerHeld = false;
      view.removeEventListener('pointerup', release, true);
      view.removeEventListener('pointercancel', release, true);
    };
    const view = (event.currentTarget as Element).ownerDocument.defaultView ?? window;
    view.addEventListener('pointerup', release, true);
    view.addEventListener('pointercancel', release, true);
  };

  private readonly onKeyboardMove = (): void => {
    this.keyboardMove = true;
    requestAnimationFrame(() => (this.keyboardMove = false));
  };

  private readonly onWheel = (event: WheelEvent): void => {
    if (event.deltaY < 0) this.onUserScroll();
  };

  private readonly onKey = (event: KeyboardEvent): void => {
    this.onKeyboardMove();
    if (keysThatScrollUp.has(event.key) && event.target === this.scroller) this.onUserScroll();
  };

  /** The user moved the list: stop following unless nothing can scroll. */
  private readonly onUserScroll = (): void => {
    const scroller = this.scroller;
    if (scroller && scroller.scrollHeight > scroller.clientHeight) this.setFollowing(false);
  };
}
