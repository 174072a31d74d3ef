/**
 * Announces a reply once, when it has finished: the list itself does not
 * announce (it would read every token), a polite status region does.
 */
import {formatString, type ChatStrings} from '../../strings.js';
import type {ListSettings} from './list-settings.js';
import {lineEndingElements} from '../../render/line-ending-elements.js';

/** The most of a reply that is announced: a screen reader reads it whole, and a live region is laid out. */
const maxAnnouncedLength = 1000;

/** What the list showed at its last update: how many messages, and whether a reply was on its way. */
export interface ListSeen {
  readonly count: number;
  readonly busy: boolean;
}

/**
 * Call after each update but the first, with what the update before it
 * showed (`previous`) and what this one shows (`now`, of `settings`);
 * `root` holds the newest message, `announcer` is the live region. The list
 * keeps what it showed itself: this function loads with the message views,
 * and a page whose chat stays empty never fetches it.
 */
export function announceFinishedReply(
  previous: ListSeen,
  now: ListSeen,
  settings: ListSettings,
  strings: ChatStrings,
  root: ParentNode,
  announcer: Element | null,
): void {
  if (now.busy || !announcer) return;
  const index = now.count - 1;
  const last = settings.messages[index];
  const finished = previous.busy || now.count > previous.count;
  if (!finished || last?.role !== 'assistant' || last.error !== undefined) return;
  const content = root.querySelector(`[data-index="${index}"] [part~="message-content"]`);
  const text = content ? readableText(content) : '';
  if (text === '') return;
  announcer.textContent = formatString(strings.replyFinished, {text});
}

/** The start of the text a reply reads as (without its thoughts and code blocks' copy buttons), at most `maxAnnouncedLength` characters. */
function readableText(content: Element): string {
  const walker = document.createTreeWalker(content, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node instanceof Element && node.matches('.thought, .code-copy') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  let text = '';
  for (let node = walker.nextNode(); node && text.length <= maxAnnouncedLength; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) text += (node as Text).data.slice(0, maxAnnouncedLength + 1);
    else if (lineEndingElements.has((node as Element).localName)) text += ' ';
  }
  const readable = text.replace(/\s+/g, ' ').trim();
  return readable.length > maxAnnouncedLength ? `${readable.slice(0, maxAnnouncedLength)}…` : readable;
}
