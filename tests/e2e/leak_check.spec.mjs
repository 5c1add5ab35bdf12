// The leak check: pasted text and picked or dropped files are read in the page; each secret found says
// whose it is (current, in its grace period, mistyped, unknown) and a current one can be rotated from
// there; large files are read in chunks, UTF-16 and CRLF included; nothing read outlives the dialog.
import { mkdir, open, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { test, expect, openApiAuthentication, accessKeysSection as section, createKey, dumpStorage } from './fixtures.mjs';
import { expectNoAxeViolations } from './axe.mjs';

const scratch = fileURLToPath(new URL('../../target/e2e-files/', import.meta.url));

async function choose(page, keyName, item) {
  await section(page).getByRole('button', { name: `More options for ${keyName}` }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** Rotates `name` with a grace period of 1 hour; returns the new secret. */
async function rotate(page, name) {
  await choose(page, name, 'Rotate secret');
  const dialog = page.getByRole('dialog', { name: 'Rotate secret' });
  await dialog.getByRole('combobox', { name: 'Old secret stays valid for' }).selectOption({ label: '1 hour' });
  await dialog.getByRole('button', { name: 'Rotate' }).click();
  const secret = (await dialog.locator('#new-access-key-secret').textContent()).trim();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Proceed' }).click();
  await expect(dialog).toBeHidden();
  return secret;
}

/** `secret` with one character of its body changed, so its checksum fails. */
function mistype(secret) {
  const c = secret[10] === 'x' ? 'y' : 'x';
  return secret.slice(0, 10) + c + secret.slice(11);
}

function leakDialog(page) {
  return page.getByRole('dialog', { name: 'Check for leaked secrets' });
}

async function openLeakCheck(page) {
  await section(page).getByRole('button', { name: 'Check for leaked secrets' }).click();
  await expect(leakDialog(page)).toBeVisible();
  return leakDialog(page);
}

test('a pasted log with a current, an old, a mistyped and an unknown secret gives four answers; Rotate secret from a match works', async ({ page }) => {
  await openApiAuthentication(page);
  const leaky = await createKey(page, 'Leaky');
  const current = await rotate(page, 'Leaky');
  const gone = await createKey(page, 'Gone');
  await choose(page, 'Gone', 'Delete');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  await expect(section(page).locator('.keys__name-text', { hasText: 'Gone' })).toHaveCount(0);

  const log = [
    '2026-12-02T10:00:00Z starting deploy',
    `2026-12-02T10:00:01Z ACCESS_KEY_ID=${leaky.id}`,
    `2026-12-02T10:00:01Z ACCESS_KEY_SECRET=${current}`,
    `2026-12-02T10:00:02Z retrying with the old one ${leaky.secret}`,
    `2026-12-02T10:00:03Z typo: ${mistype(current)}`,
    `2026-12-02T10:00:04Z from another account: ${gone.secret}`,
  ].join('\r\n');
  const dialog = await openLeakCheck(page);
  await dialog.getByRole('textbox', { name: 'Text to check' }).fill(log);
  await dialog.getByRole('button', { name: 'Check', exact: true }).click();
  const items = dialog.locator('.leak__item');
  await expect(items).toHaveCount(5);
  await expect(dialog.getByRole('status')).toHaveText('Pasted text: Read 6 lines: 5 findings, 2 secrets that still work.');
  await expect(items.nth(0)).toContainText('Line 2');
  await expect(items.nth(0)).toContainText('The access key ID of “Leaky”.');
  await expect(items.nth(1)).toContainText('Line 3');
  await expect(items.nth(1)).toContainText(`aks_••••••••${current.slice(-4)}`);
  await expect(items.nth(1)).toContainText('The current secret of “Leaky”.');
  await expect(items.nth(2)).toContainText('An old secret of “Leaky”, still accepted until');
  await expect(items.nth(2)).toContainText('(its grace period)');
  // An old secret still accepted can be revoked now or its key rotated, from the finding itself.
  await expect(items.nth(2).getByRole('button')).toHaveText(['Revoke old secret now', 'Rotate secret']);
  await expect(items.nth(3)).toContainText('Line 5');
  await expect(items.nth(3)).toContainText('Looks mistyped: it matches no key.');
  await expect(items.nth(4)).toContainText('Not a secret of this account.');
  // Only the last four characters of a secret are on screen.
  expect(await dialog.locator('.leak__results').textContent()).not.toContain(current.slice(4, 40));
  await expectNoAxeViolations(page, 'leak check findings');

  await items.nth(1).getByRole('button', { name: 'Rotate secret “Leaky”' }).click();
  await expect(dialog).toBeHidden();
  const rotateDialog = page.getByRole('dialog', { name: 'Rotate secret' });
  await expect(rotateDialog).toContainText('Leaky');
  await rotateDialog.getByRole('button', { name: 'Rotate' }).click();
  const newest = (await rotateDialog.locator('#new-access-key-secret').textContent()).trim();
  await rotateDialog.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Proceed' }).click();

  // Checked again, the leaked secret is now an old one, and the pasted text was forgotten.
  await openLeakCheck(page);
  await expect(dialog.getByRole('textbox', { name: 'Text to check' })).toHaveValue('');
  await dialog.getByRole('textbox', { name: 'Text to check' }).fill(`${current}\n${newest}`);
  await dialog.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(items.nth(0)).toContainText('An old secret of “Leaky”');
  await expect(items.nth(1)).toContainText('The current secret of “Leaky”.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  // Nothing read is left in the DOM, storage or URL (the fixture also checks for any secret at the end).
  const html = await page.content();
  expect(html).not.toContain(current.slice(-10));
  expect(await dumpStorage(page)).not.toContain(mistype(current));
});

test('files picked or dropped: UTF-16 and CRLF, a 20 MB log read in chunks, a file too large said plainly', async ({ page }) => {
  await openApiAuthentication(page);
  const key = await createKey(page, 'File key');
  await mkdir(scratch, { recursive: true });
  // A UTF-16 .env with a byte order mark and CRLF line ends.
  const env = `# File key\r\nACCESS_KEY_ID=${key.id}\r\nACCESS_KEY_SECRET=${key.secret}\r\n`;
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(env, 'utf16le')]);
  await writeFile(`${scratch}credentials.env`, utf16);
  // A 20 MB log with the secret at the end of its last line.
  const filler = '2026-12-02T12:00:00Z INFO request served in 12 ms path=/api/items status=200\n';
  const lines = Math.ceil((20 * 1024 * 1024) / filler.length);
  await writeFile(`${scratch}big.log`, filler.repeat(lines) + `ERROR auth failed ${key.secret}`);
  // A file over the limit (sparse: nothing is written).
  const huge = await open(`${scratch}huge.log`, 'w');
  await huge.truncate(51 * 1024 * 1024);
  await huge.close();

  const dialog = await openLeakCheck(page);
  await dialog.getByLabel('Files to check').setInputFiles([`${scratch}credentials.env`, `${scratch}big.log`, `${scratch}huge.log`]);
  await expect(dialog.locator('.leak__files li')).toHaveText([`credentials.env (${utf16.length} bytes)`, /^big\.log \(20\.\d MB\)$/, 'huge.log (51.0 MB)']);
  await dialog.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    '“huge.log” was not checked: it is 51.0 MB, and files up to 50.0 MB are checked. Check a part of it instead.',
    { timeout: 20_000 },
  );
  const sources = dialog.locator('.leak__source');
  await expect(sources).toHaveCount(2);
  await expect(sources.nth(0)).toContainText('credentials.env');
  await expect(sources.nth(0)).toContainText('Read 3 lines: 2 findings, 1 secret that still works.');
  await expect(sources.nth(0).locator('.leak__item').nth(1)).toContainText('Line 3');
  await expect(sources.nth(1)).toContainText(`Read ${(lines + 1).toLocaleString('en-US')} lines: 1 finding, 1 secret that still works.`);
  await expect(sources.nth(1).locator('.leak__item')).toContainText(`Line ${(lines + 1).toLocaleString('en-US')}`);
  await expect(sources.nth(1).locator('.leak__item')).toContainText('The current secret of “File key”.');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // A dropped file is read the same way.
  await openLeakCheck(page);
  await expect(dialog.locator('.leak__files li')).toHaveCount(0);
  await dialog.locator('.leak__drop').evaluate((zone, text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, `Name,Access key secret\r\nFile key,"${key.secret}"\r\n`);
  await expect(dialog.locator('.leak__files li')).toHaveText([/^dropped\.csv/]);
  await dialog.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(dialog.locator('.leak__source')).toContainText('Read 2 lines: 1 finding, 1 secret that still works.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('checking nothing says what to do; the leak check works offline', async ({ page, context }) => {
  await openApiAuthentication(page);
  await context.setOffline(true);
  const dialog = await openLeakCheck(page);
  await dialog.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Paste text or choose files to check.');
  await dialog.getByRole('textbox', { name: 'Text to check' }).fill('nothing secret here\n');
  await dialog.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText('Pasted text: Read 1 line: no access key secrets or IDs found.');
  await context.setOffline(false);
});
