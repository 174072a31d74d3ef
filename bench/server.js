// A tiny static file server for the bench pages: plain Node, bound to
// 127.0.0.1, serving the repository root so pages can load dist/ and the
// baseline libraries from node_modules/.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize, sep} from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * Serves `root` on the first free port from `firstPort` up (other people's
 * servers may hold some). Resolves to `{url, close}`.
 */
export async function startServer(root, firstPort, attempts = 20) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const file = join(root, path);
    if (!file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store'});
      response.end(body);
    } catch {
      response.writeHead(404, {'content-type': 'text/plain'}).end(`not found: ${path}`);
    }
  });
  for (let port = firstPort; port < firstPort + attempts; port++) {
    const listening = await new Promise((resolve, reject) => {
      const onError = (error) => (error.code === 'EADDRINUSE' ? resolve(false) : reject(error));
      server.once('error', onError);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', onError);
        resolve(true);
      });
    });
    if (listening) return {url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve))};
  }
  throw new Error(`no free port in ${firstPort}-${firstPort + attempts - 1}`);
}
