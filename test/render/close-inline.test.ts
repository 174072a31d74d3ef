import {expect} from '@open-wc/testing';
import {closeOpenInline} from '../../src/render/close-inline.js';

const closed = (text: string) => closeOpenInline(text).text;

describe('closeOpenInline: an unfinished end shown as it will end', () => {
  it('closes open emphasis, strong, strike-through and code spans', () => {
    expect(closed('Some **bold')).to.equal('Some **bold**');
    expect(closed('Some *it')).to.equal('Some *it*');
    expect(closed('Some _it')).to.equal('Some _it_');
    expect(closed('Some ~~gone')).to.equal('Some ~~gone~~');
    expect(closed('Run `npm i')).to.equal('Run `npm i`');
    expect(closed('Use ``a ` b')).to.equal('Use ``a ` b``');
    expect(closed('**bold *and it')).to.equal('**bold *and it***');
  });

  it('puts the closer against the text: a trailing space would keep it from closing', () => {
    expect(closed('Some **bold ')).to.equal('Some **bold**');
  });

  it('leaves out a marker with nothing after it yet', () => {
    expect(closed('Some **')).to.equal('Some ');
    expect(closed('Some `')).to.equal('Some ');
    expect(closed('para\n\n**')).to.equal('para\n\n');
  });

  it('shows a link being written as its label, never a half-written URL, and a half-written image not at all', () => {
    expect(closed('See [the docs')).to.equal('See the docs');
    expect(closed('See [the docs](https://exa')).to.equal('See the docs');
    expect(closed('See [the **docs')).to.equal('See the **docs**');
    expect(closed('Look ![a cat](https://exa')).to.equal('Look ');
    expect(closed('Look ![a c')).to.equal('Look ');
  });

  it('changes nothing that is already closed, or is not inline text', () => {
    for (const text of [
      'Some **bold** text',
      'A [link](https://example.com) here',
      'snake_case_name and 2 * 3 = 6',
      '* a list item',
      '- item\n- another',
      '```js\nconst a = **b',
      '    indented **code',
      '| a | **b',
      '$$x **y',
      'escaped \\*star',
      '',
    ]) {
      expect(closeOpenInline(text), JSON.stringify(text)).to.deep.equal({text, stable: text.length});
    }
  });

  it('touches only the last block and says where the change starts', () => {
    const text = 'First *para* done.\n\nSecond **bold';
    const result = closeOpenInline(text);
    expect(result.text).to.equal('First *para* done.\n\nSecond **bold**');
    expect(result.stable).to.equal(text.length);
    const link = closeOpenInline('A\n\nsee [x](http://y');
    expect(link.text).to.equal('A\n\nsee x');
    expect(link.stable).to.equal('A\n\nsee '.length);
  });
});
