/**
 * A long transcript in chunks: every `chunkGroups` groups share one
 * container, drawn again only when one of its groups' inputs changed. An
 * append then walks one chunk's templates instead of every group's, and the
 * transcript column lays out and watches (for `content-visibility: auto`) a
 * few dozen chunks instead of thousands of groups. Chunks are cut by a
 * group's position in the whole history, so a batch of older messages added
 * in front by the history window never moves the groups of another chunk.
 */
import {html, type TemplateResult} from 'lit';
import {guard} from 'lit/directives/guard.js';
import {repeat} from 'lit/directives/repeat.js';
import {codeOnScreen, type MarkdownCache} from './markdown-view.js';
import {renderGroup} from './group-view.js';
import {forEachEntry, groupDependencies, groupInputs, rowsFrom, type ListState, type ListTools} from './view-inputs.js';
import {lastReplyIndex, type TranscriptGroup} from '../../render/transcript.js';

/** Groups per chunk: small enough that redrawing one is cheap, large enough that a long history has few. */
export const chunkGroups = 32;

interface Chunk {
  /** Position of the chunk in the whole history: a stable key. */
  id: number;
  groups: TranscriptGroup[];
}

/** The `shown` groups (the newest of `all`, see HistoryWindow) cut into chunks by their position in `all`: a slice per chunk, not a step per group. */
function chunksOf(all: readonly TranscriptGroup[], shown: readonly TranscriptGroup[]): Chunk[] {
  const offset = all.length - shown.length;
  const chunks: Chunk[] = [];
  for (let start = 0; start < shown.length;) {
    const id = Math.floor((offset + start) / chunkGroups);
    const end = (id + 1) * chunkGroups - offset;
    chunks.push({id, groups: shown.slice(start, end)});
    start = end;
  }
  return chunks;
}

/** Per list (by its tools): the inputs every group of its last render shared, the same array while they stay the same. */
const sharedInputs = new WeakMap<ListTools, unknown[]>();

/**
 * What the groups of one render share, one value in each chunk's
 * dependencies: the inputs of a group that holds no message (its positions
 * narrowed to none), and both avatars.
 */
function sharedDependencies(state: ListState, tools: ListTools): unknown[] {
  const values = Object.values(groupInputs({role: 'user', key: 0, entries: []}, state));
  values.push(state.settings.avatarAssistant);
  const last = sharedInputs.get(tools);
  if (last && last.length === values.length && values.every((value, index) => value === last[index])) return last;
  sharedInputs.set(tools, values);
  return values;
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

/** The shown groups, in chunks; each group drawn again only when its own inputs changed. */
export function renderChunks(
  all: readonly TranscriptGroup[],
  shown: readonly TranscriptGroup[],
  state: ListState,
  tools: ListTools,
): TemplateResult {
  const shared = sharedDependencies(state, tools);
  const positions = positionsOf(state);
  return html`${repeat(
    chunksOf(all, shown),
    (chunk) => chunk.id,
    (chunk) =>
      guard(
        chunkDependencies(chunk, state, shared, positions, tools.markdown),
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
      ),
  )}`;
}
