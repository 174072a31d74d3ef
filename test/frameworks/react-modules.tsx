// React, ReactDOM's client and the React example page, as one module: the
// React 18 test imports it as `./react-modules.tsx?react=18`, and the
// test server then serves every React module below it from React 18.
export * as React from 'react';
export {hydrateRoot} from 'react-dom/client';
export {ChatPage} from '../../examples/frameworks/react/ChatPage.tsx';
