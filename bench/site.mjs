// The benchmark's site: a release build with the vanilla-JS twin beside it at /twin/ (one origin, so one
// IndexedDB), the twin styled by the build's own stylesheets.
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Copies the build in `dist` to `site` and adds the twin. */
export async function buildSite(dist, site) {
  await rm(site, { recursive: true, force: true });
  await cp(dist, site, { recursive: true });
  await mkdir(join(site, 'twin'));
  const index = await readFile(join(dist, 'index.html'), 'utf8');
  const styles = [...index.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => `<link rel="stylesheet" href="${m[1]}" />`);
  const twin = await readFile(join(root, 'bench/twin/index.html'), 'utf8');
  await writeFile(join(site, 'twin/index.html'), twin.replace('<script type="module"', `${styles.join('\n    ')}\n    <script type="module"`));
  await cp(join(root, 'bench/twin/twin.js'), join(site, 'twin/twin.js'));
}
