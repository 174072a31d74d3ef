/**
 * dist/chat-blocks-launcher.bundle.js: the launcher for
 * `<script type="module">`. The chat is `chat-blocks.bundle.js` beside this
 * file, imported by URL when the launcher is first used.
 */
import {setWidgetLoader} from './components/chat-blocks-launcher/load-widget.js';
import './components/chat-blocks-launcher/chat-blocks-launcher.js';

// A name in a variable, not a literal: the build must not bundle or rewrite it.
const bundleFile = 'chat-blocks.bundle.js';
const bundleUrl = new URL(bundleFile, import.meta.url).href;
setWidgetLoader(() => import(/* @vite-ignore */ bundleUrl));
