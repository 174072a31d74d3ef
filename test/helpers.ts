// Moved to test/support/ (import from support/index.js). This file only
// re-exports the old names for tests written before the move; it goes once
// none imports it.
export * from './support/index.js';
