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
import type {TranscriptGroup} from '../../render/transcript.js';
import {codeOnScreen, type MarkdownCache} from './markdown-view.js';
import {renderGroup} from './group-view.js';
import {forEachEntry, groupDependencies, groupInputs, rowsFrom, type ListState, type ListTools} from './view-inputs.js';

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

/**
 * What a chunk's groups are drawn from: the inputs of one group that held
 * all of them (positions narrowed to the chunk), both avatars, which of
 * them have their action rows, and each message's position, object and
 * progress.
 */
function chunkDependencies(chunk: Chunk, state: ListState, markdown: MarkdownCache): unknown[] {
  const whole: TranscriptGroup = {role: 'user', key: chunk.groups[0]!.key, entries: chunk.groups.flatMap((group) => group.entries)};
  const values = groupDependencies(whole, groupInputs(whole, state), markdown);
  const newer = chunk.groups.filter((group) => group.key >= rowsFrom(state)).length;
  let active = -1;
  forEachEntry(whole, (entry) => {
    if (entry.index === state.activeIndex) active = entry.index;
  });
  // The whole's inputs draw the lock only when its first group has its row: a chunk whose newer groups do needs it too.
  values.push(state.settings.avatarAssistant, chunk.groups.length, chunk.groups[0]!.key, newer, active, newer > 0 && state.locked);
  return values;
}

/** The shown groups, in chunks; each group drawn again only when its own inputs changed. */
export function renderChunks(
  all: readonly TranscriptGroup[],
  shown: readonly TranscriptGroup[],
  state: ListState,
  tools: ListTools,
): TemplateResult {
  return html`${repeat(
    chunksOf(all, shown),
    (chunk) => chunk.id,
    (chunk) =>
      guard(
        chunkDependencies(chunk, state, tools.markdown),
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
