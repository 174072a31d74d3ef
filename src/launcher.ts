/**
 * chat-blocks/launcher: defines `<chat-blocks-launcher>` for bundlers. The
 * rest of the library is a dynamic import, so a bundler puts it in a chunk
 * of its own that the page fetches when the launcher is first used.
 */
import {setWidgetLoader} from './components/chat-blocks-launcher/load-widget.js';

setWidgetLoader(() => import('./index.js'));

export {ChatBlocksLauncher} from './components/chat-blocks-launcher/chat-blocks-launcher.js';
export {launcherStrings, type LauncherStrings} from './components/chat-blocks-launcher/launcher-strings.js';
