/**
 * Click-to-load placeholders for the images `image-sources` blocked (see
 * image-policy.ts): each blocked image (or the picture or player holding
 * it) is swapped for a button naming the host it would load from. A click
 * loads that one only. Widget controls, built with DOM calls after
 * sanitizing, like the code blocks' copy buttons.
 */
import {formatString} from '../strings.js';
import {blockedPrefix, blockedUrl, hostOf, unblockImages} from './image-policy.js';
import {copySkipAttribute} from './copy-skip.js';

export interface ImagePlaceholderLabels {
  /** "Load image from {host}" */
  loadImage: string;
  /** "Load media from {host}", for audio and video. */
  loadMedia: string;
}

const blockedSelector = ['src', 'poster', 'href', 'xlink-href'].map((name) => `[${blockedPrefix}${name}]`).join(',');

/** What a placeholder stands in for: a whole SVG picture, a player for its sources, else the element. */
function placeholderTarget(element: Element): Element {
  let target = element;
  for (let svg = element.closest('svg'); svg; svg = svg.parentElement?.closest('svg') ?? null) target = svg;
  if (target !== element) return target;
  return element.localName === 'source' || element.localName === 'track' ? (element.closest('video, audio') ?? element) : element;
}

function placeholder(target: Element, labels: ImagePlaceholderLabels): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('part', 'image-placeholder');
  button.className = 'image-placeholder';
  button.setAttribute(copySkipAttribute, '');
  const host = hostOf(blockedUrl(target) ?? '', document.baseURI);
  const player = target.localName === 'video' || target.localName === 'audio';
  button.textContent = formatString(player ? labels.loadMedia : labels.loadImage, {host});
  button.addEventListener('click', (event) => {
    // Inside a link, the click loads the image and does not follow the link.
    event.preventDefault();
    event.stopPropagation();
    for (const node of [target, ...target.querySelectorAll('*')]) unblockImages(node);
    const focusable = button.parentElement?.closest<HTMLElement>('a[href], [tabindex]');
    button.replaceWith(target);
    // The button is gone: focus stays near it rather than falling to the page.
    focusable?.focus({preventScroll: true});
  });
  return button;
}

/** Swaps every blocked image in `nodes` for a placeholder button. */
export function addImagePlaceholders(nodes: DocumentFragment, labels: ImagePlaceholderLabels): void {
  const targets = new Set<Element>();
  for (const element of nodes.querySelectorAll(blockedSelector)) targets.add(placeholderTarget(element));
  for (const target of targets) target.replaceWith(placeholder(target, labels));
}
