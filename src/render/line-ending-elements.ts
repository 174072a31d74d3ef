/**
 * Elements that end a line: what follows one starts on a line of its own,
 * so whitespace right after one shows nothing, and a reader hears the text
 * after one apart from the text before it. Rendered markdown keeps no line
 * break between its blocks (markdown.ts), so the text of a message needs
 * these to tell where one block ends (reply-announcer.ts).
 */
export const lineEndingElements: ReadonlySet<string> = new Set(
  'p div ul ol li dl dt dd pre blockquote table tr td th h1 h2 h3 h4 h5 h6 hr br details figure'.split(' '),
);
