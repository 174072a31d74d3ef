/**
 * The `metadata.title` adapters save on a thought that shows a model's
 * reasoning, as the contract fixes it. It is a marker, not the shown word:
 * the message list shows `strings.thinking` for it, so a page's own words
 * appear on streamed and saved thoughts alike. A file of its own: the list
 * reads it with every reply, the readers that write it load only with a
 * protocol that has thoughts.
 */
export const thinkingTitle = 'Thinking';
