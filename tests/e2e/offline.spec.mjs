// The service worker: after one visit the demo opens with the network off (deep links included), and a
// new build replaces the cache only when the user chooses "Reload to update".
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, openApiAuthentication, accessKeysSection, createKey, API_AUTH } from './fixtures.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function controlledByServiceWorker(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
}

test('after one visit the app opens with the network off, deep links and changes included', async ({ page, context }) => {
  await openApiAuthentication(page);
  await controlledByServiceWorker(page);
  await context.setOffline(true);

  await page.goto('/integrations');
  await expect(page.getByRole('heading', { level: 1, name: 'Integrations' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Disconnect Slack' })).toBeVisible();
  await page.goto('/account-settings');
  await expect(page.getByRole('region', { name: 'Access key expiry' })).toBeVisible();

  await openApiAuthentication(page);
  await createKey(page, 'Made offline');
  await page.reload();
  await expect(accessKeysSection(page).getByRole('rowheader', { name: /Made offline/ })).toBeVisible();
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
});

test('a new build waits until "Reload to update", then replaces the old cache', async ({ page }) => {
  const site = await mkdtemp(join(tmpdir(), 'api-auth-sw-'));
  await cp(join(root, 'dist'), site, { recursive: true });
  const port = 4181;
  const server = spawn('node', [join(root, 'scripts/serve.mjs'), site, String(port)], { stdio: 'ignore' });
  try {
    const origin = `http://127.0.0.1:${port}`;
    await expect.poll(() => fetch(origin).then((r) => r.status, () => 0)).toBe(200);
    await page.goto(origin + API_AUTH);
    await controlledByServiceWorker(page);
    const [oldCache] = await page.evaluate(() => caches.keys());
    expect(oldCache).toMatch(/^flowdeck-[0-9a-f]{16}$/);

    // Deploy a "new build": the worker script changes, as it does whenever any built file changes.
    const worker = await readFile(join(site, 'sw.js'), 'utf8');
    await writeFile(join(site, 'sw.js'), worker.replace(/const VERSION = "([0-9a-f]+)"/, 'const VERSION = "next$1"'));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());

    const notice = page.getByRole('status').filter({ hasText: 'A new version of Flowdeck is ready.' });
    await expect(notice).toBeVisible({ timeout: 15_000 });
    // Nothing changes behind the user's back: the old version still serves this page.
    expect(await page.evaluate(() => caches.keys())).toContain(oldCache);
    await page.evaluate(() => (window.beforeUpdate = true));
    await notice.getByRole('button', { name: 'Reload to update' }).click();

    // The page reloads itself once the new worker has taken over.
    await expect.poll(() => page.evaluate(() => caches.keys()).catch(() => []), { timeout: 15_000 }).toEqual([oldCache.replace('flowdeck-', 'flowdeck-next')]);
    await expect.poll(() => page.evaluate(() => window.beforeUpdate ?? 'reloaded').catch(() => 'navigating')).toBe('reloaded');
    await expect(page.getByRole('heading', { level: 1, name: 'API authentication' })).toBeVisible();
    await expect(notice).toHaveCount(0);
  } finally {
    server.kill();
    await rm(site, { recursive: true, force: true });
  }
});
