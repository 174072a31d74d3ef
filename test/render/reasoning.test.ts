import {expect} from '@open-wc/testing';
import {splitReasoning} from '../../src/render/reasoning.js';

describe('splitReasoning', () => {
  it('leaves text without tags as one segment', () => {
    expect(splitReasoning('Hello **there**')).to.deep.equal([{kind: 'text', text: 'Hello **there**', pending: false}]);
  });

  it('splits a closed <think> section from the answer', () => {
    expect(splitReasoning('<think>Let me see.</think>\n\nThe answer is 4.')).to.deep.equal([
      {kind: 'thought', text: 'Let me see.', pending: false},
      {kind: 'text', text: '\n\nThe answer is 4.', pending: false},
    ]);
  });

  it('marks an unclosed section as pending and hides a closing tag still arriving', () => {
    expect(splitReasoning('<thinking>Step 1</thin')).to.deep.equal([{kind: 'thought', text: 'Step 1', pending: true}]);
    expect(splitReasoning('<THINK>abc')).to.deep.equal([{kind: 'thought', text: 'abc', pending: true}]);
  });

  it('handles text before and several sections', () => {
    const segments = splitReasoning('Intro <think>a</think> middle <thinking>b</thinking> end');
    expect(segments.map((s) => [s.kind, s.text.trim()])).to.deep.equal([
      ['text', 'Intro'],
      ['thought', 'a'],
      ['text', 'middle'],
      ['thought', 'b'],
      ['text', 'end'],
    ]);
  });

  it('does not close <thinking> with </think>', () => {
    expect(splitReasoning('<thinking>a</think> b')).to.deep.equal([{kind: 'thought', text: 'a</think> b', pending: true}]);
  });
});
