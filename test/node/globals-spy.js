// Preloaded with `node --import` by import.test.js: makes Node look like a
// server with no DOM shim at all, and records who asks for a browser global.
// Each global below reads as `undefined` (as in plain Node), but every read
// is logged with the file that made it. `customElements` stays absent even
// when Lit's Node build tries to install its own registry shim.
const watched = ['window', 'document', 'customElements', 'localStorage', 'sessionStorage', 'matchMedia', 'navigator', 'location'];
const reads = [];
globalThis.__browserGlobalReads = reads;

/** The first stack frame outside this file: who read the global. */
function caller() {
  const frames = (new Error().stack ?? '').split('\n').slice(1);
  return frames.find((frame) => !frame.includes(import.meta.url)) ?? '';
}

for (const name of watched) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      reads.push({name, from: caller().trim()});
      return undefined;
    },
    set() {
      // Dropped: Lit's Node build would install its `customElements` shim here.
    },
  });
}
