// A small static file server for the demo, the benchmarks and the packaging tests (127.0.0.1 only).
import { createServer } from 'node:http';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Types a real host compresses (images and fonts are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.txt', '.svg']);

/**
 * The encoding a host would pick for this `Accept-Encoding`: brotli, else gzip, else none.
 * A coding listed with `q=0` is refused, as the header's grammar says.
 */
export function pickEncoding(acceptEncoding = '') {
  const offered = new Map(
    acceptEncoding
      .split(',')
      .map((part) => part.trim().split(/\s*;\s*/))
      .filter(([name]) => name)
      .map(([name, ...params]) => {
        const q = params.find((p) => p.startsWith('q='));
        return [name.toLowerCase(), q ? Number(q.slice(2)) : 1];
      }),
  );
  const accepts = (name) => (offered.get(name) ?? offered.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return undefined;
}

/**
 * Compressed bodies by path, modification time and encoding: compressed once at the highest
 * levels (brotli 11, gzip 9), as CDNs serve pre-compressed files, then served from memory.
 */
const compressedCache = new Map();
function compressedBody(path, mtimeMs, encoding) {
  const key = `${encoding} ${mtimeMs} ${path}`;
  let body = compressedCache.get(key);
  if (!body) {
    const raw = readFileSync(path);
    body =
      encoding === 'br'
        ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
        : gzipSync(raw, { level: 9 });
    compressedCache.set(key, body);
  }
  return body;
}

/**
 * Serves `root` on 127.0.0.1:`port` (0 picks a free port). `headers(path)` may add response
 * headers, e.g. a Content-Security-Policy for one page. With `compress` (`npm start`, the
 * Lighthouse and slow-network runs of the bench), text files are sent with brotli or gzip as the
 * request's Accept-Encoding allows, with `Vary: Accept-Encoding`, as real hosts and CDNs do;
 * without it (the tests), every file is sent as stored, with its length. Resolves to `{ url, close }`.
 */
export function serve({ root = '.', port = 0, headers = () => ({}), compress = false } = {}) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!path.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(path).isDirectory()) path = join(path, 'index.html');
      const { size, mtimeMs } = statSync(path);
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      if (compress && COMPRESSIBLE.has(extname(path))) {
        const encoding = pickEncoding(req.headers['accept-encoding']);
        const body = encoding ? compressedBody(path, mtimeMs, encoding) : readFileSync(path);
        res.writeHead(200, {
          'content-type': type,
          'content-length': body.length,
          ...(encoding ? { 'content-encoding': encoding } : {}),
          // Caches must keep one copy per encoding: a proxy must not hand brotli to a client without it.
          vary: 'accept-encoding',
          'cache-control': 'no-cache',
          ...headers(url.pathname),
        });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      res.writeHead(200, {
        'content-type': type,
        'content-length': size,
        'cache-control': 'no-cache',
        ...headers(url.pathname),
      });
      createReadStream(path).pipe(res);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) =>
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      ok({ url: `http://127.0.0.1:${actual}`, close: () => new Promise((done) => server.close(done)), server });
    }),
  );
}
