// See react-ssr.ts: the React example page, server-rendered and hydrated with React 19.
import {describeReactSsr} from './react-ssr.js';

describeReactSsr('19', () => import('./react-modules.tsx'));
