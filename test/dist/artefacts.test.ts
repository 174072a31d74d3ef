import {expect} from '@open-wc/testing';

// The built artefacts, loaded as pages load them (npm test builds dist/ first).

function loadPage(src: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.title = src;
    const timer = setTimeout(() => reject(new Error(`${src} sent no report`)), 40000);
    window.addEventListener('message', function listen(event) {
      if (event.source !== frame.contentWindow || event.data?.kind !== 'dist-report') return;
      window.removeEventListener('message', listen);
      clearTimeout(timer);
      frame.remove();
      resolve(event.data);
    });
    frame.src = src;
    document.body.append(frame);
  });
}

describe('built artefacts', function () {
  // Pages that load chunks on a loaded 2-core machine: room, not a sleep.
  this.timeout(60000);

  it('dist/chat-blocks.bundle.js works alone under a strict CSP and fetches its lazy chunks beside itself', async () => {
    const report = await loadPage('/api/widget/bundle-page');
    expect(report.error).to.equal(undefined);
    expect(report.defined).to.equal(true);
    expect(report.bold).to.equal('bold');
    expect(report.highlighted).to.equal(true);
    expect(report.math).to.equal(true);
    const chunks = report.chunks as string[];
    expect(chunks.some((path) => /^\/dist\/chunks\/core-.*\.js$/.test(path))).to.equal(true);
    expect(chunks.some((path) => /^\/dist\/chunks\/katex-.*\.js$/.test(path))).to.equal(true);
    expect(chunks.every((path) => !path.includes('node_modules'))).to.equal(true);
    expect(report.violations).to.deep.equal([]);
  });

  it('dist/chat-blocks.iife.js works as one classic script, with nothing fetched beside it', async () => {
    const report = await loadPage('/api/widget/iife-page');
    expect(report.error).to.equal(undefined);
    expect(report.defined).to.equal(true);
    expect(report.highlighted).to.equal(true);
    expect(report.math).to.equal(true);
    expect(report.chunks).to.deep.equal(['/dist/chat-blocks.iife.js']);
    expect(report.violations).to.deep.equal([]);
  });
});
