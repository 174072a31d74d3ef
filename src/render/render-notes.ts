/**
 * Notes that renderers leave while one block is being rendered: whether the
 * block used an optional renderer that has not loaded yet (and so must be
 * rendered again when it arrives). Rendering is synchronous, so one flag
 * that the block renderer resets and reads around each render is enough.
 */
let pending = false;

/** Called by a renderer that fell back because its plugin is still loading. */
export function markBlockPending(): void {
  pending = true;
}

/** Runs `render` and tells whether any renderer fell back during it. */
export function trackPending<T>(render: () => T): {value: T; pending: boolean} {
  const outer = pending;
  pending = false;
  try {
    const value = render();
    return {value, pending};
  } finally {
    pending = outer;
  }
}
