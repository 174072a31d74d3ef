import {expect} from '@open-wc/testing';
import hljs from 'highlight.js/lib/core';
import {highlight} from '../../src/render/highlight.js';
import {inFrameOfItsOwn} from '../../src/render/one-per-frame.js';
import {until} from '../support/index.js';

/** Animation frames since the file started. */
let frames = 0;
const countFrame = () => {
  frames++;
  requestAnimationFrame(countFrame);
};
requestAnimationFrame(countFrame);

describe('compiling highlight grammars', () => {
  it('compiles grammars that load together one per frame, each before it counts as loaded', async () => {
    // Fetched first: the three loads then resolve in one task, as chunks already in the cache do.
    await Promise.all([
      import('highlight.js/lib/languages/python'),
      import('highlight.js/lib/languages/rust'),
      import('highlight.js/lib/languages/sql'),
    ]);
    const compiles: {language: string; frame: number}[] = [];
    const original = hljs.highlight.bind(hljs);
    hljs.highlight = ((code: string, options: {language: string}) => {
      if (code === '') compiles.push({language: options.language, frame: frames});
      return original(code, options);
    }) as typeof hljs.highlight;
    try {
      const code = {python: 'def f():\n    return 1', rust: 'fn main() { let x = 1; }', sql: 'SELECT 1 FROM t'};
      const languages = Object.keys(code) as (keyof typeof code)[];
      for (const language of languages) expect(highlight(code[language], language).kind).to.equal('pending');
      await until(() => languages.every((language) => highlight(code[language], language).kind === 'html'), 'the three grammars to load');
      expect(compiles.map(({language}) => language).sort()).to.deep.equal(['python', 'rust', 'sql']);
      const [first, second, third] = compiles.map(({frame}) => frame);
      expect(second, 'the second compile comes a frame after the first').to.be.above(first!);
      expect(third, 'the third a frame after the second').to.be.above(second!);
    } finally {
      hljs.highlight = original;
    }
  });

  it('runs a job after the jobs queued before it, and one that throws does not stop the next', async () => {
    const order: string[] = [];
    const failing = inFrameOfItsOwn(() => {
      order.push('a');
      throw new Error('job failed');
    });
    const next = inFrameOfItsOwn(() => {
      order.push('b');
      return 'done';
    });
    let error: unknown;
    await failing.catch((caught: unknown) => (error = caught));
    expect(await next).to.equal('done');
    expect(order).to.deep.equal(['a', 'b']);
    expect((error as Error).message).to.equal('job failed');
  });
});
