// The cap on unbroken runs (issue 17): a run of text with no break
// opportunity gets one every maxUnbrokenRun characters, so laying it out
// costs what any text of that length costs; the text itself is unchanged,
// and code keeps its runs as they are.
import {expect} from '@open-wc/testing';
import {renderMarkdown} from '../../src/render/markdown.js';
import {maxUnbrokenRun} from '../../src/render/long-runs.js';

const options = {inlineMath: false};

describe('unbroken runs', () => {
  it('breaks a 100 KB word every maxUnbrokenRun characters, and keeps its text', () => {
    const word = 'w'.repeat(100_000);
    const fragment = renderMarkdown(`before ${word} after`, options);
    expect(fragment.querySelectorAll('wbr').length).to.equal(Math.ceil(word.length / maxUnbrokenRun) - 1);
    expect(fragment.textContent!.trim()).to.equal(`before ${word} after`);
  });

  it('leaves runs up to the cap, and code blocks, as they are', () => {
    const short = renderMarkdown(`${'s'.repeat(maxUnbrokenRun)} end`, options);
    expect(short.querySelector('wbr')).to.equal(null);
    const code = renderMarkdown(`\`\`\`\n${'c'.repeat(5000)}\n\`\`\``, options);
    expect(code.querySelector('wbr')).to.equal(null);
    expect(code.querySelector('pre')!.textContent).to.contain('c'.repeat(5000));
  });
});
