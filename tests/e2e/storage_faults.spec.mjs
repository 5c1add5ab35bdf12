// Browsers fail in ordinary ways; each must leave the page working with nothing lost.
import { test, expect, openApiAuthentication } from './fixtures.mjs';

function section(page) {
  return page.getByRole('region', { name: 'Access keys' });
}

async function createKey(page, name) {
  await section(page).getByRole('button', { name: 'Create access key' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create access key' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  return dialog;
}

test('IndexedDB blocked: data goes to localStorage, with a notice, and survives a reload', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get() { throw new DOMException('blocked by test', 'SecurityError'); } });
  });
  await openApiAuthentication(page);
  await expect(page.getByText(/IndexedDB could not be used .*localStorage/)).toBeVisible();
  const dialog = await createKey(page, 'Kept in localStorage');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Proceed' }).click();
  const id = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('api-auth/access_keys/')).length);
  expect(id).toBeGreaterThan(3);
  await page.reload();
  await expect(section(page)).toContainText('Kept in localStorage');
});

test('IndexedDB that never answers falls back after a few seconds', async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function () { return new EventTarget(); };
  });
  await page.goto('/settings/api-authentication');
  await expect(page.getByText(/IndexedDB did not answer in time/)).toBeVisible({ timeout: 10_000 });
  await expect(page.locator('#account-id-value')).toHaveText(/^Ac[0-9A-Za-z]{10}$/);
});

test('no storage at all: the page works in memory and says changes will not be saved', async ({ page }) => {
  await page.addInitScript(() => {
    const refuse = () => { throw new DOMException('blocked by test', 'SecurityError'); };
    Object.defineProperty(window, 'indexedDB', { get: refuse });
    Object.defineProperty(window, 'localStorage', { get: refuse });
  });
  await openApiAuthentication(page);
  await expect(page.getByText(/Changes will not be saved after you close this page/)).toBeVisible();
  const dialog = await createKey(page, 'Only in memory');
  await expect(dialog.locator('#new-access-key-secret')).toHaveText(/^aks_/);
});

test('a failing write changes nothing on screen, says why, and a retry works', async ({ page }) => {
  await page.addInitScript(() => {
    for (const method of ['put', 'delete']) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (...args) {
        if (window.__failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      };
    }
  });
  await openApiAuthentication(page);
  const before = await section(page).locator('tbody tr').count();
  await page.evaluate(() => { window.__failWrites = true; });
  const dialog = await createKey(page, 'Needs space');
  await expect(dialog.getByRole('alert').filter({ hasText: 'Browser storage is full, so nothing was saved' })).toBeVisible();
  await expect(dialog.locator('#new-access-key-secret')).toHaveCount(0);
  await expect(section(page).locator('tbody tr')).toHaveCount(before);

  // Rename and delete fail the same way and leave the row as it was.
  await page.keyboard.press('Escape');
  await section(page).getByRole('button', { name: 'More options for CI pipeline' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await page.getByRole('alertdialog', { name: 'Delete access key?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(section(page).getByRole('alert')).toContainText('Browser storage is full');
  await expect(section(page)).toContainText('CI pipeline');

  await page.evaluate(() => { window.__failWrites = false; });
  const retry = await createKey(page, 'Needs space');
  await expect(retry.locator('#new-access-key-secret')).toHaveText(/^aks_/);
  await retry.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Proceed' }).click();
  await page.reload();
  await expect(section(page).locator('tbody tr')).toHaveCount(before + 1);
  await expect(section(page)).toContainText('CI pipeline');
});
