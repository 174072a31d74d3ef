/**
 * The template of a group: consecutive messages of one role under one
 * avatar, with one action row per turn on its lead message. And the dots
 * that wait for a reply, drawn as an assistant group.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import type {ChatStrings} from '../../strings.js';
import {turnLead, type TranscriptGroup} from '../../render/transcript.js';
import {safeAvatarUrl} from '../../render/urls.js';
import {renderEntry} from './message-view.js';
import type {GroupInputs, ListTools} from './view-inputs.js';

/** How many times a group was drawn: tests check that an append draws only what changed. */
export const groupViewStats = {renders: 0};

/** Per list (by its tools), the keys of the groups drawn with their wrapper. */
const wrappedGroups = new WeakMap<ListTools, Set<number>>();

function wrappedGroupsOf(tools: ListTools): Set<number> {
  let keys = wrappedGroups.get(tools);
  if (!keys) wrappedGroups.set(tools, (keys = new Set()));
  return keys;
}

export function renderGroup(group: TranscriptGroup, inputs: GroupInputs, tools: ListTools): TemplateResult {
  groupViewStats.renders++;
  const avatarUrl = inputs.avatar ? safeAvatarUrl(inputs.avatar) : undefined;
  // One action row per turn, on its lead message; the last reply's row stays in view.
  const lead = turnLead(group);
  const isLastReply = group.entries.some((entry) => entry.index === inputs.lastReply);
  const {strings} = inputs;
  const label = group.role === 'user' ? strings.userLabel : strings.assistantLabel;
  // A group of one message, with no avatar, that is not the last group is that message's node: it cannot grow
  // (messages are added after the last), and a restored history is mostly such groups, one element fewer each. A
  // group drawn with its wrapper keeps it: the message's nodes are never rendered again for a change of template.
  const wrapped = wrappedGroupsOf(tools);
  if (!avatarUrl && group.entries.length === 1 && inputs.lastIndex === -1 && !wrapped.has(group.key)) {
    return renderEntry(group.entries[0]!, inputs, tools, group, {label, lastReply: isLastReply});
  }
  wrapped.add(group.key);
  // No wrapper around the messages and no element for the role's name: the group lays out its avatar and messages
  // as a grid, and its ::before reads `data-label` to screen readers (two elements fewer per group of a long history).
  return html`<div class="group ${group.role} ${avatarUrl ? 'with-avatar' : ''} ${isLastReply ? 'last-reply' : ''}" data-label=${label}>
    ${avatarUrl ? html`<img part="avatar" class="avatar" src=${avatarUrl} alt="" draggable="false" referrerpolicy="no-referrer" />` : nothing}
    ${repeat(
      group.entries,
      (entry) => entry.index,
      (entry) => renderEntry(entry, inputs, tools, entry === lead ? group : undefined),
    )}
  </div>`;
}

export function renderWaiting(strings: ChatStrings): TemplateResult {
  return html`<div class="group assistant waiting-group">
    <div class="waiting" role="status" aria-label=${strings.waiting}>
      <span class="dot" aria-hidden="true"></span><span class="dot" aria-hidden="true"></span><span class="dot" aria-hidden="true"></span>
      <span class="sr-only">${strings.waiting}</span>
    </div>
  </div>`;
}
