import {launcherStrings} from './components/chat-blocks-launcher/launcher-strings.js';

/**
 * Every visible UI string of the widget, keyed by name. A page translates the
 * widget by setting `strings` on `<chat-blocks>` with the keys it overrides.
 * Strings with `{name}` placeholders are filled by `formatString`.
 */
export const defaultStrings = {
  // Launcher (`<chat-blocks-launcher>`)
  ...launcherStrings,
  // Message list
  messageListLabel: 'Chat messages',
  userLabel: 'You',
  assistantLabel: 'Assistant',
  waiting: 'Waiting for a reply…',
  like: 'Like',
  dislike: 'Dislike',
  copy: 'Copy',
  copied: 'Copied',
  copyCode: 'Copy code',
  retry: 'Retry',
  undo: 'Undo',
  edit: 'Edit',
  editLabel: 'Edit message',
  editSave: 'Send',
  editCancel: 'Cancel',
  scrollToBottom: 'Scroll to the latest message',
  thinking: 'Thinking',
  thoughtPending: 'In progress',
  thoughtDuration: '{seconds} s',
  download: 'Download {name}',
  activeFileWarning: 'Can run code if opened: check before you open it',
  imageViewerClose: 'Close image',
  imageViewerLabel: 'Full-size image',
  image: 'Image',
  loadImage: 'Load image from {host}',
  loadMedia: 'Load media from {host}',
  file: 'File',
  greeting: 'How can I help you today?',
  examplesLabel: 'Suggested prompts',
  optionsLabel: 'Suggested replies',
  replyFinished: 'Reply: {text}',
  replyFailed: 'The reply failed: {error}',
  longMessage: 'A long message, shown as plain text.',
  showFormatted: 'Show formatted',
  // Errors shown on a reply
  errorStopped: 'Stopped.',
  errorTimeout: 'The server sent nothing for {seconds} s.',
  errorNetwork: 'Could not reach the server.',
  errorLoad: 'A part of the chat could not be loaded. Check the connection and try again.',
  errorHttp: 'The server answered {status}.',
  errorEmpty: 'The server sent an empty reply.',
  errorFormat: "The server's events were not in a format this chat understands.",
  errorDropped: 'The connection was lost before the reply ended.',
  errorRetryAfter: 'Try again in {seconds} s.',
  errorInterrupted: 'The reply was interrupted.',
  errorLimit: 'The reply was cut off: the server sent more than {limit} allows ({max} characters).',
  // Kept history (`persist`)
  fileNotKept: '📎 {name} (too large to keep after a reload)',
  errorServer: 'The server reported an error.',
  // Textbox
  textboxLabel: 'Message',
  placeholder: 'Type a message…',
  send: 'Send',
  stop: 'Stop',
  upload: 'Attach files',
  removeFile: 'Remove {name}',
  attachmentsLabel: 'Attached files',
  microphone: 'Record audio',
  stopRecording: 'Stop recording',
  recording: 'Recording {time}',
  recordingStarted: 'Recording started',
  dropFiles: 'Drop files to attach them',
  uploadProgress: 'Uploading {name}',
  uploadCancel: 'Cancel upload of {name}',
  uploadRetry: 'Retry upload of {name}',
  uploadFailed: 'Upload of {name} failed: {error}',
  uploadDone: '{name} uploaded',
  fileAttached: '{name} attached',
  refusedType: '{name}: this type of file is not accepted',
  refusedSize: '{name}: larger than {max}',
  refusedCount: '{name}: too many files (at most {max})',
  refusedNone: 'Files cannot be attached here',
  micDenied: 'The microphone could not be used: permission was refused.',
  micMissing: 'No microphone was found.',
  micFailed: 'The microphone could not be used: {error}',
  pastedText: 'pasted text',
  // Clear button
  clear: 'Clear',
  clearLabel: 'Clear the conversation',
};

export type ChatStrings = typeof defaultStrings;

export {formatString} from './core/format-string.js';
