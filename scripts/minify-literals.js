// A build step for the page builds: shrinks the CSS in `css`…`` literals
// and the indentation in `html`…`` / `svg`…`` literals of our own source,
// which the JavaScript minifier keeps as they are written. Every page pays
// for those bytes, and they mean nothing to the browser.
//
// Only what cannot change a rendering is touched:
// - CSS: comments go, whitespace runs become one space, and the space next
//   to `{ } ; , :` (outside quoted strings) goes; `;}` becomes `}`.
// - HTML: a whitespace run that holds a line break becomes one space (what
//   the browser renders for it anyway). A template with `<pre` or
//   `<textarea` in it, where whitespace is content, is left alone.
// Literals are found on the module's syntax tree, so text that only looks
// like one (in a comment or a string) is never touched.

/** Minifies one static part of a `css` literal; quoted strings stay as written. */
export function minifyCssPart(text) {
  if (/\/\*(?![\s\S]*?\*\/)/.test(text)) return undefined;
  const pieces = text.replace(/\/\*[\s\S]*?\*\//g, '').split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/);
  return pieces
    .map((piece, index) =>
      index % 2 === 1
        ? piece
        : piece
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
}

/** Minifies one static part of an `html` or `svg` literal. */
export function minifyHtmlPart(text) {
  return text.replace(/[ \t\r]*\n\s*/g, ' ');
}

/** Calls `visit` on every node of an ESTree `node`. */
function walk(node, visit) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) walk(item, visit);
    return;
  }
  if (typeof node.type === 'string') visit(node);
  for (const key in node) if (key !== 'parent') walk(node[key], visit);
}

/**
 * `code` with every `css`, `html` and `svg` tagged literal in it minified,
 * found on its syntax tree `ast` (ESTree, with `start`/`end` offsets).
 */
export function minifyLiterals(code, ast) {
  const edits = [];
  walk(ast, (node) => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
    const kind = node.tag.name;
    if (kind !== 'css' && kind !== 'html' && kind !== 'svg') return;
    const quasis = node.quasi.quasis;
    // Offsets that do not hold the raw text (another parser's convention): leave it.
    if (!quasis.every((quasi) => code.slice(quasi.start, quasi.end) === quasi.value.raw)) return;
    const raws = quasis.map((quasi) => quasi.value.raw);
    if (kind !== 'css' && raws.some((raw) => /<(pre|textarea)\b/i.test(raw))) return;
    const minified = raws.map((raw) => (kind === 'css' ? minifyCssPart(raw) : minifyHtmlPart(raw)));
    if (minified.some((raw) => raw === undefined)) return;
    if (kind === 'css') {
      minified[0] = minified[0].replace(/^ /, '');
      minified[minified.length - 1] = minified[minified.length - 1].replace(/ $/, '');
    }
    quasis.forEach((quasi, index) => edits.push({start: quasi.start, end: quasi.end, text: minified[index]}));
  });
  edits.sort((a, b) => b.start - a.start);
  let out = code;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** The Vite plugin: applies `minifyLiterals` to the project's own modules under src/. */
export function minifyLiteralsPlugin() {
  return {
    name: 'chat-blocks:minify-literals',
    transform(code, id) {
      if (!/\/src\/.*\.[jt]s$/.test(id.split('?')[0]) || !/\b(css|html|svg)`/.test(code)) return undefined;
      return {code: minifyLiterals(code, this.parse(code)), map: null};
    },
  };
}
