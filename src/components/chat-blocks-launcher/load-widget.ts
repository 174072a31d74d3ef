/**
 * How the launcher gets `<chat-blocks>`: each build of the launcher sets
 * one loader (a dynamic import of the full library, by URL relative to the
 * launcher's own script in the page builds), and every launcher on the page
 * shares the one download it starts.
 */
type Loader = () => Promise<unknown>;

let loader: Loader | undefined;
let pending: Promise<void> | undefined;

/** Sets how the library is loaded; the first launcher build on a page wins. */
export function setWidgetLoader(load: Loader): void {
  loader ??= load;
}

/** True once `<chat-blocks>` is defined, by this loader or by a copy of the library the page loaded itself. */
export function widgetDefined(): boolean {
  return customElements.get('chat-blocks') !== undefined;
}

/**
 * Loads the library once; a failed load can be tried again. The loader is
 * looked up a microtask later: an entry sets it after its imports ran, and
 * defining the element there may already have upgraded (and opened) a
 * launcher of the page.
 */
export function loadWidget(): Promise<void> {
  if (widgetDefined()) return Promise.resolve();
  pending ??= Promise.resolve()
    .then(() => {
      if (!loader) throw new Error('chat-blocks-launcher: no loader is set (import a launcher entry, not the element module)');
      return loader();
    })
    .then(() => customElements.whenDefined('chat-blocks'))
    .then(() => undefined)
    .catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
  return pending;
}
