// A build step for the page bundle: everything a page needs to show its
// first reply (marked, the sanitizer, the markdown renderer, the SSE/fetch
// adapter with its decoders, the message views) goes into one lazy chunk,
// `chunks/first-reply-*.js`, fetched with the first message in one request
// rather than as a waterfall of small chunks. Modules the bundle itself
// imports statically stay in the bundle: the group only takes the ones that
// are lazy today, so it never moves code out of the first download into a
// second request.
//
// The chunk starts with V8's compile hint `//# allFunctionsCalledOnLoad`:
// a first reply calls most of its functions, and with the hint Chromium
// compiles them all while it streams the chunk in, on a background thread,
// instead of one by one on the main thread at their first call (about 10 ms
// of the first reply's main-thread time on this machine). Other browsers
// read it as a comment.

/** V8's hint to compile every function of a script as it loads (see above). */
const compileHint = '//# allFunctionsCalledOnLoad';

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
    generateBundle: {
      // After the other steps have rewritten the chunk (inline-runtime.js): the hint must come first.
      order: 'post',
      handler(_options, bundle) {
        for (const output of Object.values(bundle)) {
          if (output.type === 'chunk' && output.name === 'first-reply') output.code = `${compileHint}\n${output.code}`;
        }
      },
    },
  };
  const group = {
    name: 'first-reply',
    test: (id) => !initial.has(id) && test.test(id),
    includeDependenciesRecursively: false,
  };
  return {plugin, group};
}
