// Files that lie about themselves: a name with a right-to-left override, an
// extension that is not the bytes' type, and HTML that claims to be an
// image. Through the real <chat-blocks>; the chips are checked as rendered.
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {ChatBlocks} from '../../src/index.js';
import type {FileData} from '../../src/core/types.js';
import {deepQueryAll, until} from '../support/index.js';
import {defaultStrings} from '../../src/strings.js';

async function showFile(file: FileData): Promise<ChatBlocks> {
  const element = await fixture<ChatBlocks>(html`<chat-blocks endpoint="/api/streams/script"></chat-blocks>`);
  element.messages = [{role: 'assistant', content: file}];
  await until(() => deepQueryAll(element, '.file-chip, .file-inert, .file-image').length > 0, 'the file renders');
  return element;
}

function chip(element: ChatBlocks): HTMLAnchorElement {
  const [found] = deepQueryAll<HTMLAnchorElement>(element, 'a.file-chip');
  expect(found, 'a download chip').to.exist;
  return found!;
}

const invisible = /[\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\u00ad\ufeff]/;

describe('honest files', () => {
  it('strips a right-to-left override: invoice.pdf\\u202Elmth.html shows and saves as the HTML it is, with a warning', async () => {
    const element = await showFile({url: '/files/invoice', name: 'invoice.pdf\u202Elmth.html'});
    const link = chip(element);
    const shown = link.querySelector('.file-name')!.textContent!;
    expect(shown).to.equal('invoice.pdflmth.html');
    expect(link.download).to.equal('invoice.pdflmth.html');
    expect(link.getAttribute('aria-label')).not.to.match(invisible);
    expect(link.querySelector('.file-warning')?.textContent).to.equal(defaultStrings.activeFileWarning);
    expect(link.hasAttribute('target'), 'an active file is saved, not opened in a tab').to.equal(false);
  });

  it('strips every bidi control and invisible character from the displayed and the downloaded name', async () => {
    const name = 'r\u202Aep\u202Bo\u202C\u202Dr\u2066t\u2067\u2068\u2069\u200E\u200F\u061C\u200B\u200C\u200D\u2060\u00AD\uFEFF.pdf';
    const element = await showFile({url: '/files/report.pdf', name, mime_type: 'application/pdf'});
    const link = chip(element);
    expect(link.querySelector('.file-name')!.textContent).to.equal('report.pdf');
    expect(link.download).to.equal('report.pdf');
    expect(link.querySelector('.file-warning')).to.equal(null);
    expect(link.getAttribute('target')).to.equal('_blank');
  });

  it('gives a setup.exe name on a PNG URL the extension of its real type: setup.exe.png', async () => {
    const element = await showFile({url: '/files/picture.png', name: 'setup.exe', mime_type: 'application/octet-stream'});
    const link = chip(element);
    expect(link.download).to.equal('setup.exe.png');
    expect(link.querySelector('.file-name')!.textContent).to.equal('setup.exe.png');
    expect(link.querySelector('.file-meta')!.textContent).to.contain('PNG');
  });

  it("judges data: HTML labelled image/png by the data URL's type: never an image, link or inline page", async () => {
    const url = 'data:text/html,<script>parent.pwned=1</script>';
    const element = await showFile({url, name: 'statement.html', mime_type: 'image/png'});
    expect(deepQueryAll(element, 'img.file-image')).to.have.length(0);
    expect(deepQueryAll(element, 'a.file-chip')).to.have.length(0);
    const [inert] = deepQueryAll(element, '.file-inert');
    expect(inert?.textContent).to.equal('statement.html');
    expect((window as unknown as {pwned?: number}).pwned).to.equal(undefined);
  });

  for (const [name, url, type] of [
    ['page.svg', '/files/page.svg', 'image/svg+xml'],
    ['feed.xml', '/files/feed', 'application/xml'],
    ['tool.exe', '/files/tool', 'application/x-msdownload'],
    ['run.sh', '/files/run.sh', ''],
    ['report.html', '/files/report', 'text/html'],
  ] as const) {
    it(`offers ${name} (${type || 'no type'}) only as a download with a visible warning`, async () => {
      const element = await showFile({url, name, ...(type ? {mime_type: type} : {})});
      if (type === 'image/svg+xml') {
        // An SVG from a URL is shown as an <img>, where it cannot run script.
        expect(deepQueryAll(element, 'img.file-image')).to.have.length(1);
        return;
      }
      const link = chip(element);
      const warning = link.querySelector<HTMLElement>('.file-warning');
      expect(warning?.textContent).to.equal(defaultStrings.activeFileWarning);
      expect(warning!.getBoundingClientRect().width).to.be.greaterThan(0);
      expect(link.hasAttribute('target')).to.equal(false);
      expect(link.hasAttribute('download')).to.equal(true);
      expect(link.getAttribute('aria-label')).to.contain(defaultStrings.activeFileWarning);
    });
  }
});
