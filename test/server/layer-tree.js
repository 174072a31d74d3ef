// A test runner command that lists the page's composited layers that draw
// content (Chromium's layer tree, through CDP), each `{width, height}`:
// whether the browser scrolls an element on its compositor thread, without
// painting again, shows as a layer the size of the element's scrolled content.
// The tree comes when it next changes: the page changes something meanwhile.
// From a test: `executeServerCommand('composited-layers')`.
export function layerTreePlugin() {
  return {
    name: 'layer-tree-command',
    async executeCommand({command, session}) {
      if (command !== 'composited-layers') return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error(`composited-layers needs Chromium through puppeteer, not ${session.browser.type}`);
      const cdp = await session.browser.getPage(session.id).createCDPSession();
      try {
        const layers = new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('no layer tree within 20 s: did the page change meanwhile?')), 20000);
          cdp.on('LayerTree.layerTreeDidChange', ({layers}) => {
            if (!layers) return;
            clearTimeout(timer);
            resolve(layers);
          });
        });
        await cdp.send('LayerTree.enable');
        return (await layers).filter((layer) => layer.drawsContent).map(({width, height}) => ({width, height}));
      } finally {
        await cdp.detach();
      }
    },
  };
}
