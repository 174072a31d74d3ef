// Releases a gate a test route waits at (see `gate` in ../stream.js).
import {releaseGate} from '../stream.js';

export const routes = {
  '/api/gates/release': async (ctx) => {
    releaseGate(String(ctx.query.name ?? ''));
    ctx.body = {released: true};
  },
};
