/**
 * The launcher's own UI strings. They live apart from `strings.ts` so the
 * launcher's small first download does not carry every string of the widget;
 * `strings.ts` spreads them into `defaultStrings`, so `<chat-blocks>` and
 * `<chat-blocks-launcher>` share one `strings` object.
 */
export const launcherStrings = {
  launcherButton: 'Chat',
  launcherPanel: 'Chat',
  launcherClose: 'Close chat',
  launcherUnread: '{count} unread',
  launcherNewReply: 'New reply: {text}',
  launcherLoading: 'Loading the chat…',
  launcherLoadFailed: 'The chat could not be loaded.',
  launcherLoadRetry: 'Try again',
};

export type LauncherStrings = typeof launcherStrings;
