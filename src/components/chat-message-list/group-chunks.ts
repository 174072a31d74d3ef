/**
 * A long transcript in chunks: every `chunkGroups` groups share one
 * container, drawn again only when one of its groups' inputs changed, and
 * skipped by the browser off screen (`content-visibility: auto`). Every
 * `sectionChunks` chunks share a section, an element that makes no box
 * (`display: contents`): the transcript holds a few dozen sections instead
 * of hundreds of chunks side by side. With the 313 chunks of 10,000
 * messages side by side, an append spent about 4.5 ms on style; in 40
 * sections, about 1 ms (bench/trace-append.js). An append walks one
 * section's templates instead of every group's. Chunks and sections are cut
 * by a group's position in the whole history, so a batch of older messages
 * added in front by the history window never moves the groups of another.
 */
import {html, noChange} from 'lit';
import {Directive, directive} from 'lit/directive.js';
import {guard} from 'lit/directives/guard.js';
import {repeat} from 'lit/directives/repeat.js';
import {codeOnScreen, type MarkdownCache} from './markdown-view.js';
import {renderGroup} from './group-view.js';
import {forEachEntry, groupDependencies, groupInputs, rowsFrom, type ListState, type ListTools} from './view-inputs.js';
import {lastReplyIndex, type TranscriptGroup} from '../../render/transcript.js';

/** Groups per chunk: small enough that redrawing one is cheap, large enough that a long history has few. */
export const chunkGroups = 32;
/** Chunks per section. */
export const sectionChunks = 8;

interface Chunk {
  /** Position of the chunk in the whole history: a stable key. */
  id: number;
  groups: readonly TranscriptGroup[];
}

interface Section {
  /** Position of the section in the whole history: a stable key. */
  id: number;
  /** Position among all groups of its first shown group. */
  start: number;
  /** Position among all groups after its last one. */
  end: number;
  chunks: Chunk[];
}

/** The `shown` groups (the newest of `all`, see HistoryWindow) cut into chunks by their position in `all`, the chunks into sections. */
function sectionsOf(all: readonly TranscriptGroup[], shown: readonly TranscriptGroup[]): Section[] {
  const offset = all.length - shown.length;
  const sections: Section[] = [];
  for (let start = offset; start < all.length;) {
    const id = Math.floor(start / chunkGroups);
    const end = Math.min((id + 1) * chunkGroups, all.length);
    const chunk = {id, groups: shown.slice(start - offset, end - offset)};
    const section = sections.at(-1);
    if (section?.id === Math.floor(id / sectionChunks)) {
      section.chunks.push(chunk);
      section.end = end;
    } else {
      sections.push({id: Math.floor(id / sectionChunks), start, end, chunks: [chunk]});
    }
    start = end;
  }
  return sections;
}

/**
 * What the groups of one render share, one value in each chunk's
 * dependencies: the inputs of a group that holds no message (its positions
 * narrowed to none), and both avatars. The `last` array while they are the same.
 */
function sharedDependencies(state: ListState, last: unknown[] | undefined): unknown[] {
  const values = Object.values(groupInputs({role: 'user', key: 0, entries: []}, state));
  values.push(state.settings.avatarAssistant);
  return last && last.length === values.length && values.every((value, index) => value === last[index]) ? last : values;
}

/**
 * The positions that change what a message shows: the last message, the
 * last reply, the streaming one, the copied one, the one being edited, the
 * one under the pointer or focus.
 */
function positionsOf(state: ListState): number[] {
  const {messages, streamingIndex} = state.settings;
  return [messages.length - 1, lastReplyIndex(messages), streamingIndex, state.copiedIndex, state.editing?.index ?? -1, state.activeIndex];
}

/**
 * What a chunk's groups are drawn from, in one walk of its messages: the
 * inputs they share, each message's position, object and progress, which
 * of `positions` (see positionsOf) are in the chunk, how many of its groups
 * have their action rows, and the lock where one of them draws it.
 */
