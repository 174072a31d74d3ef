// Pages with a <chat-blocks-launcher>, as a site would have them: loaded
// from the built files in dist/ or from the source, under a strict
// Content-Security-Policy, and a launcher whose chat cannot be fetched.
import {readFile} from 'node:fs/promises';
import {strictCsp} from '../../../demo/csp.js';

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The script tag that brings in the launcher: a built file of dist/, or the source through the test server. */
const scripts = {
  bundle: '<script type="module" src="/dist/chat-blocks-launcher.bundle.js"></script>',
  iife: '<script src="/dist/chat-blocks-launcher.iife.js"></script>',
  source: '<script type="module" src="/src/launcher.ts"></script>',
  missing: '<script type="module" src="/api/launcher/missing/chat-blocks-launcher.bundle.js"></script>',
  slow: '<script type="module" src="/api/launcher/slow/chat-blocks-launcher.bundle.js"></script>',
};

/** The held response of the slow chat bundle, answered when a test releases it. */
let releaseSlow;
const distFile = (name) => readFile(new URL(`../../../dist/${name}`, import.meta.url));

/** The attributes of the launcher, from the query: `persist`, `storage-key`, `endpoint`, `heading`, `greeting`, `examples`. */
function launcherAttributes(query) {
  const names = ['persist', 'storage-key', 'endpoint', 'adapter', 'heading', 'greeting', 'examples', 'position', 'label'];
  return names
    .filter((name) => query[name] !== undefined)
    .map((name) => ` ${name}="${escape(query[name])}"`)
    .join('');
}

export const routes = {
  /**
   * A small landing page with the launcher. Query: `build` (bundle, iife,
   * source, missing), `page` (a name shown on the page, for navigations),
   * `tt` (require Trusted Types),
   * and the launcher's attributes.
   */
  '/api/launcher/page': async (ctx) => {
    const script = scripts[ctx.query.build ?? 'bundle'];
    if (!script) {
      ctx.status = 400;
      ctx.body = `unknown build ${ctx.query.build}`;
      return;
    }
    // `tt=1` also requires Trusted Types for every DOM sink.
    ctx.set('Content-Security-Policy', ctx.query.tt ? `${strictCsp}; require-trusted-types-for 'script'` : strictCsp);
    ctx.type = 'text/html';
    ctx.body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Launcher page ${escape(ctx.query.page ?? '1')}</title>
${script}</head>
<body><h1 id="page-name">${escape(ctx.query.page ?? '1')}</h1>
<p><a id="next" href="#">next page</a></p>
<chat-blocks-launcher${launcherAttributes(ctx.query)}></chat-blocks-launcher></body></html>`;
  },

  /** The launcher's bundle served where no chat-blocks.bundle.js is beside it: loading the chat fails. */
  '/api/launcher/missing/chat-blocks-launcher.bundle.js': async (ctx) => {
    ctx.type = 'text/javascript';
    ctx.body = await readFile(new URL('../../../dist/chat-blocks-launcher.bundle.js', import.meta.url));
  },
  /** The launcher's bundle beside a chat bundle that is only sent once `/api/launcher/slow-release` is called. */
  '/api/launcher/slow/chat-blocks-launcher.bundle.js': async (ctx) => {
    ctx.type = 'text/javascript';
    ctx.body = await distFile('chat-blocks-launcher.bundle.js');
  },
  '/api/launcher/slow/chat-blocks.bundle.js': async (ctx) => {
    await new Promise((resolve) => (releaseSlow = resolve));
    ctx.type = 'text/javascript';
    ctx.body = await distFile('chat-blocks.bundle.js');
  },
  /** The chunks the chat bundle imports, from beside it (only the held bundle itself is slow). */
  '/api/launcher/slow/*': async (ctx) => {
    const name = ctx.path.slice('/api/launcher/slow/'.length);
    if (!/^(chunks\/)?[\w.-]+\.js$/.test(name)) {
      ctx.status = 404;
      return;
    }
    ctx.type = 'text/javascript';
    ctx.body = await distFile(name);
  },
  '/api/launcher/slow-release': async (ctx) => {
    const waiting = Boolean(releaseSlow);
    releaseSlow?.();
    releaseSlow = undefined;
    ctx.body = {released: waiting};
  },
  '/api/launcher/missing/chat-blocks.bundle.js': async (ctx) => {
    ctx.status = 404;
    ctx.body = 'not here';
  },
};
