/**
 * A tiny static file server over a built site (dist/) on 127.0.0.1, for the browser tests and the
 * benchmark. No dependencies. Directory URLs serve their index.html; unknown paths get 404.html
 * with status 404, as a static host would.
 *
 * CLI: npx tsx scripts/serve-dist.ts [dir] [--port N]   (dir defaults to $DIST_DIR or dist/)
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.zip': 'application/zip',
  '.pdf': 'application/pdf',
};

export interface RunningServer {
  /** Origin without a trailing slash, e.g. http://127.0.0.1:41234 */
  readonly origin: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Default site directory: $DIST_DIR, else dist/ under the working directory. */
export function distDir(): string {
  return resolve(process.env.DIST_DIR ?? 'dist');
}

async function fileAt(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory()) {
      const index = join(path, 'index.html');
      return (await stat(index).catch(() => undefined))?.isFile() ? index : undefined;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/**
 * Serves `root` on 127.0.0.1 (port 0 = any free port) until `close()`. `extra` maps URL paths
 * outside the site to files served beside it, cacheable (the browser tests serve axe-core so, as
 * a same-origin script the pages' CSP allows and Chromium compiles once).
 */
export async function serveDist(
  root: string = distDir(),
  port = 0,
  extra: Readonly<Record<string, string>> = {},
): Promise<RunningServer> {
  const base = resolve(root);
  const server: Server = createServer((request, response) => {
    void (async () => {
      let pathname: string;
      try {
        pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      } catch {
        response.writeHead(400).end();
        return;
      }
      const extraFile = Object.hasOwn(extra, pathname) ? extra[pathname] : undefined;
      if (extraFile) {
        const body = await readFile(extraFile);
        response.writeHead(200, {
          'content-type': TYPES[extname(extraFile).toLowerCase()] ?? 'application/octet-stream',
          'content-length': body.length,
          'cache-control': 'max-age=3600',
        });
        response.end(request.method === 'HEAD' ? undefined : body);
        return;
      }
      const target = resolve(base, '.' + pathname);
      const inside = target === base || target.startsWith(base + sep);
      const found = inside ? await fileAt(target) : undefined;
      const file = found ?? join(base, '404.html');
      const status = found ? 200 : 404;
      try {
        const body = await readFile(file);
        response.writeHead(status, {
          'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
          'content-length': body.length,
          'cache-control': 'no-store',
        });
        response.end(request.method === 'HEAD' ? undefined : body);
      } catch {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      }
    })();
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done());
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    origin: `http://127.0.0.1:${actual}`,
    port: actual,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const portFlag = args.indexOf('--port');
  const port = portFlag >= 0 ? Number(args[portFlag + 1]) : 4322;
  const dir = args.find((arg, i) => !arg.startsWith('--') && i !== portFlag + 1) ?? distDir();
  const running = await serveDist(dir, port);
  console.log(`Serverar ${resolve(dir)} på ${running.origin}/`);
}
