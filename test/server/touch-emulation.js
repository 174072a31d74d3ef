// A test runner command that makes the page a touch device: the primary
// pointer becomes coarse and nothing hovers, as on a phone, so tests can
// check touch-only styles (40 px targets, always-visible action rows).
// From a test: `executeServerCommand('emulate-touch', {enabled: true})`.
export function touchEmulationPlugin() {
  // Emulation lasts as long as the CDP session that set it: one kept per page.
  const sessions = new Map();
  return {
    name: 'emulate-touch-command',
    async executeCommand({command, payload, session}) {
      if (command !== 'emulate-touch') return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error(`emulate-touch needs Chromium through puppeteer, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(session.id);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(session.id, cdp);
      }
      const enabled = Boolean(payload?.enabled);
      await cdp.send('Emulation.setTouchEmulationEnabled', enabled ? {enabled, maxTouchPoints: 5} : {enabled});
      return true;
    },
  };
}
