// The settings a fake `<chat-blocks>` controller starts with in tests of the
// sub-elements: the element's own defaults.
import type {ChatSettings} from '../../src/context.js';

export const defaultSettings: ChatSettings = {
  placeholder: '',
  fileTypes: [],
  fileCount: 'multiple',
  maxFileSize: Infinity,
  sources: ['upload'],
  maxPlainTextLength: 1000,
  uploadEndpoint: undefined,
  plainText: false,
  inlineMath: false,
  likeUserMessage: false,
  noFeedback: false,
  layout: 'bubble',
  disabled: false,
  examples: [],
};
