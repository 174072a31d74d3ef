/**
 * Reasoning tags: text between `<think>` and `</think>` (or `<thinking>`)
 * in a reply is the model's reasoning, shown as a collapsible thought, as
 * Gradio's `reasoning_tags` does. A tag that has not been closed yet is a
 * thought still being written. DOM-free.
 */

export interface ContentSegment {
  kind: 'text' | 'thought';
  text: string;
  /** A thought whose closing tag has not arrived. */
  pending: boolean;
}

const openTag = /<(think|thinking)>/i;

/** Drops the start of a closing tag that is still arriving (`</thi`). */
function withoutPartialTag(text: string, tag: string): string {
  const closing = `</${tag}>`;
  for (let length = Math.min(closing.length - 1, text.length); length > 0; length--) {
    if (text.slice(-length).toLowerCase() === closing.slice(0, length)) return text.slice(0, -length);
  }
  return text;
}

/** Splits a reply into text and thoughts, in order. Text without tags is one segment. */
export function splitReasoning(text: string): ContentSegment[] {
  const segments: ContentSegment[] = [];
  let rest = text;
  for (;;) {
    const open = openTag.exec(rest);
    if (!open) break;
    const tag = open[1]!.toLowerCase();
    const before = rest.slice(0, open.index);
    if (before.trim() !== '') segments.push({kind: 'text', text: before, pending: false});
    const inside = rest.slice(open.index + open[0].length);
    const close = new RegExp(`</${tag}>`, 'i').exec(inside);
    if (!close) {
      segments.push({kind: 'thought', text: withoutPartialTag(inside, tag).trim(), pending: true});
      return segments;
    }
    segments.push({kind: 'thought', text: inside.slice(0, close.index).trim(), pending: false});
    rest = inside.slice(close.index + close[0].length);
  }
  if (rest.trim() !== '' || segments.length === 0) segments.push({kind: 'text', text: rest, pending: false});
  return segments;
}
