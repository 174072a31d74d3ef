/**
 * The one gate between HTML strings and the DOM. Everything a message
 * renders (markdown, highlighted code, math) passes through
 * `sanitizeToFragment`; nothing else in chat-blocks turns a string into HTML.
 * The rules are in sanitize-rules.ts. They are applied by the browser's HTML
 * Sanitizer API where it exists (sanitize-native.ts), else by DOMPurify
 * (sanitize-purify.ts), fetched by `loadSanitizer()` only in those browsers.
 */
import {loadOnce} from '../core/load-once.js';
import {allImages, type ImagePolicy} from './image-policy.js';
import {nativeParser, nativeSanitize} from './sanitize-native.js';
import {partTag, type SanitizeEngine} from './sanitize-rules.js';

let engine: SanitizeEngine | undefined;
const dompurify = loadOnce(() => import('./sanitize-purify.js'));

/**
 * Makes the sanitizer ready: at once where the browser has one, else once
 * DOMPurify has loaded. Renderers wait for it before their first render.
 */
export async function loadSanitizer(): Promise<void> {
  if (engine) return;
  if (nativeParser()) engine = nativeSanitize;
  else engine = (await dompurify.load()).purifySanitize;
}

/**
 * Renders with `kind` from now on, whatever the browser has: the tests feed
 * both sanitizers the same input, and the bench times each.
 */
export async function useSanitizer(kind: 'native' | 'dompurify'): Promise<void> {
  engine = kind === 'native' ? nativeSanitize : (await dompurify.load()).purifySanitize;
}

function sanitizeWithConfig(html: string, policy: ImagePolicy, parts = false): DocumentFragment {
  if (!engine && nativeParser()) engine = nativeSanitize;
  if (!engine) throw new Error('the sanitizer is still loading');
  return engine(html, policy, parts);
}

let warned = false;

/**
 * What a piece the sanitizer cannot handle shows instead: its text without
 * markup, as one text node (which nothing can make live). The failure goes to
 * the console once, and no other piece is touched.
 */
function asPlainText(html: string, error: unknown): DocumentFragment {
  if (!warned) {
    warned = true;
    console.warn('chat-blocks: a message could not be rendered and is shown as plain text:', error);
  }
  const fragment = document.createDocumentFragment();
  fragment.append(html.replace(/<[^>]*>/g, ''));
  return fragment;
}

/** How many times sanitization ran; tests read it to prove caching works. */
export const sanitizeStats = {count: 0};

/**
 * Sanitizes untrusted HTML into inert DOM nodes. Images `policy` does not
 * allow keep their URL only in a `data-blocked-*` attribute.
 */
export function sanitizeToFragment(html: string, policy: ImagePolicy = allImages): DocumentFragment {
  sanitizeStats.count++;
  try {
    return sanitizeWithConfig(html, policy);
  } catch (error) {
    return asPlainText(html, error);
  }
}

/**
 * Sanitizes several pieces of HTML at once (one parse instead of one per
 * piece: a long history renders much faster) and returns one fragment per
 * piece. Each piece is wrapped in an element; if the result does not hold
 * exactly those wrappers, in order, each piece is sanitized on its own.
 */
export function sanitizeParts(htmls: readonly string[], policy: ImagePolicy = allImages): DocumentFragment[] {
  const alone = (html: string) => sanitizeToFragment(html, policy);
  if (htmls.length < 2) return htmls.map(alone);
  sanitizeStats.count++;
  let batch: DocumentFragment | undefined;
  try {
    batch = sanitizeWithConfig(htmls.map((html) => `<${partTag}>${html}</${partTag}>`).join(''), policy, true);
  } catch {
    // One piece spoiled the batch: each on its own (below, with the wrapper
    // no longer allowed), so only that one shows as text.
  }
  if (!batch) return htmls.map(alone);
  const wrappers = [...batch.childNodes];
  const intact =
    wrappers.length === htmls.length &&
    wrappers.every((node) => node.nodeName.toLowerCase() === partTag) &&
    batch.querySelectorAll(partTag).length === htmls.length;
  if (!intact) return htmls.map(alone);
  return wrappers.map((wrapper) => {
    const fragment = document.createDocumentFragment();
    fragment.append(...wrapper.childNodes);
    return fragment;
  });
}
