// Access keys end to end: create (every step), copy, download, reload, rename, delete, bad names,
// hostile names, and a dump of all browser storage that must hold no secret.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { test, expect, openApiAuthentication, dumpStorage, accountId } from './fixtures.mjs';

const SECRET = /^aks_[0-9A-Za-z]{49}$/;
const ID = /^Ak[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function section(page) {
  return page.getByRole('region', { name: 'Access keys' });
}

function createDialog(page) {
  return page.getByRole('dialog', { name: 'Create access key' });
}

function rowNames(page) {
  return section(page).locator('tbody tr:not([hidden]) th[scope=row] .keys__name-text');
}

/** Opens the dialog, fills the name, presses Create; returns the dialog. */
async function submitName(page, name) {
  await section(page).getByRole('button', { name: 'Create access key' }).click();
  const dialog = createDialog(page);
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  return dialog;
}

test('create → copy → download → Done → alert → Proceed, and only the hash is stored', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApiAuthentication(page);
  const opener = section(page).getByRole('button', { name: 'Create access key' });
  await opener.click();
  const dialog = createDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toBeFocused();
  const expiry = dialog.getByRole('combobox', { name: 'Expiry period' });
  await expect(expiry).toHaveValue('90');
  await expect(expiry.locator('option')).toHaveText(['30 days', '60 days', '90 days', '180 days', '365 days', 'Custom date']);
  await expect(dialog.getByRole('link', { name: 'Learn more' })).toHaveAttribute('href', /account-settings#access-key-expiry/);

  const name = 'Deploy, "prod"';
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await expiry.selectOption('30');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();

  const id = (await dialog.locator('#new-access-key-id').textContent()).trim();
  const secret = (await dialog.locator('#new-access-key-secret').textContent()).trim();
  expect(id).toMatch(ID);
  expect(secret).toMatch(SECRET);
  await expect(dialog).toContainText('will not be shown again');
  await expect(dialog).toContainText('same operations as you');
  await expect(dialog.locator('#new-access-key-curl')).toContainText(`X-Access-Key-Secret: ${secret}`);

  // The key is stored before the secret is shown.
  expect(await dumpStorage(page)).toContain(id);

  await dialog.getByRole('button', { name: 'Copy access key ID' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(id);
  await dialog.getByRole('button', { name: 'Copy access key secret' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);

  const csvDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download credentials' }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toBe('deploy-prod-access-key.csv');
  const csvText = await readFile(await csv.path(), 'utf8');
  const [header, row] = csvText.split('\r\n');
  expect(header).toBe('Name,Access key ID,Access key secret,Expires at,Description,Account ID,API base URL');
  const account = (await accountId(page).textContent()).trim();
  expect(row).toMatch(new RegExp(
    `^"Deploy, ""prod""",${id},${secret},\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ,,${account},https://[a-z0-9.-]+/user/2/${account}$`,
  ));

  await dialog.getByRole('combobox', { name: 'File format' }).selectOption('json');
  const jsonDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download credentials' }).click();
  const json = await jsonDownload;
  expect(json.suggestedFilename()).toBe('deploy-prod-access-key.json');
  const parsed = JSON.parse(await readFile(await json.path(), 'utf8'));
  expect(parsed).toMatchObject({ name, access_key_id: id, access_key_secret: secret, account_id: account });
  expect(parsed.api_base_url).toMatch(new RegExp(`^https://[a-z0-9.-]+/user/2/${account}$`));

  // The .env file: every value single-quoted under a FLOWDECK_ name, the expiry included.
  await dialog.getByRole('combobox', { name: 'File format' }).selectOption('env');
  const envDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download credentials' }).click();
  const envText = await readFile(await (await envDownload).path(), 'utf8');
  const env = envText.split('\n').filter((line) => line && !line.startsWith('#'));
  expect(env.map((line) => line.split('=')[0])).toEqual([
    'FLOWDECK_ACCOUNT_ID', 'FLOWDECK_API_BASE_URL', 'FLOWDECK_ACCESS_KEY_ID', 'FLOWDECK_ACCESS_KEY_SECRET', 'FLOWDECK_ACCESS_KEY_EXPIRES_AT',
  ]);
  expect(env).toContain(`FLOWDECK_ACCESS_KEY_SECRET='${secret}'`);
  expect(env).toContain(`FLOWDECK_ACCOUNT_ID='${account}'`);

  // Done → the alert; Go back returns to the secret; Escape goes through the same alert.
  await dialog.getByRole('button', { name: 'Done' }).click();
  const alert = page.getByRole('alertdialog', { name: "You won't see this secret again" });
  await expect(alert).toBeVisible();
  await alert.getByRole('button', { name: 'Go back' }).click();
  await expect(alert).toBeHidden();
  await expect(dialog.locator('#new-access-key-secret')).toHaveText(secret);
  await page.keyboard.press('Escape');
  await expect(alert).toBeVisible();
  await alert.getByRole('button', { name: 'Proceed' }).click();

  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  await expect(rowNames(page).first()).toHaveText(name);
  const listed = section(page).locator('tbody tr:not([hidden])').filter({ hasText: name });
  await expect(listed).toContainText(id);
  await expect(listed).toContainText('Active');
  await expect(listed).toContainText('Never');
  expect(await page.content()).not.toContain(secret);

  const stored = await dumpStorage(page);
  expect(stored).not.toContain(secret);
  expect(stored).not.toContain(secret.slice(4, 47));
  expect(stored).toContain(createHash('sha256').update(secret).digest('hex'));

  await page.reload();
  await expect(rowNames(page).first()).toHaveText(name);
  await expect(section(page)).toContainText(id);
});

test('Escape or Cancel on the form creates nothing', async ({ page }) => {
  await openApiAuthentication(page);
  const before = await rowNames(page).count();
  await section(page).getByRole('button', { name: 'Create access key' }).click();
  await createDialog(page).getByRole('textbox', { name: 'Name' }).fill('Never made');
  // What was typed is discarded only once the user says so.
  await page.keyboard.press('Escape');
  await createDialog(page).getByRole('button', { name: 'Discard' }).click();
  await expect(createDialog(page)).toBeHidden();
  await section(page).getByRole('button', { name: 'Create access key' }).click();
  await expect(createDialog(page).getByRole('textbox', { name: 'Name' })).toHaveValue('');
  await createDialog(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(createDialog(page)).toBeHidden();
  await expect(rowNames(page)).toHaveCount(before);
  await expect(section(page)).not.toContainText('Never made');
});

test('each bad name gets its own message beside the field and nothing is created', async ({ page }) => {
  await openApiAuthentication(page);
  const before = await rowNames(page).count();
  const cases = [
    ['   ', 'Enter a name for the access key.'],
    ['x'.repeat(65), 'Use at most 64 characters; this name has 65.'],
    ['ci PIPELINE', 'An access key named "CI pipeline" already exists. Choose another name.'],
    ['tab\there', 'A name cannot contain control characters such as line breaks or tabs.'],
    ['zero\u200bwidth', 'A name cannot contain invisible or text-direction characters: U+200B zero width space after “zero”.'],
    ['evil\u202Etxt', 'A name cannot contain invisible or text-direction characters'],
    ['p'.repeat(10_000), 'Use at most 64 characters; this name has 10,000.'],
  ];
  for (const [name, message] of cases) {
    const dialog = await submitName(page, name);
    const field = dialog.getByRole('textbox', { name: 'Name' });
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    const describedBy = (await field.getAttribute('aria-describedby')).split(' ');
    const error = page.locator(`[id="${describedBy[0]}"]`);
    await expect(error).toBeVisible();
    await expect(error).toContainText(message);
    await expect(dialog.locator('#new-access-key-secret')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Discard' }).click();
    await expect(dialog).toBeHidden();
  }
  await expect(rowNames(page)).toHaveCount(before);
});

test('a name with HTML or emoji renders as text', async ({ page }) => {
  await openApiAuthentication(page);
  for (const name of ['<img src=x onerror="window.__pwned=1"><b>bold</b>', '🔑'.repeat(64)]) {
    const dialog = await submitName(page, name);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Proceed' }).click();
    await expect(rowNames(page).first()).toHaveText(name);
  }
  await expect(section(page).locator('tbody img, tbody b')).toHaveCount(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});

test('a custom date past the policy maximum is refused with the last allowed date', async ({ page }) => {
  await openApiAuthentication(page);
  await section(page).getByRole('button', { name: 'Create access key' }).click();
  const dialog = createDialog(page);
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Custom expiry');
  await dialog.getByRole('combobox', { name: 'Expiry period' }).selectOption('custom');
  const date = dialog.getByLabel('Expiry date');
  const tooLate = new Date(Date.now() + 400 * 86_400_000).toISOString().slice(0, 10);
  await date.fill(tooLate);
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog.getByText(/allows keys to live at most 365 days: choose \d{4}-\d\d-\d\d or earlier/)).toBeVisible();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  const fine = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  await date.fill(fine);
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog.locator('#new-access-key-secret')).toHaveText(SECRET);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Proceed' }).click();
  await expect(section(page).getByRole('row', { name: /Custom expiry/ })).toContainText('Active');
});

test('rename keeps the rules, and the new name survives a reload', async ({ page }) => {
  await openApiAuthentication(page);
  await section(page).getByRole('button', { name: 'More options for CI pipeline' }).click();
  await page.getByRole('menuitem', { name: 'Rename' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename access key' });
  const field = dialog.getByRole('textbox', { name: 'Name' });
  await expect(field).toHaveValue('CI pipeline');
  await field.fill('reporting DASHBOARD');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toContainText('An access key named "Reporting dashboard" already exists.');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.fill('  Build pipeline  ');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(rowNames(page)).toContainText(['Build pipeline']);
  await expect(rowNames(page)).not.toContainText(['CI pipeline']);
  await page.reload();
  await expect(rowNames(page)).toContainText(['Build pipeline']);
});

test('delete asks first, names the key, and is permanent', async ({ page }) => {
  await openApiAuthentication(page);
  const more = section(page).getByRole('button', { name: 'More options for Data warehouse sync' });
  await more.click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete access key?' });
  await expect(confirm).toContainText('Data warehouse sync');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(rowNames(page)).toContainText(['Data warehouse sync']);

  await more.click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(rowNames(page)).not.toContainText(['Data warehouse sync']);
  await page.reload();
  await expect(rowNames(page).first()).toBeVisible();
  await expect(rowNames(page)).not.toContainText(['Data warehouse sync']);
});
