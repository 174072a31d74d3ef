/**
 * Gives each code block of inserted message nodes a header with its
 * language and a copy button (part `code-copy-button`). These are the
 * widget's own controls, built with DOM calls, added after sanitizing.
 */
import {copyText} from './clipboard.js';
import {codeLanguage} from './code-language.js';
import {copySkipAttribute} from './copy-skip.js';

export interface CodeBlockLabels {
  copy: string;
  copied: string;
}

/** How long "Copied" shows before the button reads "Copy code" again. */
const copiedFeedbackMs = 1500;

function copyButton(code: Element, labels: CodeBlockLabels): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('part', 'code-copy-button');
  button.className = 'code-copy';
  button.textContent = labels.copy;
  let timer = 0;
  button.addEventListener('click', async () => {
    // What is on screen, not textContent: hidden spans must not reach a terminal.
    // Loaded with the first copy: a reply that is only read never needs it.
    const {visibleText} = await import('./visible-text.js');
    if (!(await copyText(visibleText(code)))) return;
    button.textContent = labels.copied;
    clearTimeout(timer);
    timer = window.setTimeout(() => (button.textContent = labels.copy), copiedFeedbackMs);
  });
  return button;
}

/**
 * Wraps every `<pre><code>` of `nodes` with its header: the language, shown
 * by the wrapper's ::before from `data-language` (no element of its own),
 * and a copy button. Two elements per code block, not four.
 */
export function addCodeBlockControls(nodes: DocumentFragment, labels: CodeBlockLabels): void {
  for (const pre of nodes.querySelectorAll('pre')) {
    const code = pre.firstElementChild;
    if (code?.localName !== 'code') continue;
    const wrapper = document.createElement('div');
    wrapper.className = 'code-block';
    wrapper.dataset.language = codeLanguage(code);
    const button = copyButton(code, labels);
    button.setAttribute(copySkipAttribute, '');
    pre.replaceWith(wrapper);
    wrapper.append(button, pre);
  }
}
