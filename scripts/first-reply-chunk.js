// A build step for the page bundle: everything a page needs to show its
// first reply (marked, the sanitizer, the markdown renderer, the SSE/fetch
// adapter with its decoders, the message views) goes into one lazy chunk,
// `chunks/first-reply-*.js`, fetched with the first message in one request
// rather than as a waterfall of small chunks. Modules the bundle itself
// imports statically stay in the bundle: the group only takes the ones that
// are lazy today, so it never moves code out of the first download into a
// second request.

/**
 * A Vite plugin plus the code-splitting group it feeds; `test` matches the
 * ids of the modules of a first reply.
 */
export function firstReplyChunk(test) {
  const initial = new Set();
  const plugin = {
    name: 'chat-blocks:first-reply-chunk',
    buildEnd() {
      // The modules the entries import statically, transitively: the bundle's own.
      const queue = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      while (queue.length) {
        const id = queue.pop();
        if (initial.has(id)) continue;
        initial.add(id);
        queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  const group = {
    name: 'first-reply',
    test: (id) => !initial.has(id) && test.test(id),
    includeDependenciesRecursively: false,
  };
  return {plugin, group};
}
