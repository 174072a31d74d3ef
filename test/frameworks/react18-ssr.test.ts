// See react-ssr.ts: the React example page, server-rendered and hydrated with React 18
// (the test server serves every React module below `?react=18` from test/react18).
import {describeReactSsr} from './react-ssr.js';

describeReactSsr('18', () => import('./react-modules.tsx?react=18'));
