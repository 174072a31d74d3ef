/**
 * Keeps the full-screen sheet inside the visual viewport: when the
 * on-screen keyboard opens, `100dvh` still counts the space behind it on
 * some browsers, but `visualViewport.height` does not. The panel reads the
 * two custom properties set here (and falls back to `100dvh`).
 */
export class ViewportFit {
  private readonly target: HTMLElement;
  private readonly update = () => {
    const viewport = globalThis.visualViewport;
    if (!viewport) return;
    this.target.style.setProperty('--_viewport-height', `${viewport.height}px`);
    this.target.style.setProperty('--_viewport-top', `${viewport.offsetTop}px`);
  };

  constructor(target: HTMLElement) {
    this.target = target;
  }

  start(): void {
    const viewport = globalThis.visualViewport;
    if (!viewport) return;
    viewport.addEventListener('resize', this.update);
    viewport.addEventListener('scroll', this.update);
    this.update();
  }

  stop(): void {
    const viewport = globalThis.visualViewport;
    viewport?.removeEventListener('resize', this.update);
    viewport?.removeEventListener('scroll', this.update);
    this.target.style.removeProperty('--_viewport-height');
    this.target.style.removeProperty('--_viewport-top');
  }
}
