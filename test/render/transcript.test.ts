import {expect} from '@open-wc/testing';
import {buildTranscript, lastReplyIndex} from '../../src/render/transcript.js';
import type {ChatMessage} from '../../src/core/types.js';

describe('buildTranscript', () => {
  it('leaves system messages out but keeps history indexes', () => {
    const groups = buildTranscript([
      {role: 'system', content: 'be nice'},
      {role: 'user', content: 'hi'},
      {role: 'assistant', content: 'hello'},
    ]);
    expect(groups.map((g) => [g.role, g.entries.map((e) => e.index)])).to.deep.equal([
      ['user', [1]],
      ['assistant', [2]],
    ]);
  });

  it('groups consecutive messages of one role', () => {
    const groups = buildTranscript([
      {role: 'user', content: {url: '/a.png'}},
      {role: 'user', content: 'look'},
      {role: 'assistant', content: 'nice'},
      {role: 'assistant', content: 'really'},
      {role: 'user', content: 'thanks'},
    ]);
    expect(groups.map((g) => [g.role, g.key, g.entries.length])).to.deep.equal([
      ['user', 0, 2],
      ['assistant', 2, 2],
      ['user', 4, 1],
    ]);
  });

  it('nests thoughts under the thought named by parent_id', () => {
    const messages: ChatMessage[] = [
      {role: 'user', content: 'q'},
      {role: 'assistant', content: '', metadata: {title: 'Plan', id: 'p'}},
      {role: 'assistant', content: 'step', metadata: {title: 'Search', id: 's', parent_id: 'p'}},
      {role: 'assistant', content: 'deeper', metadata: {title: 'Read', parent_id: 's'}},
      {role: 'assistant', content: 'orphan', metadata: {title: 'Lost', parent_id: 'nope'}},
      {role: 'assistant', content: 'answer'},
    ];
    const [, assistant] = buildTranscript(messages);
    expect(assistant!.entries.map((e) => e.index)).to.deep.equal([1, 4, 5]);
    const plan = assistant!.entries[0]!;
    expect(plan.children.map((c) => c.index)).to.deep.equal([2]);
    expect(plan.children[0]!.children.map((c) => c.index)).to.deep.equal([3]);
  });

  it('finds the last reply', () => {
    expect(
      lastReplyIndex([
        {role: 'user', content: 'a'},
        {role: 'assistant', content: 'b'},
        {role: 'system', content: 'c'},
      ]),
    ).to.equal(1);
    expect(
      lastReplyIndex([
        {role: 'assistant', content: 'b'},
        {role: 'user', content: 'a'},
      ]),
    ).to.equal(-1);
    expect(lastReplyIndex([])).to.equal(-1);
  });
});
