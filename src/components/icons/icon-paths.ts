/**
 * Every icon of the widget, one stroke path each on a 24×24 grid: the
 * elements draw them as inline SVG (`icon.ts`), the launcher with DOM calls.
 * No image requests and no `data:` URLs, so nothing for a strict
 * Content-Security-Policy to block. This module imports nothing, so the
 * launcher's small bundle takes it without Lit.
 */
export const iconPaths = {
  // Message actions.
  copy: 'M10 8h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2h-8a2 2 0 0 1-2-2v-8a2 2 0 0 1 2-2zM16 8V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h2',
  check: 'M5 12.5l4.5 4.5L19 7.5',
  like: 'M7 10v10H4V10zM7 10l4-7a2 2 0 0 1 3 2l-1 5h6a2 2 0 0 1 2 2.3l-1.3 6A2 2 0 0 1 17.7 20H7',
  dislike: 'M7 14V4H4v10zM7 14l4 7a2 2 0 0 0 3-2l-1-5h6a2 2 0 0 0 2-2.3l-1.3-6A2 2 0 0 0 17.7 4H7',
  edit: 'M4 20h4L19 9l-4-4L4 16zM13.5 6.5l4 4',
  retry: 'M20 11a8 8 0 1 0-2.3 5.7M20 4v7h-7',
  undo: 'M9 14L4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11',
  // Closing and removing: the image viewer, an attachment, the launcher's panel.
  close: 'M6 6l12 12M18 6L6 18',
  arrowDown: 'M12 5v14M6 13l6 6 6-6',
  file: 'M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8zM14 3v5h5',
  // The textbox.
  send: 'M12 19V5M5 12l7-7 7 7',
  stop: 'M8 6h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2z',
  attach: 'm21.4 11.1-9.2 9.2a6 6 0 0 1-8.5-8.5l9.2-9.2a4 4 0 0 1 5.7 5.7l-9.2 9.2a2 2 0 0 1-2.8-2.8l8.5-8.5',
  mic: 'M12 2a3 3 0 0 1 3 3v6a3 3 0 0 1-6 0V5a3 3 0 0 1 3-3zM5 10a7 7 0 0 0 14 0M12 17v5',
  // The clear button.
  trash: 'M3 6h18M8 6V4h8v2M19 6l-1 14H6L5 6',
  // The launcher's button: a speech bubble, and the chevron that folds the panel.
  chat: 'M4 5.5A2.5 2.5 0 0 1 6.5 3h11A2.5 2.5 0 0 1 20 5.5v8a2.5 2.5 0 0 1-2.5 2.5H10l-4.5 4v-4A1.5 1.5 0 0 1 4 14.5z',
  chevronDown: 'M6 9l6 6 6-6',
} as const;

export type IconName = keyof typeof iconPaths;

/** Icons drawn filled as well as stroked. */
export const filledIcons: ReadonlySet<IconName> = new Set(['stop']);
