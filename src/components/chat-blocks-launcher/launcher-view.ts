/**
 * The launcher's shadow DOM, built with DOM calls (no HTML strings, so it
 * needs no Trusted Types policy and no template library): the round
 * button, the panel (a labelled non-modal dialog) and a live region.
 */
import {iconPaths, type IconName} from '../icons/icon-paths.js';

const svgNs = 'http://www.w3.org/2000/svg';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  children: Node[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** One of the widget's icons (drawn by the launcher's CSS); `className` names its role. */
function icon(name: IconName, className: string): SVGSVGElement {
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', `icon ${className}`);
  const path = document.createElementNS(svgNs, 'path');
  path.setAttribute('d', iconPaths[name]);
  svg.append(path);
  return svg;
}

const chatIcon = () => icon('chat', 'icon-chat');
const closeIcon = () => icon('chevronDown', 'icon-close');
const crossIcon = () => icon('close', 'icon-cross');

export interface LauncherView {
  root: HTMLDivElement;
  button: HTMLButtonElement;
  label: HTMLSpanElement;
  badge: HTMLSpanElement;
  panel: HTMLDivElement;
  heading: HTMLHeadingElement;
  closeButton: HTMLButtonElement;
  body: HTMLDivElement;
  announcer: HTMLDivElement;
}

export function buildLauncherView(): LauncherView {
  const label = element('span', {class: 'label', part: 'label'});
  const badge = element('span', {class: 'badge', part: 'badge', 'aria-hidden': 'true', hidden: ''});
  const button = element(
    'button',
    {type: 'button', class: 'button', part: 'button', id: 'button', 'aria-controls': 'panel', 'aria-expanded': 'false'},
    [chatIcon(), closeIcon(), label, badge, element('span', {class: 'progress', 'aria-hidden': 'true'})],
  );
  const heading = element('h2', {class: 'heading', part: 'heading', id: 'heading'});
  const closeButton = element('button', {type: 'button', class: 'close', part: 'close-button'}, [crossIcon()]);
  const body = element('div', {class: 'body', part: 'panel-body'});
  const panel = element('div', {class: 'panel', part: 'panel', id: 'panel', role: 'dialog', 'aria-labelledby': 'heading', hidden: ''}, [
    element('div', {class: 'header', part: 'panel-header'}, [heading, closeButton]),
    body,
  ]);
  const announcer = element('div', {class: 'visually-hidden', role: 'status', 'aria-live': 'polite', part: 'announcer'});
  const root = element('div', {class: 'root', part: 'base'}, [panel, button, announcer]);
  return {root, button, label, badge, panel, heading, closeButton, body, announcer};
}

/** What the panel's body shows while the chat loads, or after loading failed. */
export function loadingView(text: string): HTMLElement {
  return element('p', {class: 'notice', role: 'status'}, [
    element('span', {class: 'spinner', 'aria-hidden': 'true'}),
    document.createTextNode(text),
  ]);
}

export function failedView(text: string, retryText: string, onRetry: () => void): HTMLElement {
  const retry = element('button', {type: 'button', class: 'retry', part: 'load-retry-button'}, [document.createTextNode(retryText)]);
  retry.addEventListener('click', onRetry);
  return element('div', {class: 'notice', role: 'alert', part: 'load-error'}, [element('p', {}, [document.createTextNode(text)]), retry]);
}
