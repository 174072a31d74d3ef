// Everything the tests share, from one place: `import {…} from '../support/index.js'`.
export * from './adapters.js';
export * from './console.js';
export * from './dom.js';
export * from './fake-chat.js';
export * from './input.js';
export * from './message-list.js';
export * from './server.js';
export * from './settings.js';
export * from './wait.js';
export * from './clipboard.js';
export * from './nesting-depth.js';
