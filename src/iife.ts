/**
 * dist/chat-blocks.iife.js: the widget (`widget.ts`) as one classic script
 * with everything inline, for `<script src>` on pages without modules.
 * Loading it defines the elements and exports nothing, so the declarations
 * of the `./iife` export (built from this file) declare only those elements.
 */
import './widget.js';
