// Run last in `make dist`: writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip -9) beside every
// text and wasm file of the site, so that a server can send what the browser accepts without compressing
// on each request (scripts/serve.mjs does). Prints what a first visit downloads each way.
// Usage: node scripts/compress-dist.mjs [dist]
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { constants, brotliCompressSync, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(html|js|wasm|css|svg|json|webmanifest)$/;

const dist = process.argv[2] ?? 'dist';
const names = (await readdir(dist, { withFileTypes: true }))
  .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
  .map((entry) => entry.name)
  .sort();
const totals = { raw: 0, br: 0, gz: 0 };
for (const name of names) {
  const body = await readFile(join(dist, name));
  const br = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  const gz = gzipSync(body, { level: 9 });
  await writeFile(join(dist, `${name}.br`), br);
  await writeFile(join(dist, `${name}.gz`), gz);
  totals.raw += body.length;
  totals.br += br.length;
  totals.gz += gz.length;
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(
  `compress-dist: ${names.length} files, ${kb(totals.raw)} raw → ${kb(totals.br)} brotli, ${kb(totals.gz)} gzip`,
);
