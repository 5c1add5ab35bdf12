// Where a new user trips: each test fails without its fix. Expiry sorts soonest first; "Now" names the
// connections that stop; a search says when it matches hidden system-generated keys; "Select all" on a
// page and across pages, announced; the words for one key and for several.
import { test, expect, openApiAuthentication, createKey, checkCredentials, accessKeysSection as section } from './fixtures.mjs';
import { expectNoAxeViolations } from './axe.mjs';
import { accessKeys, putRecords } from '../../bench/seed.mjs';

const names = (page) => section(page).locator('tbody tr:not([hidden]) .keys__name-text');

async function openMenu(page, name, item) {
  await section(page).getByRole('button', { name: `More options for ${name}` }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

test('the first click on Expires lists the soonest expiry first', async ({ page }) => {
  await openApiAuthentication(page);
  const expires = section(page).getByRole('columnheader', { name: 'Expires' });
  await expires.getByRole('button').click();
  await expect(expires).toHaveAttribute('aria-sort', 'ascending');
  await expect(names(page)).toHaveText(['Data warehouse sync', 'Reporting dashboard', 'CI pipeline']);
  // Created and Last used still start with the newest.
  const created = section(page).getByRole('columnheader', { name: 'Created' });
  await created.getByRole('button').click();
  await expect(created).toHaveAttribute('aria-sort', 'descending');
});

test('rotating with "Now" says which connections stop at once', async ({ page }) => {
  await openApiAuthentication(page);
  await openMenu(page, 'CI pipeline', 'Rotate secret');
  const dialog = page.getByRole('dialog', { name: 'Rotate secret' });
  const grace = dialog.getByRole('combobox', { name: 'Old secret stays valid for' });
  const warning = dialog.getByText('The old secret stops working the moment you rotate', { exact: false });
  await expect(warning).toBeHidden();
  await grace.selectOption({ label: 'Now' });
  await expect(warning).toHaveText(
    'The old secret stops working the moment you rotate, and so do the 2 active connections that use it: '
      + 'GitHub Actions runner and Nightly backup job.',
  );
  await expectNoAxeViolations(page, 'rotate with no grace period');
  await grace.selectOption({ label: '24 hours' });
  await expect(warning).toBeHidden();
});

test('a search that matches only hidden system-generated keys says so and shows them on request', async ({ page }) => {
  await openApiAuthentication(page);
  await section(page).getByRole('searchbox', { name: 'Search access keys' }).fill('slack');
  await expect(section(page).getByText('No access key matches your search.')).toBeVisible();
  const hint = section(page).getByText('1 system-generated key matches.');
  await expect(hint).toBeVisible();
  await section(page).getByRole('button', { name: 'Show', exact: true }).click();
  await expect(section(page).getByRole('checkbox', { name: 'Show system-generated' })).toBeChecked();
  await expect(names(page)).toHaveText(['Slack']);
  await expect(hint).toBeHidden();
});

test('select all on this page, then every matching key across pages, with the count announced', async ({ page }) => {
  await openApiAuthentication(page);
  await page.evaluate(putRecords, { store: 'access_keys', records: accessKeys(60, (i) => `Paged key ${String(i).padStart(3, '0')}`) });
  await page.reload();
  const all = section(page).getByRole('checkbox', { name: 'Select all on this page' });
  const deleteSelected = section(page).getByRole('button', { name: /Delete selected/ });
  const said = section(page).locator('.keys__hint[role=status]');
  await all.check();
  await expect(said).toContainText('All 25 keys on this page are selected.');
  await expect(deleteSelected).toHaveText('Delete selected (25)');
  await expect(section(page).getByRole('checkbox', { name: 'Select Paged key 025' })).toBeChecked();
  await expectNoAxeViolations(page, 'a page selected');
  await section(page).getByRole('button', { name: 'Select all 63 matching keys' }).click();
  await expect(said).toContainText('All 63 matching keys are selected.');
  await expect(deleteSelected).toHaveText('Delete selected (63)');
  // One row unticked: the header box is mixed, and the count is said.
  await section(page).getByRole('checkbox', { name: 'Select Paged key 001' }).uncheck();
  await expect(said).toContainText('62 keys selected.');
  expect(await all.evaluate((box) => [box.checked, box.indeterminate])).toEqual([false, true]);
  // The selection holds across pages, and the delete asks about all of them, in the plural.
  await section(page).getByRole('navigation', { name: 'Pages of access keys' }).getByRole('button', { name: 'Next' }).click();
  await expect(section(page).getByRole('checkbox', { name: 'Select Paged key 026' })).toBeChecked();
  await deleteSelected.click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete 62 access keys?' });
  await expect(confirm).toContainText('will be deleted permanently, and their connections are revoked.');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await section(page).getByRole('navigation', { name: 'Pages of access keys' }).getByRole('button', { name: 'Previous' }).click();
  await section(page).getByRole('checkbox', { name: 'Select Paged key 001' }).check();
  await section(page).getByRole('button', { name: 'Clear selection' }).click();
  await expect(deleteSelected).toHaveText('Delete selected (0)');
  await expect(said).toHaveText('', { useInnerText: true });
  await expect(all).not.toBeChecked();
});

test('the expiry banner speaks of one key as "this key" and of an expired key as no longer working', async ({ page }) => {
  await openApiAuthentication(page);
  const banner = section(page).getByRole('note', { name: 'Expiring access keys' });
  await expect(banner).toHaveText(
    'Data warehouse sync has expired and Reporting dashboard expires in 5 days. Replace the expired keys, and rotate '
      + 'or replace the others before anything that uses them breaks.',
  );
  await openMenu(page, 'Data warehouse sync', 'Delete');
  await page.getByRole('alertdialog', { name: 'Delete access key?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(banner).toHaveText(
    'Reporting dashboard expires in 5 days. Rotate or replace this key before anything that uses it breaks.',
  );
});

test('one unused key is disabled by "Disable 1 key"', async ({ page }) => {
  const day0 = Date.parse('2026-12-02T12:00:00Z');
  await page.clock.setFixedTime(new Date(day0));
  await openApiAuthentication(page);
  // 91 days after the demo was made, only "CI pipeline" has gone unused (the expired and system keys
  // are not counted).
  await page.clock.setFixedTime(new Date(day0 + 91 * 86_400_000));
  await page.reload();
  const notice = section(page).getByRole('note', { name: 'Unused access keys' });
  await expect(notice).toContainText('1 access key has not been used for 90 days or more.');
  await notice.getByRole('button', { name: 'Disable 1 key' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Disable unused access keys?' });
  await expect(confirm).toContainText('This key stops working until you enable it again:');
  await confirm.getByRole('button', { name: 'Disable all' }).click();
  await expect(notice).toBeHidden();
});

test('an empty client address is asked for in words', async ({ page }) => {
  await openApiAuthentication(page);
  const { id, secret } = await createKey(page, 'Address check');
  await section(page).getByRole('button', { name: 'Test access key' }).click();
  const dialog = page.getByRole('dialog', { name: 'Test access key' });
  await dialog.getByRole('textbox', { name: 'Access key ID' }).fill(id);
  await dialog.getByLabel('Access key secret', { exact: true }).fill(secret);
  await dialog.getByRole('textbox', { name: 'Client name' }).fill('Smoke test');
  await dialog.getByRole('textbox', { name: 'Client IP address' }).fill(' ');
  await dialog.getByRole('button', { name: 'Connect' }).click();
  await expect(dialog.getByRole('alert')).toHaveText("Enter the client's IP address, such as 203.0.113.10.");
});

test('the secret step takes focus, and the pager never leaves it on a disabled button', async ({ page }) => {
  await openApiAuthentication(page);
  await section(page).getByRole('button', { name: 'Create access key' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create access key' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Focused');
  await dialog.getByRole('textbox', { name: 'Name' }).press('Enter');
  await expect(dialog.getByRole('button', { name: 'Copy access key ID' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Proceed' }).click();

  await page.evaluate(putRecords, { store: 'access_keys', records: accessKeys(30, (i) => `Paged key ${String(i).padStart(3, '0')}`) });
  await page.reload();
  const pager = section(page).getByRole('navigation', { name: 'Pages of access keys' });
  await pager.getByRole('button', { name: 'Next' }).focus();
  await page.keyboard.press('Enter');
  await expect(pager.getByRole('button', { name: 'Next' })).toBeDisabled();
  await expect(pager.getByRole('button', { name: 'Previous' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(pager.getByRole('button', { name: 'Next' })).toBeFocused();
});

test('an old secret in its grace period can be revoked now, asked first and logged', async ({ page }) => {
  await openApiAuthentication(page);
  const { id, secret: old } = await createKey(page, 'Grace key');
  await openMenu(page, 'Grace key', 'Rotate secret');
  const rotate = page.getByRole('dialog', { name: 'Rotate secret' });
  await rotate.getByRole('button', { name: 'Rotate' }).click();
  await rotate.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Proceed' }).click();
  let check = await checkCredentials(page, id, old);
  await expect(check.getByRole('status')).toContainText('Connected');
  await check.getByRole('button', { name: 'Close' }).click();

  await openMenu(page, 'Grace key', 'Revoke old secret now');
  const confirm = page.getByRole('alertdialog', { name: 'Revoke the old secret now?' });
  await expect(confirm).toContainText('The old secret of “Grace key” stops working now');
  await expectNoAxeViolations(page, 'revoke the old secret');
  await confirm.getByRole('button', { name: 'Revoke old secret' }).click();
  await expect(page.getByText('The old secret of “Grace key” was revoked.')).toBeVisible();
  check = await checkCredentials(page, id, old);
  await expect(check.getByRole('alert')).toHaveText(
    'The secret does not match this access key ID. Check that the ID and the secret belong together.',
  );
  await check.getByRole('button', { name: 'Close' }).click();
  // Offered only while there is an old secret to revoke; the log says what happened.
  await section(page).getByRole('button', { name: 'More options for Grace key' }).click();
  await expect(page.getByRole('menuitem', { name: 'Revoke old secret now' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Activity log' })).toContainText('Old secret revoked before its grace period ended');
  // The leak check still knows the revoked secret as this key's, and since when it no longer works.
  await section(page).getByRole('button', { name: 'Check for leaked secrets' }).click();
  const leak = page.getByRole('dialog', { name: 'Check for leaked secrets' });
  await leak.getByRole('textbox', { name: 'Text to check' }).fill(`SECRET=${old}`);
  await leak.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(leak.locator('.leak__item')).toContainText('An old secret of “Grace key”, no longer valid since');
  await expect(leak.locator('.leak__item')).not.toContainText('Not a secret of this account');
  await expect(leak.locator('.leak__item').getByRole('button')).toHaveCount(0);
  await leak.getByRole('button', { name: 'Close' }).click();
});

test('disabling a key that connections use asks first, names them, pauses them, and can be undone', async ({ page }) => {
  await openApiAuthentication(page);
  await openMenu(page, 'CI pipeline', 'Disable');
  const confirm = page.getByRole('alertdialog', { name: 'Disable access key?' });
  await expect(confirm).toContainText(
    '“CI pipeline” stops working until you enable it again, and so do its 2 active connections: '
      + 'GitHub Actions runner and Nightly backup job.',
  );
  await expectNoAxeViolations(page, 'disable with connections');
  await confirm.getByRole('button', { name: 'Disable' }).click();
  const row = section(page).getByRole('row', { name: /CI pipeline/ });
  await expect(row).toContainText('Disabled');
  await expect(row).not.toContainText('Active');
  await expect(row).toContainText('2 connections paused');
  const toast = page.getByRole('status').filter({ hasText: 'Access key “CI pipeline” disabled.' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Access key “CI pipeline” enabled.' })).toBeVisible();
  await expect(row).toContainText('2 active connections');
  await expect(row).not.toContainText('Disabled');
  // A key nobody connects with is disabled at once.
  await openMenu(page, 'Data warehouse sync', 'Disable');
  await expect(section(page).getByRole('row', { name: /Data warehouse sync/ })).toContainText('Disabled');
  await expect(confirm).toBeHidden();
});

test('an expired key is brought back to work by rotating it with a new expiry period', async ({ page }) => {
  await openApiAuthentication(page);
  // A key that has not expired keeps its own period by default.
  await openMenu(page, 'CI pipeline', 'Rotate secret');
  let dialog = page.getByRole('dialog', { name: 'Rotate secret' });
  await expect(dialog.getByRole('combobox', { name: 'Expiry period' })).toHaveValue('365');
  await expect(dialog.getByRole('combobox', { name: 'Old secret stays valid for' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await openMenu(page, 'Data warehouse sync', 'Rotate secret');
  dialog = page.getByRole('dialog', { name: 'Rotate secret' });
  await expect(dialog).toContainText('This key has expired, so its old secret no longer works: it gets no grace period.');
  await expect(dialog.getByRole('combobox', { name: 'Old secret stays valid for' })).toBeHidden();
  await dialog.getByRole('combobox', { name: 'Expiry period' }).selectOption('90');
  await expect(dialog).toContainText('The key will expire on');
  await expectNoAxeViolations(page, 'rotate an expired key');
  await dialog.getByRole('button', { name: 'Rotate' }).click();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Proceed' }).click();
  const row = section(page).getByRole('row', { name: /Data warehouse sync/ });
  await expect(row).toContainText('Active');
  await expect(row).not.toContainText('Expired');
  await expect(row).not.toContainText('Old secret valid until');
  await expect(section(page).getByRole('note', { name: 'Expiring access keys' })).not.toContainText('Data warehouse sync');
});

test('emoji names are names: a joined emoji and a flag are accepted, a hidden character is named', async ({ page }) => {
  await openApiAuthentication(page);
  for (const name of ['Dev 👩\u200D💻', 'Berlin 🇩🇪']) {
    await createKey(page, name);
    await expect(section(page).getByRole('rowheader', { name: new RegExp(name) })).toBeVisible();
  }
  await section(page).getByRole('button', { name: 'Create access key' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create access key' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('hid\u200Bden');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog).toContainText('U+200B zero width space after “hid”');
});

test('a restricted key with no access to anything is not saved, and the dialog says why', async ({ page }) => {
  await openApiAuthentication(page);
  const before = await names(page).count();
  await section(page).getByRole('button', { name: 'Create access key' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create access key' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Idle key');
  const permissions = dialog.getByRole('group', { name: 'Permissions' });
  await permissions.getByRole('radio', { name: /^Restricted/ }).check();
  await permissions.getByRole('button', { name: 'No access' }).click();
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: 'this key could do nothing' })).toBeVisible();
  await expect(dialog.locator('#new-access-key-secret')).toHaveCount(0);
  await permissions.getByRole('combobox', { name: 'Boards' }).selectOption({ label: 'Read' });
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog.locator('#new-access-key-secret')).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Proceed' }).click();
  await expect(names(page)).toHaveCount(before + 1);
});

test('the legacy keys predate their deprecation, and the FAQ speaks of the date as passed', async ({ page }) => {
  await openApiAuthentication(page);
  const legacy = page.getByRole('region', { name: 'API keys' });
  for (const cell of await legacy.locator('td[data-label="Created"]').allTextContents()) {
    expect(new Date(cell).getTime(), cell).toBeLessThan(Date.parse('2023-07-15'));
  }
  await legacy.getByText('Troubleshooting API keys').click();
  await legacy.getByText('Is there a deadline').click();
  await expect(legacy).toContainText('Yes, and it has passed: API keys have been deprecated across all accounts since Jul 15, 2023');
});

test('leaving the page while a secret is on screen asks first; once it is gone, it does not', async ({ page }) => {
  await openApiAuthentication(page);
  await section(page).getByRole('button', { name: 'Create access key' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create access key' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Guarded');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog.getByRole('button', { name: 'Done' })).toBeVisible();
  const asked = [];
  page.on('dialog', async (question) => {
    asked.push(question.type());
    await question.dismiss();
  });
  // A reload is stopped by the question (dismissed: the page and its secret stay).
  await page.evaluate(() => { setTimeout(() => location.reload(), 0); });
  await expect.poll(() => asked).toEqual(['beforeunload']);
  await expect(dialog.locator('#new-access-key-secret')).toHaveText(/^aks_/);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Proceed' }).click();
  await page.reload();
  await expect(section(page).getByRole('rowheader', { name: /Guarded/ })).toBeVisible();
  expect(asked).toEqual(['beforeunload']);
});

test('Account settings has the settings navigation, with a way back', async ({ page }) => {
  await page.goto('/account-settings');
  const settings = page.getByRole('navigation', { name: 'My settings' });
  await expect(settings.getByRole('link', { name: 'Account settings' })).toHaveAttribute('aria-current', 'page');
  await settings.getByRole('link', { name: 'API authentication' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'API authentication' })).toBeVisible();
  await expect(settings.getByRole('link', { name: 'API authentication' })).toHaveAttribute('aria-current', 'page');
});

test('Test access key: the secret is hidden until Show; one connection per client; every refusal is logged with who tried', async ({ page }) => {
  await openApiAuthentication(page);
  const { id, secret } = await createKey(page, 'Checked key');
  let dialog = await checkCredentials(page, id, secret, 'Build bot');
  const secretField = dialog.getByLabel('Access key secret', { exact: true });
  await expect(secretField).toHaveAttribute('type', 'password');
  await dialog.getByRole('button', { name: 'Show' }).click();
  await expect(secretField).toHaveAttribute('type', 'text');
  await expect(dialog.getByRole('button', { name: 'Hide' })).toBeVisible();
  await expectNoAxeViolations(page, 'test access key, secret shown');
  await expect(dialog.getByRole('status')).toContainText('Connected');
  // The same client again: still one connection.
  await dialog.getByRole('button', { name: 'Connect' }).click();
  await expect(dialog.getByRole('status')).toContainText('Connected');
  // A mistyped secret, and an ID that is no key of this account: refused, and logged under the ID tried.
  const unknown = 'Ak00000000-0000-4000-8000-000000000000';
  dialog = await checkCredentials(page, id, `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`, 'Build bot');
  await expect(dialog.getByRole('alert')).not.toBeEmpty();
  dialog = await checkCredentials(page, unknown, secret, 'Stranger');
  await expect(dialog.getByRole('alert')).toContainText(unknown);
  await dialog.getByRole('button', { name: 'Close' }).click();
  const row = section(page).getByRole('row', { name: /Checked key/ });
  await expect(row).toContainText('1 active connection');

  const log = page.getByRole('region', { name: 'Activity log' });
  // The filter draws its options when it is first used, as a user does.
  await log.getByRole('combobox', { name: 'Access key' }).focus();
  await log.getByRole('combobox', { name: 'Access key' }).selectOption({ label: 'Checked key' });
  const entries = log.getByRole('listitem');
  await expect(entries.filter({ hasText: 'Connection established' })).toHaveCount(1);
  await expect(entries.filter({ hasText: 'Connection established' })).toContainText('“Build bot” from 203.0.113.10');
  await expect(entries.filter({ hasText: 'Refused a call' })).toHaveCount(1);
  await expect(entries.filter({ hasText: 'Created' })).toContainText('You, in this browser');
  await log.getByRole('combobox', { name: 'Access key' }).selectOption({ label: `${unknown} (unknown ID)` });
  await expect(entries).toHaveCount(1);
  await expect(entries).toContainText('Refused a call from 203.0.113.10');
  await expect(entries).toContainText('“Stranger” from 203.0.113.10');
});

test('the answer for a deleted key writes its date as the page does', async ({ page }) => {
  await openApiAuthentication(page);
  const { id, secret } = await createKey(page, 'Soon gone');
  await openMenu(page, 'Soon gone', 'Delete');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  const dialog = await checkCredentials(page, id, secret);
  const answer = dialog.getByRole('alert');
  await expect(answer).toContainText('This access key was deleted on');
  const today = await page.evaluate(() => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date()));
  await expect(answer).toContainText(today);
  await expect(answer).not.toContainText(/\d{4}-\d\d-\d\d/);
});

test('Escape or Cancel on a typed form asks before discarding; an untouched one closes at once', async ({ page }) => {
  await openApiAuthentication(page);
  const open = () => section(page).getByRole('button', { name: 'Create access key' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create access key' });
  await open();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await open();
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Half typed');
  await page.keyboard.press('Escape');
  const question = dialog.getByRole('alert').filter({ hasText: 'Discard what you typed?' });
  await expect(question).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await expectNoAxeViolations(page, 'discard question');
  // Escape again keeps editing: nothing typed is lost.
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Half typed');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toBeVisible();
  await dialog.getByRole('button', { name: 'Discard' }).click();
  await expect(dialog).toBeHidden();
  await open();
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('');
  await expect(question).toBeHidden();
});

test('leaving Account settings with unsaved changes asks first', async ({ page }) => {
  await page.goto('/account-settings');
  const policy = page.getByRole('region', { name: 'Access key expiry' });
  await policy.getByRole('checkbox', { name: '7 days' }).check();
  let asked = '';
  page.once('dialog', (question) => {
    asked = question.message();
    question.dismiss();
  });
  await page.getByRole('navigation', { name: 'My settings' }).getByRole('link', { name: 'API authentication' }).click();
  expect(asked).toBe('Leave this page? Your changes have not been saved.');
  await expect(page).toHaveURL(/account-settings/);
  await expect(policy.getByRole('checkbox', { name: '7 days' })).toBeChecked();
  // Saved, the page is left without a question.
  await policy.getByRole('button', { name: 'Save' }).click();
  await expect(policy.getByRole('status')).toContainText('Saved');
  await page.getByRole('navigation', { name: 'My settings' }).getByRole('link', { name: 'API authentication' }).click();
  await expect(page).toHaveURL(/api-authentication/);
});

test('a long description can be read whole without hovering; a toast does not cover the row it is about', async ({ page }) => {
  await openApiAuthentication(page);
  const long = 'Runs the nightly export of every board to the warehouse. '.repeat(4).trim();
  await page.evaluate(putRecords, { store: 'access_keys', records: accessKeys(24, (i) => `Filler ${String(i).padStart(2, '0')}`, (i) => (i === 1 ? { description: long } : {})) });
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.reload();
  const first = section(page).getByRole('row', { name: /Filler 01/ });
  const more = first.getByRole('button', { name: 'Show more of the description of Filler 01' });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  const clamped = (await first.locator('.keys__description').boundingBox()).height;
  await more.click();
  await expect(first.getByRole('button', { name: 'Show less of the description of Filler 01' })).toHaveAttribute('aria-expanded', 'true');
  expect((await first.locator('.keys__description').boundingBox()).height).toBeGreaterThan(clamped);
  await expectNoAxeViolations(page, 'a long description shown whole');

  // Renaming the last row of the page, scrolled to the bottom of the window: the toast leaves it in view.
  const last = section(page).getByRole('row', { name: /Filler 24/ });
  await last.evaluate((row) => window.scrollBy(0, row.getBoundingClientRect().bottom - window.innerHeight + 2));
  await section(page).getByRole('button', { name: 'More options for Filler 24' }).click();
  await page.getByRole('menuitem', { name: 'Rename' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename access key' });
  await rename.getByRole('textbox', { name: 'Name' }).fill('Filler 24 renamed');
  await rename.getByRole('button', { name: 'Save' }).click();
  const toast = page.locator('.toast').filter({ hasText: 'Renamed to “Filler 24 renamed”.' });
  await expect(toast).toBeVisible();
  const row = section(page).getByRole('row', { name: /Filler 24 renamed/ });
  await expect.poll(async () => {
    const [r, t] = [await row.boundingBox(), await toast.boundingBox()];
    return r.y + r.height <= t.y || r.y >= t.y + t.height || r.x + r.width <= t.x;
  }).toBe(true);
});

test('"Create access key" is above the fold at 1280 × 900 and one step away at 390 px; section links lead to each section', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApiAuthentication(page);
  const links = page.getByRole('navigation', { name: 'On this page' });
  await expect(links.getByRole('link')).toHaveText(['Account identifiers', 'Debug session key', 'API keys', 'Access keys', 'Activity log']);
  const top = page.getByRole('button', { name: 'Create access key' }).first();
  const box = await top.boundingBox();
  expect(box.y + box.height).toBeLessThan(900);
  await top.click();
  await expect(page.getByRole('dialog', { name: 'Create access key' })).toBeVisible();
  await page.keyboard.press('Escape');
  // The legacy API keys take little room: their questions are folded.
  await expect(page.getByRole('region', { name: 'API keys' }).getByText('Is there a deadline')).toBeHidden();

  await page.setViewportSize({ width: 390, height: 844 });
  const phoneBox = await top.boundingBox();
  expect(phoneBox.y + phoneBox.height).toBeLessThan(844);
  await expectNoAxeViolations(page, 'section links at 390 px');
  await links.getByRole('link', { name: 'Access keys' }).click();
  await expect(page).toHaveURL(/#access-keys$/);
  await expect.poll(() => section(page).evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(60);
  await expect(section(page).getByRole('button', { name: 'Create access key' })).toBeInViewport();
});
