// The page builds' literal minifier (scripts/minify-literals.js): shrinks
// CSS and template indentation, leaves whatever could change a rendering.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseAst} from 'rollup/parseAst';
import {minifyCssPart, minifyHtmlPart, minifyLiterals} from '../../scripts/minify-literals.js';

const minify = (code) => minifyLiterals(code, parseAst(code));

test('CSS loses comments and the spaces around its punctuation, not inside strings', () => {
  assert.equal(
    minifyCssPart(`\n  /* why */\n  :host {\n    color: red;\n    content: '  a ,  b ';\n  }\n  a > b, c :hover { x: 1 }\n`),
    ` :host{color:red;content:'  a ,  b '}a > b,c :hover{x:1}`,
  );
  assert.equal(minifyCssPart('a { /* never closed'), undefined);
});

test('HTML indentation becomes one space; spaces within a line stay', () => {
  assert.equal(minifyHtmlPart('<div>\n    <b>a  b</b>\n  </div>'), '<div> <b>a  b</b> </div>');
});

test('tagged literals are minified on the syntax tree, expressions and other text untouched', () => {
  const code = [
    'const s = css`\n  :host {\n    color: ${x};\n  }\n`;',
    "const t = html`<p>\n  ${a ? html`<i>\n  x</i>` : ''}\n</p>`;",
    'const u = html`<pre>\n  keep\n</pre>`;',
    '// a comment naming css`a  {  b }` stays',
    "const v = 'html`\\n  not a template`';",
  ].join('\n');
  const out = minify(code).split('\n');
  assert.equal(out[0], 'const s = css`:host{color:${x}}`;');
  assert.equal(out[1], "const t = html`<p> ${a ? html`<i> x</i>` : ''} </p>`;");
  const untouched = code.slice(code.indexOf('const u'));
  assert.equal(out.slice(2).join('\n'), untouched);
});
