/**
 * What the list adds to freshly rendered message nodes, before they are
 * inserted: code block headers with their copy buttons, click-to-load
 * buttons for held-back images, and the highlighting of pending code once
 * its group is near the screen.
 */
import {addCodeBlockControls, type CodeBlockLabels} from '../../render/code-blocks.js';
import {addImagePlaceholders, type ImagePlaceholderLabels} from '../../render/image-placeholders.js';
import {codeOnScreen} from './markdown-view.js';

export function enhanceNodes(nodes: DocumentFragment, code: CodeBlockLabels, images: ImagePlaceholderLabels): void {
  addCodeBlockControls(nodes, code);
  addImagePlaceholders(nodes, images);
  codeOnScreen.inserted(nodes);
}
