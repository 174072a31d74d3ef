// A history set again keeps the messages it already holds as the same
// objects wherever the new entry would check into an equal message, and
// checks again every entry that differs in a field a message keeps.
import {expect} from '@open-wc/testing';
import {validateKeeping} from '../../src/core/unchanged-messages.js';
import type {ChatMessage} from '../../src/core/types.js';

describe('validateKeeping', () => {
  const page = [
    {role: 'user', content: 'hi', id: 'page-1'},
    {role: 'assistant', content: {path: '/a.png', name: 'a.png'}, metadata: {title: 'Looked', status: null}},
    {role: 'assistant', content: 'done', liked: true, options: [{value: 'more'}]},
  ];

  it('keeps the messages whose entries check into equal ones, a page field the check drops included', () => {
    const previous = validateKeeping([], page);
    const again = validateKeeping(previous, [...page.map((entry) => ({...entry})), {role: 'user', content: 'next'}]);
    previous.forEach((message, index) => expect(again[index], `message ${index}`).to.equal(message));
    expect(again[3]).to.deep.equal({role: 'user', content: 'next'});
  });

  it('checks again an entry that changed in any field a message keeps, in place or not', () => {
    const previous = validateKeeping([], page);
    const changes: Record<string, unknown>[] = [
      {content: 'hello'},
      {liked: false},
      {liked: null},
      {error: 'failed'},
      {metadata: {title: 'Thinking'}},
      {options: [{value: 'less'}]},
      {options: [{value: 'more'}, {value: 'again'}]},
      {options: [{value: 'more', label: 'More'}]},
      {options: []},
      {role: 'assistant'},
    ];
    for (const change of changes) {
      const entries: unknown[] = page.map((entry) => ({...entry}));
      entries[0] = {...(entries[0] as object), ...change};
      const again: ChatMessage[] = validateKeeping(previous, entries);
      expect(again[0], JSON.stringify(change)).to.not.equal(previous[0]);
      expect(again[0], JSON.stringify(change)).to.deep.include(change);
      expect(again[1]).to.equal(previous[1]);
    }
  });

  it('checks again an entry that lost a field, or whose list became an object', () => {
    const previous = validateKeeping([], page);
    const {liked: _liked, ...unliked} = page[2]!;
    const again = validateKeeping(previous, [page[0], page[1], unliked]);
    expect(again[2]).to.not.equal(previous[2]);
    expect(again[2]).to.not.have.property('liked');
    // A list where the kept message has one is checked, and refused as a list it is not.
    expect(() => validateKeeping(previous, [page[0], page[1], {...page[2], options: {0: {value: 'more'}}}])).to.throw(TypeError, /options/);
  });

  it('compares the commonest messages, role and text only, as any other: a field more or less is a change', () => {
    const plain = [
      {role: 'user', content: 'hi'},
      {role: 'assistant', content: 'hello', liked: true},
    ];
    const previous = validateKeeping([], plain);
    // Fresh objects of the same role and text: the same messages.
    const again = validateKeeping(
      previous,
      plain.map((entry) => ({...entry})),
    );
    again.forEach((message, index) => expect(message, `message ${index}`).to.equal(previous[index]));
    // The same role and text with a field the message keeps, or without one it had: checked again.
    const changed = validateKeeping(previous, [
      {role: 'user', content: 'hi', liked: false},
      {role: 'assistant', content: 'hello'},
    ]);
    expect(changed[0]).to.not.equal(previous[0]);
    expect(changed[0]).to.deep.equal({role: 'user', content: 'hi', liked: false});
    expect(changed[1]).to.not.equal(previous[1]);
    expect(changed[1]).to.not.have.property('liked');
    // Not a plain object (no prototype): compared field by field, and kept when equal.
    const bare = Object.assign(Object.create(null) as object, {role: 'user', content: 'hi'});
    expect(validateKeeping(previous, [bare, plain[1]])[0]).to.equal(previous[0]);
  });

  it('throws for a bad entry, as a whole check does', () => {
    const previous = validateKeeping([], page);
    expect(() => validateKeeping(previous, [page[0], {...page[1], role: 'robot'}])).to.throw(TypeError, /messages\[1\]\.role/);
  });
});
