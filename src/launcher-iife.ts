/**
 * dist/chat-blocks-launcher.iife.js: the launcher as one classic script
 * (`<script src>`). The chat is `chat-blocks.bundle.js` beside this file,
 * imported by URL when the launcher is first used: a classic script can
 * import a module, and the URL comes from `document.currentScript`, which is
 * only set while this script first runs.
 */
import {setWidgetLoader} from './components/chat-blocks-launcher/load-widget.js';
import './components/chat-blocks-launcher/chat-blocks-launcher.js';

const bundleFile = 'chat-blocks.bundle.js';
const script = document.currentScript as HTMLScriptElement | null;
const bundleUrl = new URL(bundleFile, script?.src || document.baseURI).href;
setWidgetLoader(() => import(/* @vite-ignore */ bundleUrl));