function chunkDependencies(chunk: Chunk, state: ListState, shared: unknown[], positions: number[], markdown: MarkdownCache): unknown[] {
  const values: unknown[] = [shared, chunk.groups.length, chunk.groups[0]!.key];
  const indexes: number[] = [];
  for (const group of chunk.groups) {
    forEachEntry(group, ({index, message}) => {
      indexes.push(index);
      values.push(index, message, markdown.progressOf(index));
    });
  }
  const held = positions.map((position) => (indexes.includes(position) ? position : -1));
  const newer = chunk.groups.filter((group) => group.key >= rowsFrom(state)).length;
  // As a group's inputs narrow the lock: only a chunk with an action row or the last message draws it.
  const [last, , , , editing, active] = held;
  const drawsLock = newer > 0 || active !== -1 || last !== -1;
  values.push(...held, newer, drawsLock && state.locked, editing !== -1 ? state.editing : undefined);
  return values;
}

/** What a render of the chunks drew from: what tells the next one which sections cannot have changed. */
interface Drawn {
  all: readonly TranscriptGroup[];
  /** Position among `all` of the first group shown. */
  offset: number;
  shared: unknown[];
  positions: number[];
  rowsFrom: number;
  /** `MarkdownCache.advances`: no long text rendered further while it stays the same. */
  advances: number;
}

/**
 * The shown groups, in sections of chunks; each group drawn again only when
 * its own inputs changed. A section that cannot have changed since
 * the last render is not even looked at: its groups are the same objects as
 * then (a transcript keeps the groups before the first changed message),
 * none of the positions that change what a message shows is or was in it,
 * it is older than the action rows' window both times, and nothing every
 * group shares changed. An append to 10,000 messages then walks the messages
 * of the last section, not of all 40, and compares no dependencies of the others.
 */
class ChunkList extends Directive {
  private drawn?: Drawn;

  render(all: readonly TranscriptGroup[], shown: readonly TranscriptGroup[], state: ListState, tools: ListTools): unknown {
    const drawn: Drawn = {
      all,
      offset: all.length - shown.length,
      shared: sharedDependencies(state, this.drawn?.shared),
      positions: positionsOf(state),
      rowsFrom: rowsFrom(state),
      advances: tools.markdown.advances,
    };
    const unchanged = this.unchangedTest(drawn);
    this.drawn = drawn;
    const renderChunk = (chunk: Chunk) =>
      guard(
        chunkDependencies(chunk, state, drawn.shared, drawn.positions, tools.markdown),
        () =>
          html`<div class="chunk" @contentvisibilityautostatechange=${codeOnScreen.onChunkState}>
            ${repeat(
              chunk.groups,
              (group) => group.key,
              (group) => {
                const inputs = groupInputs(group, state);
                return guard(groupDependencies(group, inputs, tools.markdown), () => renderGroup(group, inputs, tools));
              },
            )}
          </div>`,
      );
    return repeat(
      sectionsOf(all, shown),
      (section) => section.id,
      (section) =>
        unchanged(section) ? noChange : html`<div class="section">${repeat(section.chunks, (chunk) => chunk.id, renderChunk)}</div>`,
    );
  }

  /** Whether a section is sure to be drawn as it was at the last render (false for all when unsure). */
  private unchangedTest(now: Drawn): (section: Section) => boolean {
    const before = this.drawn;
    if (!before || before.shared !== now.shared || before.advances !== now.advances) return () => false;
    // The groups both renders share, from the first: the same objects hold the same messages, each
    // from its key to the next group's key (a transcript regroups from the first changed message).
    let same = 0;
    const shortest = Math.min(before.all.length, now.all.length);
    while (same < shortest && before.all[same] === now.all[same]) same++;
    const watched = [...before.positions, ...now.positions];
    const rowsFrom = Math.min(before.rowsFrom, now.rowsFrom);
    return ({id, start, end}) => {
      // The same groups were shown in it last time, and an unchanged group follows: it bounds their messages.
      if (start !== Math.max(before.offset, id * sectionChunks * chunkGroups) || end >= same) return false;
      const first = now.all[start]!.key;
      const next = now.all[end]!.key;
      return now.all[end - 1]!.key < rowsFrom && watched.every((position) => position < first || position >= next);
    };
  }
}

/** The shown groups of `all`, in sections of chunks (see ChunkList). */
export const renderChunks = directive(ChunkList);
