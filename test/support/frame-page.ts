// Whole pages for tests that depend on how a site builds its page (where the
// script tag sits, what the page's CSS says): each is an iframe of its own
// document, written as a site would write it.
import {waitUntil} from '@open-wc/testing';

export interface FramePage {
  frame: HTMLIFrameElement;
  window: Window & typeof globalThis;
  document: Document;
  /** Errors and unhandled rejections the page raised. */
  errors: string[];
  remove(): void;
}

/** The widget's source, as a page's module script loads it. */
export const sourceScript = '<script type="module" src="/src/index.ts"></script>';

/**
 * Opens `html` (a whole document) in an iframe of `width`×`height` px and
 * resolves once it has loaded. Page errors are collected from the start.
 */
export async function openPage(html: string, {width = 600, height = 700} = {}): Promise<FramePage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block`;
  const errors: string[] = [];
  document.body.append(frame);
  const win = frame.contentWindow as Window & typeof globalThis;
  // The document is written, not loaded from srcdoc, so the error listeners
  // are in place before its first script runs (open() drops earlier ones).
  win.document.open();
  win.addEventListener('error', (event) =>
    errors.push(
      String(event.error?.stack ?? event.error ?? event.message) + ' @' + event.filename + ':' + event.lineno + ':' + event.colno,
    ),
  );
  win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason?.stack ?? event.reason)));
  const loaded = new Promise<void>((resolve) => win.addEventListener('load', () => resolve(), {once: true}));
  win.document.write(html);
  win.document.close();
  if (win.document.readyState !== 'complete') await loaded;
  return {
    frame,
    window: win,
    document: win.document,
    errors,
    remove: () => frame.remove(),
  };
}

/** Waits until `tag` is defined in the page (its script has run). */
export async function defined(page: FramePage, tag = 'chat-blocks', timeout = 15000): Promise<void> {
  await waitUntil(() => page.window.customElements.get(tag), `${tag} defined in the page`, {timeout});
}
