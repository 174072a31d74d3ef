// Loads every test backend route module in ./routes. Each module exports
// `routes`: an object mapping a path (under /api/) to a Koa middleware
// `(ctx) => Promise<void>`. One file per backend family keeps them apart.
import {readdirSync} from 'node:fs';

export async function testRoutes() {
  const dir = new URL('./routes/', import.meta.url);
  const table = new Map();
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .sort()) {
    const {routes} = await import(new URL(file, dir).href);
    for (const [path, handler] of Object.entries(routes)) {
      if (table.has(path)) throw new Error(`test route ${path} is defined twice`);
      table.set(path, handler);
    }
  }
  const prefixes = [...table.keys()].filter((path) => path.endsWith('/*'));
  return [
    async (ctx, next) => {
      const handler = table.get(ctx.path) ?? table.get(prefixes.find((prefix) => ctx.path.startsWith(prefix.slice(0, -1))) ?? '');
      if (!handler) return next();
      await handler(ctx);
    },
  ];
}
