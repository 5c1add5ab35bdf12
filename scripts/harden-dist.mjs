// Run after `trunk build`: minifies wasm-bindgen's JS glue (its integrity attribute made again), moves trunk's
// inline module loader into a file of its own (named by its hash) and pins the Content-Security-Policy in
// index.html, so the site runs without 'unsafe-inline'; then writes the service worker (static/sw.js) with this
// build's file list and a version that is a hash of every file, so a new build gets a new cache.
// Usage: node scripts/harden-dist.mjs [dist] [--keep-names]   (--keep-names: no minifying, for profiles)
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';
import { CSP } from './csp.mjs';
import { shortenImports } from './wasm-imports.mjs';

const dist = process.argv[2] ?? 'dist';
const keepNames = process.argv.includes('--keep-names');
const indexPath = join(dist, 'index.html');
let html = await readFile(indexPath, 'utf8');

const inline = /<script type="module">([\s\S]*?)<\/script>/g;
let moved = 0;
html = await replaceAsync(html, inline, async (_, body) => {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  const name = `loader-${hash}.js`;
  await writeFile(join(dist, name), body.trim() + '\n');
  moved += 1;
  return `<script type="module" src="/${name}"></script>`;
});
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error('an inline script is left in index.html');

// The wasm's imports get short names (scripts/wasm-imports.mjs), and the scripts index.html pins by integrity are
// minified by terser: wasm-bindgen's glue (readable JS, 76 KB, 11.9 KB gzip; minified 9.4 KB gzip: what the wasm
// imports and what the loader uses are object keys and exports, which terser keeps as they are) and static/'s
// classic scripts (their comments are for their readers). Each file changed is pinned again.
if (!keepNames) {
  const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  const pinned = async (name) => {
    const bytes = await readFile(join(dist, name));
    if (!html.includes(integrity(bytes))) throw new Error(`index.html does not pin ${name} by its integrity`);
    return bytes;
  };
  const repin = async (name, before, after) => {
    await writeFile(join(dist, name), after);
    html = html.replace(integrity(before), integrity(Buffer.from(after)));
  };
  const files = await readdir(dist);
  const scripts = files.filter((name) => /^[a-z-]+-[0-9a-f]+\.js$/.test(name) && !name.startsWith('loader-'));
  const glueName = scripts.find((name) => /^api-auth-[0-9a-f]+\.js$/.test(name));
  const wasmName = files.find((name) => name.endsWith('_bg.wasm'));
  if (!glueName || !wasmName) throw new Error(`no wasm-bindgen glue and module in ${dist}`);
  const [wasmBefore, glueBefore] = [await pinned(wasmName), await pinned(glueName)];
  const shortened = shortenImports(wasmBefore, glueBefore.toString('utf8'));
  await repin(wasmName, wasmBefore, shortened.wasm);
  await repin(glueName, glueBefore, shortened.glue);
  console.log(`harden-dist: ${shortened.count} imports named short, the wasm ${wasmBefore.length} → ${shortened.wasm.length} bytes`);
  for (const name of scripts) {
    const before = await pinned(name);
    const module = name === glueName;
    const source = module ? withoutStreamClasses(before.toString('utf8'), shortened.module) : before.toString('utf8');
    const { code } = await minify(source, { module, compress: true, mangle: true });
    await repin(name, before, code);
    console.log(`harden-dist: ${name} minified, ${before.length} → ${Buffer.byteLength(code)} bytes`);
  }
}

// The source's comments are for its readers, not for every visitor's download.
html = html.replace(/\s*<!--[\s\S]*?-->/g, '');

const meta = `<meta http-equiv="Content-Security-Policy" content="${CSP}" />`;
if (!html.includes('http-equiv="Content-Security-Policy"')) {
  html = html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    ${meta}`);
}
await writeFile(indexPath, html);
console.log(`harden-dist: ${moved} inline script(s) moved to files; CSP pinned in ${indexPath}`);

// The catalogs of the languages other than English (build.rs writes them, named by their content): copied
// beside the app, never in its list of files to cache up front — an English user downloads none of them.
const catalogs = join(process.env.CARGO_TARGET_DIR ?? 'target', 'i18n');
const catalogFiles = (await readdir(catalogs).catch(() => [])).filter((name) => name.endsWith('.txt'));
if (catalogFiles.length === 0) throw new Error(`no catalogs in ${catalogs}: build the crate first (build.rs writes them)`);
await mkdir(join(dist, 'i18n'), { recursive: true });
for (const name of catalogFiles) await copyFile(join(catalogs, name), join(dist, 'i18n', name));
const languages = Object.fromEntries(catalogFiles.map((name) => [name.split('.')[0], `/i18n/${name}`]));
console.log(`harden-dist: ${catalogFiles.length} language catalogs copied to ${join(dist, 'i18n')}`);

const files = (await readdir(dist, { withFileTypes: true }))
  .filter((entry) => entry.isFile() && entry.name !== 'sw.js')
  .map((entry) => entry.name)
  .sort();
const version = createHash('sha256');
for (const name of files) version.update(name).update(await readFile(join(dist, name)));
const versionHex = version.digest('hex').slice(0, 16);
const template = await readFile(new URL('../static/sw.js', import.meta.url), 'utf8');
const worker = template
  .replace("'__VERSION__'", JSON.stringify(versionHex))
  .replace('__ASSETS__', JSON.stringify(files.map((name) => `/${name}`)))
  .replace('__LANGUAGES__', JSON.stringify(languages));
if (worker.includes('__')) throw new Error('static/sw.js has a placeholder this script does not fill');
await writeFile(join(dist, 'sw.js'), worker);
console.log(`harden-dist: sw.js caches ${files.length} files as version ${versionHex}`);

// leptos turns on server_fn's `browser` feature, which links wasm-streams, whose three stream classes wasm-bindgen
// exports. Nothing in this page makes a stream: wasm-opt removes their exports (index.html) and, the code no longer
// reached, the code; here their classes go from the glue. Checked, not assumed: the module must import no way of
// handing such an object to JS and export none of their methods (`module`, the compiled wasm), and the glue must
// mention them nowhere after.
function withoutStreamClasses(glue, module) {
  const used = [...WebAssembly.Module.imports(module), ...WebAssembly.Module.exports(module)].filter(({ name }) => /intounderlying/i.test(name));
  if (used.length > 0) throw new Error(`the wasm still uses the stream classes: ${used.map(({ name }) => name).join(', ')}`);
  let removed = 0;
  const without = glue
    .replace(/^export class (IntoUnderlying\w+) \{\n[\s\S]*?^\}\nif \(Symbol\.dispose\) \1\.prototype\[Symbol\.dispose\] = \1\.prototype\.free;\n/gm, () => {
      removed += 1;
      return '';
    })
    .replace(/^const IntoUnderlying\w+Finalization = [^;]*;\n/gm, () => {
      removed += 1;
      return '';
    });
  if (removed !== 6 || /intounderlying/i.test(without)) throw new Error(`the glue's stream classes were not where expected (${removed} of 6 parts found)`);
  return without;
}

async function replaceAsync(text, pattern, replacer) {
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    parts.push(text.slice(last, match.index), await replacer(...match));
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts.join('');
}
