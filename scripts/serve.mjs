// A static file server for the built site with an SPA fallback: any path that is not a file gets
// index.html, so a deep link loads directly. A file with a precompressed twin (`.br`, `.gz`, written by
// scripts/compress-dist.mjs) is sent compressed when the request's Accept-Encoding allows it.
// Usage: node scripts/serve.mjs <dir> <port>
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { CSP, CSP_HEADER_ONLY } from './csp.mjs';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 8080);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

async function fileFor(urlPath) {
  const safe = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, safe);
  if (candidate.startsWith(root)) {
    try {
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {
      // not a file: fall back to the app shell
    }
  }
  return join(root, 'index.html');
}

// The encodings the request accepts (q > 0), from its Accept-Encoding header; `*` stands for any.
function acceptedEncodings(header = '') {
  const accepted = new Map();
  for (const part of header.split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    if (!token) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(token, q === undefined ? 1 : Number(q.slice(2)) || 0);
  }
  const allows = (coding) => (accepted.get(coding) ?? accepted.get('*') ?? 0) > 0;
  return ['br', 'gzip'].filter(allows);
}

const SUFFIX = { br: '.br', gzip: '.gz' };

// The precompressed twin of `path` to send for `header`, if there is one: [encoding, its path].
// A twin older than its file (the file was replaced after `make dist`) is stale and not used.
async function compressedFor(path, header) {
  const original = await stat(path);
  for (const encoding of acceptedEncodings(header)) {
    const candidate = path + SUFFIX[encoding];
    try {
      const twin = await stat(candidate);
      if (twin.isFile() && twin.mtimeMs >= original.mtimeMs) return [encoding, candidate];
    } catch {
      // no such twin: try the next encoding, or send the file as it is
    }
  }
  return [null, path];
}

const COMPRESSIBLE = /\.(html|js|wasm|css|svg|json|webmanifest)$/;

createServer(async (request, response) => {
  try {
    const path = await fileFor(new URL(request.url, 'http://localhost').pathname);
    const [encoding, sent] = COMPRESSIBLE.test(path)
      ? await compressedFor(path, request.headers['accept-encoding'])
      : [null, path];
    const body = await readFile(sent);
    response.writeHead(200, {
      'content-type': types[extname(path)] ?? 'application/octet-stream',
      ...(encoding ? { 'content-encoding': encoding } : {}),
      // What is sent depends on Accept-Encoding, so a cache must keep the answers apart.
      ...(COMPRESSIBLE.test(path) ? { vary: 'accept-encoding' } : {}),
      'content-length': body.length,
      // Only files named by their content hash may be cached for good; index.html, sw.js, the manifest
      // and the icon must be revalidated so that a new build is seen.
      'cache-control': /-[0-9a-f]{12,}(_bg)?\.[a-z]+$/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'content-security-policy': `${CSP}; ${CSP_HEADER_ONLY}`,
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
    });
    response.end(body);
  } catch (error) {
    response.writeHead(500, { 'content-type': 'text/plain' });
    response.end(`server error: ${error.message}`);
  }
}).listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} on http://127.0.0.1:${port}/ (Ctrl+C to stop)`);
});
