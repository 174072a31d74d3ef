// The list's transcript is grouped again only from the first message that
// changed: after an append the earlier groups are the same objects (so the
// views see no change in them), and whatever changed, the groups equal those
// of the whole history grouped at once.
import {expect} from '@open-wc/testing';
import {TranscriptCache} from '../../src/components/chat-message-list/transcript-cache.js';
import {buildTranscript, type TranscriptGroup} from '../../src/render/transcript.js';
import type {ChatMessage} from '../../src/core/types.js';

const say = (role: ChatMessage['role'], content: string): ChatMessage => ({role, content});
const thought = (id: string, parent?: string): ChatMessage => ({
  role: 'assistant',
  content: `step ${id}`,
  metadata: {title: `Step ${id}`, id, ...(parent === undefined ? {} : {parent_id: parent})},
});

/** The groups as plain data: role, key, and each entry's index and message with its nested entries. */
function shape(groups: readonly TranscriptGroup[]): unknown {
  type Entry = TranscriptGroup['entries'][number];
  const entry = (item: Entry): unknown => [item.index, item.message, item.children.map(entry)];
  return groups.map((group) => [group.role, group.key, group.entries.map(entry)]);
}

function expectGroupedAsWhole(cache: TranscriptCache, messages: ChatMessage[]): readonly TranscriptGroup[] {
  const groups = cache.of(messages);
  expect(shape(groups)).to.deep.equal(shape(buildTranscript(messages)));
  return groups;
}

describe('TranscriptCache', () => {
  const history = Array.from({length: 200}, (_, index) => say(index % 2 === 0 ? 'user' : 'assistant', `message ${index}`));

  it('keeps every group but the last as the same object when a message is appended', () => {
    const cache = new TranscriptCache();
    const before = expectGroupedAsWhole(cache, history);
    const after = expectGroupedAsWhole(cache, [...history, say('assistant', 'one more')]);
    expect(after).to.have.length(before.length);
    before.slice(0, -1).forEach((group, position) => expect(after[position], `group ${position}`).to.equal(group));
    expect(after.at(-1)).to.not.equal(before.at(-1));
    expect(after.at(-1)!.entries.map((entry) => entry.index)).to.deep.equal([199, 200]);
    // The groups given before are left as they were.
    expect(before.at(-1)!.entries.map((entry) => entry.index)).to.deep.equal([199]);
  });

  it('groups again from the first changed message, whatever changed', () => {
    const cache = new TranscriptCache();
    let messages = history;
    expectGroupedAsWhole(cache, messages);
    const changes: ((messages: ChatMessage[]) => ChatMessage[])[] = [
      // A reply that streams: its last message replaced again and again.
      (list) => [...list, say('assistant', 'stre')],
      (list) => [...list.slice(0, -1), say('assistant', 'streamed')],
      // A message of the same role as the last one, a system message, and one after it.
      (list) => [...list, say('assistant', 'more'), say('system', 'note'), say('assistant', 'after the note')],
      // One changed in the middle, one removed, an undo of the last exchange.
      (list) => list.map((message, index) => (index === 80 ? say('assistant', 'edited') : message)),
      (list) => [...list.slice(0, 40), ...list.slice(41)],
      (list) => list.slice(0, -2),
      // Thoughts: nested in their parent, in the last group and in an older one.
      (list) => [...list, thought('a'), thought('b', 'a'), say('assistant', 'the answer')],
      (list) => [...list, say('user', 'and then?'), thought('c', 'a')],
      (list) => [...list, say('assistant', 'later')],
      (list) => [...list.slice(0, 20), say('user', 'a new start')],
      () => [],
      () => history,
    ];
    for (const change of changes) {
      messages = change(messages);
      expectGroupedAsWhole(cache, messages);
    }
  });

  it('gives the same groups while the history is the same list', () => {
    const cache = new TranscriptCache();
    expect(cache.of(history)).to.equal(cache.of(history));
  });
});
