/*
 * The order of the list's and every view's styles once it shows messages:
 * the order is the cascade, so rules of equal specificity keep the
 * precedence they had. An empty list has only its own (`styles`).
 */
import {theme} from '../theme/theme.styles.js';
import {buttonReset, frame, motion, scrollButton, textButton, touch} from './chat-message-list.styles.js';
import {emptyStyles} from './empty-state.styles.js';
import {editorStyles} from './editor-view.styles.js';
import {fileStyles} from './file-view.styles.js';
import {groupStyles, panelLayoutStyles, waitingStyles} from './group-view.styles.js';
import {viewerStyles} from './image-viewer.styles.js';
import {markdownStyles} from './markdown.styles.js';
import {actionStyles} from './message-actions.styles.js';
import {errorOptionStyles, messageStyles, stoppedStyles} from './message-view.styles.js';
import {thoughtStyles} from './thought-view.styles.js';

export const conversationStyles = [
  theme,
  frame,
  groupStyles,
  messageStyles,
  panelLayoutStyles,
  buttonReset,
  actionStyles,
  textButton,
  errorOptionStyles,
  editorStyles,
  stoppedStyles,
  scrollButton,
  waitingStyles,
  thoughtStyles,
  motion,
  emptyStyles,
  fileStyles,
  viewerStyles,
  markdownStyles,
  touch,
];
