// What a first visit downloads, as `make bench` reports it and `scripts/check-size.sh` holds it: the wasm and
// every script of the page (the service worker's own file aside), each compressed by zlib at level 9 (gzip -9)
// and by brotli at quality 11. Usage: node scripts/shipped-size.mjs [dist] — prints the wasm + js gzip total.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, brotliCompressSync, gzipSync } from 'node:zlib';

/** Raw, gzip -9 and brotli bytes of the wasm, the scripts and the stylesheets in `dist`. */
export async function shippedSizes(dist) {
  const files = await readdir(dist);
  const measure = async (name) => {
    const bytes = await readFile(join(dist, name));
    return {
      name,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  };
  const of = async (test) => Promise.all(files.filter(test).map(measure));
  const sum = (list) => list.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const wasm = await of((n) => n.endsWith('.wasm'));
  const js = await of((n) => n.endsWith('.js') && n !== 'sw.js');
  const css = await of((n) => n.endsWith('.css'));
  return { wasm: sum(wasm), js: sum(js), css: sum(css), files: [...wasm, ...js, ...css] };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { wasm, js } = await shippedSizes(process.argv[2] ?? 'dist');
  console.log(`${wasm.gzip + js.gzip} ${wasm.raw} ${wasm.gzip} ${js.raw} ${js.gzip}`);
}
