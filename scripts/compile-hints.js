// A build step for the page bundle: the lazy chunks whose code runs as soon
// as they arrive start with V8's compile hint `//# allFunctionsCalledOnLoad`.
// Chromium then compiles all their functions while it streams the chunk in,
// on a background thread, instead of one by one on the main thread at each
// function's first call. Other browsers read the line as a comment.
//
// Those chunks: the first reply's (marked, the renderer, the message views,
// the reply code), highlight.js's core and grammars, and the code that grows
// a long block. In the 100 KB stream of `npm run bench`, the main thread
// compiled 47.8 ms of code without the hint, 20.5 ms with it on the first
// reply's chunk, and 10.5 ms with it on all of them (medians of 5 traces).
// Chunks that hold much code a page may never run (KaTeX, the file code,
// the protocol adapters) are left to compile lazily.

/** V8's hint to compile every function of a script as it loads. */
export const compileHint = '//# allFunctionsCalledOnLoad';

/** A Vite plugin that puts the hint first in each chunk with a module whose id `test` matches. */
export function compileHints(test) {
  return {
    name: 'chat-blocks:compile-hints',
    generateBundle: {
      // After the steps that rewrite chunks (inline-runtime.js): the hint must be the first line.
      order: 'post',
      handler(_options, bundle) {
        for (const output of Object.values(bundle)) {
          if (output.type === 'chunk' && !output.isEntry && output.moduleIds.some((id) => test.test(id))) {
            output.code = `${compileHint}\n${output.code}`;
          }
        }
      },
    },
  };
}
