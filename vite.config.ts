import {defineConfig} from 'vite';
import pkg from './package.json' with {type: 'json'};
import {minifyLiteralsPlugin} from './scripts/minify-literals.js';
import {firstReplyChunk} from './scripts/first-reply-chunk.js';
import {compileHints} from './scripts/compile-hints.js';
import {inlineRuntime} from './scripts/inline-runtime.js';

/**
 * Three library builds, chosen with `--mode`:
 * - `lib`: `dist/chat-blocks.js` (+ `dist/react.js`) for bundlers; every dependency stays external.
 * - `bundle`: `dist/chat-blocks.bundle.js`, self-contained and minified; what a page needs
 *   only later (markdown and the sanitizer, syntax highlighting, math, recording) is in
 *   chunks beside it, loaded on first use. It is the widget without the launcher
 *   (`src/widget.ts`): the launcher has builds of its own.
 * - `iife`: `dist/chat-blocks.iife.js`, one classic script with everything inline.
 * - `launcher` and `launcher-iife`: `dist/chat-blocks-launcher.bundle.js` and
 *   `dist/chat-blocks-launcher.iife.js`, the small first download of a page with
 *   the chat bubble; each imports `chat-blocks.bundle.js` beside it when first used.
 */
const dependencies = Object.keys({...pkg.dependencies, ...pkg.peerDependencies});
const isDependency = (id: string) =>
  dependencies.some((name) => id === name || id.startsWith(`${name}/`)) || id === 'react' || id.startsWith('react/');

/**
 * The modules of a first plain reply: marked, the sanitizer, the markdown renderer,
 * the reply code (attempts, chunks, limits, silence), the SSE/fetch adapter
 * with its decoders and the contract's own chunk shapes, the message views.
 * Code and math (highlight.js, KaTeX), the other adapters, the protocols'
 * chunk shapes (core/shapes/protocol-shapes.ts: AI SDK, Anthropic, OpenAI,
 * Ollama, LangChain) and the features a reply may never use stay chunks of
 * their own, and so do DOMPurify, the sanitizer of browsers without the HTML
 * Sanitizer API (render/sanitize-purify.ts), the text a copy button
 * copies (render/visible-text.ts, loaded on the first copy) and the code
 * that grows a long table, list or code block in place
 * (render/growing-block.ts, loaded when a block gets long).
 */
const firstReplyModules =
  /node_modules[\\/](marked|eventsource-parser|lit-html|lit-element|lit|@lit)[\\/]|src[\\/]render[\\/](?!sanitize-purify|visible-text|growing-block)|src[\\/]core[\\/](decoders[\\/]|shapes[\\/](event-reader|reply-reader|plain|values|thinking-title)\.ts$|(chunks|reply-stream|reply|reply-size|text-coalescer|silence)\.ts$)|src[\\/]core[\\/]adapters[\\/](http|request|guard|http-error)\.ts$|src[\\/]components[\\/]chat-message-list[\\/]/;

/**
 * The lazy chunks whose code runs as soon as they arrive, compiled off the
 * main thread as they load (scripts/compile-hints.js): the first-reply chunk
 * (the one with marked), highlight.js's core and grammars, and the code that
 * grows a long block.
 */
const compiledOnLoad = /node_modules[\\/](marked|highlight\.js)[\\/]|src[\\/]render[\\/]growing-block\.ts$/;

/**
 * The code a textbox loads with its first file (attachments, previews, the
 * checks that refuse files, the microphone and its recording indicator, and
 * the two lit directives only they use): one chunk, not a waterfall.
 */
const attachingGroup = {
  name: 'attaching',
  test: /src[\\/]components[\\/]chat-multimodal-textbox[\\/](attaching|attaching\.styles|attachments|previews|microphone|recording-view)\.ts$|src[\\/]core[\\/]file-rules\.ts$|[\\/]directives[\\/](keyed|style-map)\.js$/,
  includeDependenciesRecursively: false,
};

export default defineConfig(({mode}) => {
  const common = {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    // No source maps in the package: the ES build is unminified and reads as
    // it is, and a map would carry a second copy of every source file.
    sourcemap: false,
    reportCompressedSize: true,
  };
  if (mode === 'lib') {
    return {
      build: {
        ...common,
        minify: false,
        lib: {entry: {'chat-blocks': 'src/index.ts', react: 'src/react.ts', launcher: 'src/launcher.ts'}, formats: ['es']},
        rolldownOptions: {external: isDependency},
      },
    };
  }
  if (mode === 'launcher' || mode === 'launcher-iife') {
    const iife = mode === 'launcher-iife';
    return {
      plugins: [minifyLiteralsPlugin()],
      build: {
        ...common,
        minify: true,
        lib: {
          entry: iife ? 'src/launcher-iife.ts' : 'src/launcher-bundle.ts',
          formats: [iife ? 'iife' : 'es'],
          name: 'ChatBlocksLauncher',
          fileName: () => (iife ? 'chat-blocks-launcher.iife.js' : 'chat-blocks-launcher.bundle.js'),
        },
        rolldownOptions: {output: {codeSplitting: false, minify: true}},
      },
    };
  }
  if (mode === 'iife') {
    return {
      plugins: [minifyLiteralsPlugin()],
      build: {
        ...common,
        minify: true,
        lib: {entry: 'src/iife.ts', formats: ['iife'], name: 'ChatBlocksLibrary', fileName: () => 'chat-blocks.iife.js'},
        rolldownOptions: {output: {codeSplitting: false}},
      },
    };
  }
  // What a first reply needs beyond the bundle, fetched as one chunk (scripts/first-reply-chunk.js),
  // with the bundler's runtime inside it rather than fetched after it (scripts/inline-runtime.js).
  const firstReply = firstReplyChunk(firstReplyModules);
  return {
    // The page builds shrink their CSS and template indentation (scripts/minify-literals.js).
    plugins: [minifyLiteralsPlugin(), firstReply.plugin, inlineRuntime(), compileHints(compiledOnLoad)],
    build: {
      ...common,
      minify: true,
      lib: {entry: 'src/widget.ts', formats: ['es'], fileName: () => 'chat-blocks.bundle.js'},
      // Vite leaves ES library output unminified; this file is for pages, not bundlers.
      rolldownOptions: {
        preserveEntrySignatures: 'allow-extension',
        output: {chunkFileNames: 'chunks/[name]-[hash].js', minify: true, codeSplitting: {groups: [attachingGroup, firstReply.group]}},
      },
    },
  };
});
