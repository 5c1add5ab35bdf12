// Unreadable data is kept, not lost; data from a newer version is never overwritten.
import { readFile } from 'node:fs/promises';
import { test, expect, openApiAuthentication } from './fixtures.mjs';

/** Writes raw records into the app's IndexedDB database. */
async function writeRaw(page, store, entries) {
  await page.evaluate(async ({ store, entries }) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('api-auth');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(store, 'readwrite');
    for (const [key, value] of entries) tx.objectStore(store).put(value, key);
    await new Promise((resolve) => { tx.oncomplete = resolve; });
    db.close();
  }, { store, entries });
}

async function readRaw(page, store) {
  return page.evaluate(async (store) => {
    const db = await new Promise((resolve) => {
      const request = indexedDB.open('api-auth');
      request.onsuccess = () => resolve(request.result);
    });
    const request = db.transaction(store).objectStore(store).getAll();
    const values = await new Promise((resolve) => { request.onsuccess = () => resolve(request.result); });
    db.close();
    return values;
  }, store);
}

test('unreadable records are set aside, downloadable, and discarded only after confirmation', async ({ page }) => {
  await openApiAuthentication(page);
  const garbage = '{"id": "Akbroken", this is not JSON';
  await writeRaw(page, 'access_keys', [['Akbroken', garbage]]);
  await page.reload();

  const banner = page.getByRole('region', { name: 'Unreadable data' });
  await expect(banner).toContainText('1 saved record could not be read');
  await expect(banner).toContainText('access_keys / Akbroken');
  // Everything else is there.
  await expect(page.getByRole('region', { name: 'Access keys' })).toContainText('CI pipeline');
  expect(JSON.stringify(await readRaw(page, 'quarantine'))).toContain('this is not JSON');
  expect(await readRaw(page, 'access_keys')).not.toContain(garbage);

  const download = page.waitForEvent('download');
  await banner.getByRole('button', { name: 'Download unreadable data' }).click();
  const file = JSON.parse(await readFile(await (await download).path(), 'utf8'));
  expect(file[0].original).toBe(garbage);

  await banner.getByRole('button', { name: 'Discard' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Discard unreadable data?' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: 'Discard' }).click();
  await confirm.getByRole('button', { name: 'Discard' }).click();
  await expect(banner).toBeHidden();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Access keys' })).toContainText('CI pipeline');
  await expect(page.getByRole('region', { name: 'Unreadable data' })).toHaveCount(0);
  expect(await readRaw(page, 'quarantine')).toEqual([]);
});

test('data from a newer version opens read-only and is never overwritten', async ({ page }) => {
  await openApiAuthentication(page);
  await writeRaw(page, 'meta', [['schema_version', '99']]);
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'saved by a newer version of the app' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Access keys' })).toContainText('CI pipeline');
  const before = await readRaw(page, 'access_keys');

  await page.getByRole('region', { name: 'Access keys' }).getByRole('button', { name: 'Create access key' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create access key' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Not allowed');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: 'read-only' })).toBeVisible();
  expect(await readRaw(page, 'access_keys')).toEqual(before);
  expect(await readRaw(page, 'meta')).toContain('99');
});
