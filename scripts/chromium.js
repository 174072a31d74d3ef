// How this project starts Chromium, for the tests and the bench alike:
// Debian's build (never a downloaded one), headless, with nothing that
// reaches the network on its own.
import {existsSync} from 'node:fs';

/** Debian's Chromium, or the browser named by CHROME_PATH; fails clearly when there is none. */
export function chromiumPath() {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}: install it (apt-get install chromium) or set CHROME_PATH.`);
  }
  return path;
}

/** Flags every headless run of this project uses. */
export const headlessArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Each new window preloads the address bar's popups, two web pages of the
  // browser's own (chrome://omnibox-popup.top-chrome/). On a 2-core machine
  // their first seconds took 0.4–0.7 s of CPU from whatever a test or the
  // bench ran then. Playwright's own --disable-features list stays: Chromium
  // applies both.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];
