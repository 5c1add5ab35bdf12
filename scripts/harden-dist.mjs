// Run after `trunk build`: moves trunk's inline module loader into a file of its own (named by its
// hash) and pins the Content-Security-Policy in index.html, so the site runs without 'unsafe-inline'.
// Usage: node scripts/harden-dist.mjs [dist]
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CSP } from './csp.mjs';

const dist = process.argv[2] ?? 'dist';
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

const meta = `<meta http-equiv="Content-Security-Policy" content="${CSP}" />`;
if (!html.includes('http-equiv="Content-Security-Policy"')) {
  html = html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    ${meta}`);
}
await writeFile(indexPath, html);
console.log(`harden-dist: ${moved} inline script(s) moved to files; CSP pinned in ${indexPath}`);

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
