/**
 * Syntax highlighting for fenced code, with highlight.js loaded lazily: the
 * core on the first code block with a known language, and each language
 * grammar on the first block that uses it. The output is an HTML string of
 * `<span class="hljs-…">`, which goes through the sanitizer with the rest of
 * the message.
 */
import type {HLJSApi, LanguageFn} from 'highlight.js';
import {LazyModule} from './lazy.js';
import {inFrameOfItsOwn} from './one-per-frame.js';

type Grammar = () => Promise<{default: LanguageFn}>;

// Literal import() paths, so bundlers emit one small chunk per grammar.
const grammars: Record<string, Grammar> = {
  bash: () => import('highlight.js/lib/languages/bash'),
  c: () => import('highlight.js/lib/languages/c'),
  cpp: () => import('highlight.js/lib/languages/cpp'),
  csharp: () => import('highlight.js/lib/languages/csharp'),
  css: () => import('highlight.js/lib/languages/css'),
  diff: () => import('highlight.js/lib/languages/diff'),
  go: () => import('highlight.js/lib/languages/go'),
  java: () => import('highlight.js/lib/languages/java'),
  javascript: () => import('highlight.js/lib/languages/javascript'),
  json: () => import('highlight.js/lib/languages/json'),
  kotlin: () => import('highlight.js/lib/languages/kotlin'),
  markdown: () => import('highlight.js/lib/languages/markdown'),
  php: () => import('highlight.js/lib/languages/php'),
  python: () => import('highlight.js/lib/languages/python'),
  ruby: () => import('highlight.js/lib/languages/ruby'),
  rust: () => import('highlight.js/lib/languages/rust'),
  scss: () => import('highlight.js/lib/languages/scss'),
  sql: () => import('highlight.js/lib/languages/sql'),
  swift: () => import('highlight.js/lib/languages/swift'),
  typescript: () => import('highlight.js/lib/languages/typescript'),
  xml: () => import('highlight.js/lib/languages/xml'),
  yaml: () => import('highlight.js/lib/languages/yaml'),
};

const aliases: Record<string, string> = {
  js: 'javascript',
  jsx: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  node: 'javascript',
  ts: 'typescript',
  tsx: 'typescript',
  py: 'python',
  python3: 'python',
  sh: 'bash',
  shell: 'bash',
  zsh: 'bash',
  console: 'bash',
  html: 'xml',
  xhtml: 'xml',
  svg: 'xml',
  'c++': 'cpp',
  cc: 'cpp',
  hpp: 'cpp',
  h: 'c',
  cs: 'csharp',
  'c#': 'csharp',
  golang: 'go',
  rs: 'rust',
  rb: 'ruby',
  kt: 'kotlin',
  yml: 'yaml',
  md: 'markdown',
  patch: 'diff',
  jsonc: 'json',
};

const core = new LazyModule<HLJSApi>(() => import('highlight.js/lib/core').then((module) => module.default));
const loadedGrammars = new Map<string, LazyModule<LanguageFn>>();

/** The grammar name for a fence's language tag, if one is supported. */
export function grammarFor(lang: string): string | undefined {
  const name = lang.trim().toLowerCase();
  const resolved = aliases[name] ?? name;
  return Object.hasOwn(grammars, resolved) ? resolved : undefined;
}

export type HighlightResult = {kind: 'html'; html: string} | {kind: 'pending'} | {kind: 'unsupported'};

/**
 * The longest code highlighted, in characters: highlight.js takes one task
 * for a whole block, hundreds of milliseconds on a few hundred kilobytes.
 * Longer code shows without colours.
 */
export const maxHighlightLength = 20_000;

/** True when `code` as `lang` gets highlighted: a grammar is known for it and it is not too long. */
export function highlightable(code: string, lang: string): boolean {
  return grammarFor(lang) !== undefined && code.length <= maxHighlightLength;
}

/**
 * Highlights `code` as `lang` when highlight.js and that grammar are loaded;
 * otherwise starts loading them and answers `pending`.
 */
export function highlight(code: string, lang: string): HighlightResult {
  if (!highlightable(code, lang)) return {kind: 'unsupported'};
  const grammar = grammarFor(lang)!;
  let module = loadedGrammars.get(grammar);
  if (module === undefined) {
    const load = grammars[grammar]!;
    module = new LazyModule(async () => {
      const [hljs, language] = await Promise.all([core.request(), load()]);
      hljs?.registerLanguage(grammar, language.default);
      // highlight.js compiles a grammar on its first use (10-30 ms for the larger ones): done before it counts as
      // loaded, in a task of its own, one grammar per frame, rather than in the first drawing that highlights with it.
      await inFrameOfItsOwn(() => hljs?.highlight('', {language: grammar}));
      return language.default;
    });
    loadedGrammars.set(grammar, module);
  }
  const hljs = core.get();
  if (hljs === undefined || module.get() === undefined) {
    void module.request();
    return {kind: 'pending'};
  }
  try {
    return {kind: 'html', html: hljs.highlight(code, {language: grammar, ignoreIllegals: true}).value};
  } catch {
    return {kind: 'unsupported'};
  }
}
