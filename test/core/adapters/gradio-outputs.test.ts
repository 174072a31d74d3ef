import {expect} from '@open-wc/testing';
import {followOutputs} from '../../../src/core/adapters/gradio-outputs.js';

describe('followOutputs', () => {
  it('writes a string output with content chunks, only when it changed', () => {
    const follow = followOutputs('https://app.test');
    expect(follow(['Hel'])).to.deep.equal([{content: 'Hel'}]);
    expect(follow(['Hel'])).to.deep.equal([]);
    expect(follow(['Hello'])).to.deep.equal([{content: 'Hello'}]);
  });

  it('skips an empty first output for one that says something', () => {
    expect(
      followOutputs('')([
        '',
        [
          {role: 'user', content: 'q'},
          {role: 'assistant', content: 'a'},
        ],
      ]),
    ).to.deep.equal([{content: 'a'}]);
    expect(followOutputs('')([null])).to.deep.equal([]);
  });

  it('reads a message dict as one reply message', () => {
    expect(followOutputs('')([{role: 'assistant', content: 'Hi', metadata: {title: 'Tool'}}])).to.deep.equal([
      {message: {role: 'assistant', content: 'Hi', metadata: {title: 'Tool'}}},
    ]);
    expect(followOutputs('')([{content: 'Plain', options: [{value: 'Yes'}]}])).to.deep.equal([
      {message: {role: 'assistant', content: 'Plain', options: [{value: 'Yes'}]}},
    ]);
  });

  it("reads Gradio's file shapes and content part lists", () => {
    const follow = followOutputs('https://app.test');
    expect(
      follow([
        [
          {role: 'assistant', content: {file: {path: '/tmp/a.png', url: 'https://app.test/f/a.png'}, alt_text: 'A'}},
          {role: 'assistant', content: {component: 'audio', value: {path: 'https://cdn.test/s.mp3', mime_type: 'audio/mpeg'}}},
          {
            role: 'assistant',
            content: [
              {type: 'text', text: 'one'},
              {type: 'text', text: 'two'},
            ],
          },
        ],
      ]),
    ).to.deep.equal([
      {message: {role: 'assistant', content: {url: 'https://app.test/f/a.png', alt_text: 'A'}}},
      {message: {role: 'assistant', content: {url: 'https://cdn.test/s.mp3', mime_type: 'audio/mpeg'}}},
      {message: {role: 'assistant', content: 'one\ntwo'}},
    ]);
  });

  it('reads the old tuples format', () => {
    const follow = followOutputs('');
    expect(follow([[['hi', 'Hel']]])).to.deep.equal([{content: 'Hel'}]);
    expect(follow([[['hi', 'Hello']]])).to.deep.equal([{content: 'Hello'}]);
    expect(followOutputs('')([[['hi', null]]])).to.deep.equal([]);
  });

  it('ignores outputs of shapes it does not know', () => {
    expect(followOutputs('')([42])).to.deep.equal([]);
    expect(followOutputs('')([{foo: 1}])).to.deep.equal([]);
    expect(followOutputs('')('not a list')).to.deep.equal([{content: 'not a list'}]);
  });
});
