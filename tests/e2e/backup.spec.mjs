// Backup and restore: the account outlives this browser. A backup downloaded here restores in a new
// browser (its keys' secrets work there); a restore never brings back a key deleted after the backup;
// damaged, newer, garbage and wrong-passphrase files are refused in words and change nothing; another tab
// sees a restore.
import { mkdir, open, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
  test, expect, openApiAuthentication, createKey, checkCredentials, accountId, dumpStorage,
  accessKeysSection as section,
} from './fixtures.mjs';
import { expectNoAxeViolations } from './axe.mjs';

const scratch = fileURLToPath(new URL('../../target/e2e-files/', import.meta.url));

function backupCard(page) {
  return page.getByRole('region', { name: 'Backup and restore' });
}

/** Downloads a backup from Account settings (locked when `passphrase` is given); returns its path. */
async function downloadBackup(page, passphrase = '') {
  await page.goto('/account-settings');
  const card = backupCard(page);
  await card.getByLabel('Passphrase').fill(passphrase);
  const download = page.waitForEvent('download');
  await card.getByRole('button', { name: 'Download backup' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^flowdeck-backup-Ac[0-9A-Za-z]{10}-\d{4}-\d\d-\d\d\.json$/);
  await expect(card.getByRole('status').first()).toContainText('Downloaded');
  return file.path();
}

/** Picks `path` as the backup file on Account settings. */
async function pickBackup(page, path) {
  if (!page.url().endsWith('/account-settings')) await page.goto('/account-settings');
  await backupCard(page).getByLabel('Backup file').setInputFiles(path);
}

function restoreDialog(page) {
  return page.getByRole('dialog', { name: 'Restore backup' });
}

test('a backup restored in a new browser brings the account, and its keys work there', async ({ page, browser }) => {
  await openApiAuthentication(page);
  const account = (await accountId(page).textContent()).trim();
  const { id, secret } = await createKey(page, 'Moving key');
  const path = await downloadBackup(page);
  const text = await readFile(path, 'utf8');
  expect(text).not.toContain(secret);
  expect(JSON.parse(text)).toMatchObject({ format: 'flowdeck-backup', version: 1 });

  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await openApiAuthentication(other);
  const theirs = (await accountId(other).textContent()).trim();
  expect(theirs).not.toBe(account);
  await pickBackup(other, path);
  const dialog = restoreDialog(other);
  await expect(dialog).toContainText(`This backup is of another account, “Northwind Traders” (${account})`);
  await expect(dialog).toContainText(`replaces this browser's account, “Northwind Traders” (${theirs})`);
  await expect(dialog.getByRole('button', { name: 'Download backup' })).toBeVisible();
  await expectNoAxeViolations(other, 'restore preview, another account');
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(dialog).toBeHidden();
  await expect(other.getByText(/^Backup restored: the account/)).toBeVisible();

  await openApiAuthentication(other);
  await expect(accountId(other)).toHaveText(account);
  await expect(section(other).locator('.keys__name-text', { hasText: 'Moving key' })).toHaveCount(1);
  const check = await checkCredentials(other, id, secret);
  await expect(check.getByRole('status')).toContainText('Connected');
  await check.getByRole('button', { name: 'Close' }).click();
  await expect(other.getByRole('region', { name: 'Activity log' })).toContainText('Restored from a backup');
  await elsewhere.close();
});

test('an older backup restored after a delete leaves the key deleted, and says so first', async ({ page }) => {
  await openApiAuthentication(page);
  await createKey(page, 'Revoked later');
  const path = await downloadBackup(page);
  await openApiAuthentication(page);
  await section(page).getByRole('button', { name: 'More options for Revoked later' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  await expect(section(page).locator('.keys__name-text', { hasText: 'Revoked later' })).toHaveCount(0);

  await pickBackup(page, path);
  const dialog = restoreDialog(page);
  await expect(dialog).toContainText('This backup is of this account');
  await expect(dialog).toContainText('1 key deleted in this browser after the backup was made stays deleted: “Revoked later”.');
  await expect(dialog).toContainText('No key is added.');
  // By keyboard: Restore is reached with Tab and pressed with Enter.
  await dialog.getByRole('button', { name: 'Cancel' }).focus();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Restore' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await openApiAuthentication(page);
  await expect(section(page).locator('.keys__name-text', { hasText: 'Revoked later' })).toHaveCount(0);
});

test('damaged, newer, garbage, too large and wrong-passphrase files are refused in words and change nothing', async ({ page }) => {
  await openApiAuthentication(page);
  await createKey(page, 'Locked away');
  const plain = await readFile(await downloadBackup(page), 'utf8');
  const locked = await readFile(await downloadBackup(page, 'correct horse battery'), 'utf8');
  const lockedJson = JSON.parse(locked);
  expect(lockedJson.locked).toMatchObject({ kdf: 'PBKDF2-HMAC-SHA256', iterations: 600000, cipher: 'AES-256-GCM' });
  expect(locked).not.toContain('Locked away');
  expect(locked).not.toMatch(/Ak[0-9a-f]{8}-/);

  await mkdir(scratch, { recursive: true });
  const files = {
    'damaged.json': plain.replace('"Locked away"', '"Edited by hand"'),
    'newer.json': JSON.stringify({ ...JSON.parse(plain), version: 2 }),
    'garbage.json': 'this is not a backup',
  };
  const said = {
    'damaged.json': 'This backup has been changed or damaged since it was made.',
    'newer.json': 'This backup was made by a newer version of this page.',
    'garbage.json': 'This file is not a Flowdeck backup.',
  };
  await page.goto('/account-settings');
  const before = await dumpStorage(page);
  for (const [name, text] of Object.entries(files)) {
    await writeFile(`${scratch}${name}`, text);
    await pickBackup(page, `${scratch}${name}`);
    await expect(backupCard(page).getByRole('alert').filter({ hasText: said[name] })).toBeVisible();
    await expect(restoreDialog(page)).toBeHidden();
  }
  // Over 50 MB: refused before it is read.
  const huge = await open(`${scratch}huge.json`, 'w');
  await huge.truncate(50 * 1024 * 1024 + 1);
  await huge.close();
  await pickBackup(page, `${scratch}huge.json`);
  await expect(backupCard(page).getByRole('alert').filter({ hasText: 'This file is larger than 50 MB' })).toBeVisible();
  await writeFile(`${scratch}locked.json`, locked);
  await pickBackup(page, `${scratch}locked.json`);
  const dialog = restoreDialog(page);
  await dialog.getByLabel('Passphrase').fill('wrong horse');
  await dialog.getByRole('button', { name: 'Unlock' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('The passphrase does not open this backup.');
  await expectNoAxeViolations(page, 'restore, wrong passphrase');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await dumpStorage(page)).toBe(before);

  // The right passphrase opens it.
  await pickBackup(page, `${scratch}locked.json`);
  await dialog.getByLabel('Passphrase').fill('correct horse battery');
  await dialog.getByRole('button', { name: 'Unlock' }).click();
  await expect(dialog).toContainText('This backup is of this account');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await dumpStorage(page)).toBe(before);
});

test('another tab sees a restore at once', async ({ page, context, browser }) => {
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await openApiAuthentication(other);
  const theirs = (await accountId(other).textContent()).trim();
  const path = await downloadBackup(other);

  await openApiAuthentication(page);
  const second = await context.newPage();
  await openApiAuthentication(second);
  await pickBackup(page, path);
  await restoreDialog(page).getByRole('button', { name: 'Restore' }).click();
  await expect(restoreDialog(page)).toBeHidden();
  await expect(accountId(second)).toHaveText(theirs);
  await second.close();
  await elsewhere.close();
});

test('the section says whether the browser may clear the data, and asks to keep it', async ({ page }) => {
  await page.goto('/account-settings');
  const card = backupCard(page);
  await expect(card).toContainText(/This browser (may clear|keeps) this page's data/);
  const keep = card.getByRole('button', { name: 'Keep data in this browser' });
  if (await keep.isVisible()) {
    await keep.click();
    await expect(card.getByRole('status').last()).toContainText(/The browser (will keep|declined)/);
  }
  await expectNoAxeViolations(page, 'backup and restore section');
});
