// Key lifecycle: expiry banner, disable/enable, rotate with a grace period, activity log, search, sort,
// bulk delete.
import { readFile } from 'node:fs/promises';
import { test, expect, openApiAuthentication, accessKeysSection as section, createKey, checkCredentials as check } from './fixtures.mjs';

function names(page) {
  return section(page).locator('tbody tr:not([hidden]) .keys__name-text');
}

async function choose(page, keyName, item) {
  await section(page).getByRole('button', { name: `More options for ${keyName}` }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

test('a banner names the keys that expire within 7 days or have expired', async ({ page }) => {
  await openApiAuthentication(page);
  const banner = section(page).getByRole('note', { name: 'Expiring access keys' });
  await expect(banner).toContainText('Reporting dashboard expires in 5 days');
  await expect(banner).toContainText('Data warehouse sync has expired');
  await expect(section(page).locator('tbody tr:not([hidden])').filter({ hasText: 'Data warehouse sync' })).toContainText('Expired');
});

test('a disabled key is refused by the credential check until enabled again', async ({ page }) => {
  await openApiAuthentication(page);
  const { id, secret } = await createKey(page, 'Scream test');
  await choose(page, 'Scream test', 'Disable');
  const row = section(page).locator('tbody tr:not([hidden])').filter({ hasText: 'Scream test' });
  await expect(row).toContainText('Disabled');
  let dialog = await check(page, id, secret);
  await expect(dialog.getByRole('alert')).toContainText('This access key is disabled');
  await page.keyboard.press('Escape');
  await choose(page, 'Scream test', 'Enable');
  await expect(row).not.toContainText('Disabled');
  dialog = await check(page, id, secret);
  await expect(dialog.getByRole('status')).toContainText('Connected');
});

test('rotating issues a new secret for the same ID; the old one lives on only for the grace period', async ({ page }) => {
  await openApiAuthentication(page);
  const first = await createKey(page, 'Rotated with grace');
  await choose(page, 'Rotated with grace', 'Rotate secret');
  let dialog = page.getByRole('dialog', { name: 'Rotate secret' });
  await dialog.getByRole('combobox', { name: 'Old secret stays valid for' }).selectOption({ label: '1 hour' });
  await dialog.getByRole('button', { name: 'Rotate' }).click();
  await expect(dialog.locator('#new-access-key-id')).toHaveText(first.id);
  const newSecret = (await dialog.locator('#new-access-key-secret').textContent()).trim();
  expect(newSecret).not.toBe(first.secret);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('alertdialog', { name: "You won't see this secret again" }).getByRole('button', { name: 'Proceed' }).click();
  await expect(dialog).toBeHidden();
  await expect(section(page).locator('tbody tr:not([hidden])').filter({ hasText: 'Rotated with grace' })).toContainText('Old secret valid until');
  let test = await check(page, first.id, first.secret);
  await expect(test.getByRole('status')).toContainText('Connected');
  test = await check(page, first.id, newSecret);
  await expect(test.getByRole('status')).toContainText('Connected');
  await page.keyboard.press('Escape');

  const second = await createKey(page, 'Rotated now');
  await choose(page, 'Rotated now', 'Rotate secret');
  dialog = page.getByRole('dialog', { name: 'Rotate secret' });
  await dialog.getByRole('combobox', { name: 'Old secret stays valid for' }).selectOption({ label: 'Now' });
  await dialog.getByRole('button', { name: 'Rotate' }).click();
  await expect(dialog.locator('#new-access-key-secret')).toHaveText(/^aks_/);
  await page.keyboard.press('Escape');
  await page.getByRole('alertdialog', { name: "You won't see this secret again" }).getByRole('button', { name: 'Proceed' }).click();
  test = await check(page, second.id, second.secret);
  await expect(test.getByRole('alert')).toContainText('does not match');
});

test('the activity log\'s key filter lists every key of the log, by name, once it is used', async ({ page }) => {
  await openApiAuthentication(page);
  const filter = page.getByRole('region', { name: 'Activity log' }).getByRole('combobox', { name: 'Access key' });
  // Until then it holds only its first choice: one option per key would be most of a large account's page.
  await expect(filter.locator('option')).toHaveText(['All access keys']);
  await filter.focus();
  await expect(filter.locator('option')).toHaveText(['All access keys', 'CI pipeline', 'Data warehouse sync', 'Reporting dashboard', 'Slack']);
  await filter.selectOption({ label: 'Slack' });
  await expect(filter).toHaveValue(/^Ak/);
});

test('the activity log tells one key\'s story, keeps deleted keys, filters and exports CSV', async ({ page }) => {
  await openApiAuthentication(page);
  await choose(page, 'CI pipeline', 'Activity');
  const log = page.getByRole('region', { name: 'Activity log' });
  await expect(log).toBeFocused();
  await expect(log.getByRole('combobox', { name: 'Access key' })).toHaveValue(/^Ak/);
  await expect(log.getByRole('listitem')).toHaveCount(3);
  await expect(log).toContainText('Connection established: GitHub Actions runner');

  // Expiries show up in the log without being stored.
  // The filter draws its options when it is first used, as a user does.
  await log.getByRole('combobox', { name: 'Access key' }).focus();
  await log.getByRole('combobox', { name: 'Access key' }).selectOption({ label: 'Data warehouse sync' });
  await expect(log.getByRole('listitem').first()).toContainText('Expired');

  await choose(page, 'Data warehouse sync', 'Delete');
  await page.getByRole('alertdialog', { name: 'Delete access key?' }).getByRole('button', { name: 'Delete' }).click();
  await log.getByRole('combobox', { name: 'Access key' }).selectOption({ label: 'Data warehouse sync (deleted)' });
  await expect(log.getByRole('listitem').first()).toContainText('Deleted');
  await expect(log.getByRole('listitem').first()).toContainText('You, in this browser');
  await expect(log).toContainText('Data warehouse sync (deleted)');
  // Deleting the key forgot nothing: it had expired, and the log still says so, on schedule.
  await expect(log.getByRole('listitem').filter({ hasText: 'Expired' })).toContainText("Flowdeck, at the key's expiry");
  await log.getByRole('combobox', { name: 'Event' }).selectOption('created');
  await expect(log.getByRole('listitem')).toHaveCount(1);

  await log.getByRole('combobox', { name: 'Access key' }).selectOption('');
  await log.getByRole('combobox', { name: 'Event' }).selectOption('');
  const download = page.waitForEvent('download');
  await log.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe('Time,Access key ID,Access key,Event,Details,By');
  expect(lines.some((line) => line.includes(',expired,') && line.includes('Data warehouse sync'))).toBe(true);
  expect(lines.some((line) => line.endsWith(',"You, in this browser"'))).toBe(true);
  expect(lines.some((line) => line.includes(',deleted,'))).toBe(true);
  expect(lines.some((line) => line.includes(',connection_established,'))).toBe(true);
});

test('search filters by name or ID as you type; columns sort both ways', async ({ page }) => {
  await openApiAuthentication(page);
  const search = section(page).getByRole('searchbox', { name: 'Search access keys' });
  await search.fill('PIPE');
  await expect(names(page)).toHaveText(['CI pipeline']);
  const id = (await section(page).locator('tbody tr:not([hidden]) .keys__id code').first().textContent()).trim();
  await search.fill(id.slice(10, 20));
  await expect(names(page)).toHaveText(['CI pipeline']);
  await search.fill('nothing like this');
  await expect(section(page).getByText('No access key matches your search.')).toBeVisible();
  await search.fill('');
  await expect(names(page)).toHaveCount(3);

  const nameHeader = section(page).getByRole('columnheader', { name: 'Name' });
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(names(page)).toHaveText(['CI pipeline', 'Data warehouse sync', 'Reporting dashboard']);
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(names(page)).toHaveText(['Reporting dashboard', 'Data warehouse sync', 'CI pipeline']);
  const expires = section(page).getByRole('columnheader', { name: 'Expires' });
  await expires.getByRole('button').click();
  await expect(expires).toHaveAttribute('aria-sort', 'ascending');
  await expect(nameHeader).toHaveAttribute('aria-sort', 'none');
  await expect(names(page)).toHaveText(['Data warehouse sync', 'Reporting dashboard', 'CI pipeline']);
  await expires.getByRole('button').click();
  await expect(expires).toHaveAttribute('aria-sort', 'descending');
  await expect(names(page)).toHaveText(['CI pipeline', 'Reporting dashboard', 'Data warehouse sync']);
});

test('bulk delete asks once, lists every connection it revokes, and deletes them all', async ({ page }) => {
  await openApiAuthentication(page);
  const button = section(page).getByRole('button', { name: /Delete selected/ });
  await expect(button).toHaveText('Delete selected (0)');
  await expect(button).toBeDisabled();
  await section(page).getByRole('checkbox', { name: 'Select CI pipeline' }).check();
  await section(page).getByRole('checkbox', { name: 'Select Reporting dashboard' }).check();
  await expect(button).toHaveText('Delete selected (2)');
  await button.click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete 2 access keys?' });
  await expect(confirm).toContainText('3 active connections will be revoked');
  for (const client of ['GitHub Actions runner', 'Nightly backup job', 'Metabase']) await expect(confirm).toContainText(client);
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(names(page)).toHaveText(['Data warehouse sync']);
  await expect(button).toHaveText('Delete selected (0)');
  await page.reload();
  await expect(names(page)).toHaveText(['Data warehouse sync']);
});

test('a double click on a dialog\'s button does its operation once', async ({ page }) => {
  await openApiAuthentication(page);
  const key = await createKey(page, 'Clicked twice');
  const row = section(page).locator('tbody tr:not([hidden])').filter({ hasText: 'Clicked twice' });
  await expect(row).toContainText('No connections');
  const dialog = page.getByRole('dialog', { name: 'Test access key' });
  await section(page).getByRole('button', { name: 'Test access key' }).click();
  await dialog.getByRole('textbox', { name: 'Access key ID' }).fill(key.id);
  await dialog.getByLabel('Access key secret', { exact: true }).fill(key.secret);
  await dialog.getByRole('textbox', { name: 'Client name' }).fill('Impatient client');
  await dialog.getByRole('button', { name: 'Connect' }).dblclick();
  await expect(dialog.getByRole('status')).toContainText('Connected');
  await page.keyboard.press('Escape');
  await expect(row).toContainText('1 active connection');
  await page.reload();
  await expect(section(page).locator('tbody tr:not([hidden])').filter({ hasText: 'Clicked twice' })).toContainText('1 active connection');

  await choose(page, 'Clicked twice', 'Rotate secret');
  const rotate = page.getByRole('dialog', { name: 'Rotate secret' });
  await rotate.getByRole('button', { name: 'Rotate' }).dblclick();
  await expect(rotate.locator('#new-access-key-secret')).toHaveText(/^aks_/);
  await rotate.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('alertdialog', { name: "You won't see this secret again" }).getByRole('button', { name: 'Proceed' }).click();
  const log = page.getByRole('region', { name: 'Activity log' });
  await expect(log.getByText('Secret rotated', { exact: false })).toHaveCount(1);
});

test('the activity log is paged, and a change that adds one entry leaves the others drawn as they were', async ({ page }) => {
  await openApiAuthentication(page);
  const key = (await section(page).locator('tbody tr:not([hidden]) .keys__id code').first().textContent()).trim();
  // 120 stored entries about one key, a minute apart.
  await page.evaluate(async ({ id }) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('api-auth');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('activity', 'readwrite');
    const start = Date.now() - 200 * 60_000;
    for (let i = 0; i < 120; i += 1) {
      const at = new Date(start + i * 60_000).toISOString();
      const entry = { id: `${String(start + i * 60_000).padStart(13, '0')}-seed${i}`, at, access_key_id: id, key_name: 'Seeded', kind: { kind: 'used' } };
      tx.objectStore('activity').put(JSON.stringify(entry), entry.id);
    }
    await new Promise((resolve) => { tx.oncomplete = resolve; });
    db.close();
  }, { id: key });
  await page.reload();
  const log = page.getByRole('region', { name: 'Activity log' });
  const pager = log.getByRole('navigation', { name: 'Pages of the activity log' });
  await expect(log.getByRole('listitem')).toHaveCount(50);
  await expect(pager.getByRole('status')).toHaveText(/^Entries 1–50 of 1\d\d$/);
  await pager.getByRole('button', { name: 'Older' }).click();
  await expect(pager.getByRole('status')).toHaveText(/^Entries 51–100 of 1\d\d$/);
  await pager.getByRole('button', { name: 'Newer' }).click();

  // Keyed entries: renaming a key adds one entry at the top and redraws none of the others.
  const second = log.getByRole('listitem').nth(1);
  await second.evaluate((item) => { item.dataset.drawn = 'before'; });
  const text = await second.textContent();
  await section(page).getByRole('button', { name: 'More options for CI pipeline' }).click();
  await page.getByRole('menuitem', { name: 'Rename' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename access key' });
  await rename.getByRole('textbox', { name: 'Name' }).fill('CI pipeline (main)');
  await rename.getByRole('button', { name: 'Save' }).click();
  await expect(log.getByRole('listitem').first()).toContainText('Renamed');
  await expect(log.locator('[data-drawn="before"]')).toHaveText(text);
});
