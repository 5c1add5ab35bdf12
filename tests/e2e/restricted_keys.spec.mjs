// Keys that can do only what they need: a description, permissions and allowed IP addresses, from the
// create dialog to the credential check's refusals (each recorded with the address), "Edit permissions",
// "Create similar", a system key's read-only permissions, a reload and a v2 → v3 migration.
import { readFile } from 'node:fs/promises';
import { test, expect, openApiAuthentication, accessKeysSection as section } from './fixtures.mjs';
import { expectNoAxeViolations } from './axe.mjs';

function row(page, name) {
  return section(page).locator('tbody tr:not([hidden])').filter({ has: page.locator('.keys__name-text', { hasText: new RegExp(`^${name.replace(/[()]/g, '\\$&')}$`) }) });
}

async function choose(page, keyName, item) {
  await section(page).getByRole('button', { name: `More options for ${keyName}` }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** Fills the create dialog with a restricted, IP-pinned key; returns the dialog (not yet submitted). */
async function fillRestricted(page, name) {
  await section(page).getByRole('button', { name: 'Create access key' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create access key' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('textbox', { name: /^Description/ }).fill('Deploys the site from CI.\nOwner: platform team');
  const permissions = dialog.getByRole('group', { name: 'Permissions' });
  await expect(permissions.getByRole('radio', { name: /^Full access/ })).toBeChecked();
  await permissions.getByRole('radio', { name: /^Restricted/ }).check();
  await permissions.getByRole('button', { name: 'No access' }).click();
  await permissions.getByRole('combobox', { name: 'Processes' }).selectOption({ label: 'Read and write' });
  await permissions.getByRole('combobox', { name: 'Boards' }).selectOption({ label: 'Read' });
  await dialog.getByRole('textbox', { name: /^Allowed IP addresses/ }).fill('203.0.113.0/24\n2001:db8::/32');
  return dialog;
}

/** Runs "Test access key" for one call; returns the dialog. */
async function tryCall(page, { id, secret, address, resource, access }) {
  const dialog = page.getByRole('dialog', { name: 'Test access key' });
  if (!(await dialog.isVisible())) await section(page).getByRole('button', { name: 'Test access key' }).click();
  await dialog.getByRole('textbox', { name: 'Access key ID' }).fill(id);
  await dialog.getByLabel('Access key secret', { exact: true }).fill(secret);
  await dialog.getByRole('textbox', { name: 'Client name' }).fill('Deploy runner');
  await dialog.getByRole('textbox', { name: 'Client IP address' }).fill(address);
  await dialog.getByRole('combobox', { name: 'Resource' }).selectOption({ label: resource });
  await dialog.getByRole('combobox', { name: 'Access' }).selectOption({ label: access });
  await dialog.getByRole('button', { name: 'Connect' }).click();
  return dialog;
}

test('a restricted, IP-pinned key is refused from the wrong address and for a write it may not make, accepted for what it may', async ({ page }) => {
  await openApiAuthentication(page);
  const dialog = await fillRestricted(page, 'Scoped deploy');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  const id = (await dialog.locator('#new-access-key-id').textContent()).trim();
  const secret = (await dialog.locator('#new-access-key-secret').textContent()).trim();
  await expect(dialog.locator('.reveal .banner')).toContainText('as far as its permissions allow (Processes: Read and write; Boards: Read)');

  // Every credentials file carries the description.
  const csvDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download credentials' }).click();
  const csv = await readFile(await (await csvDownload).path(), 'utf8');
  expect(csv.split('\r\n')[0]).toBe('Name,Access key ID,Access key secret,Expires at,Description,Account ID,API base URL');
  expect(csv).toContain('"Deploys the site from CI.\nOwner: platform team"');
  await dialog.getByRole('combobox', { name: 'File format' }).selectOption('json');
  const jsonDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download credentials' }).click();
  expect(JSON.parse(await readFile(await (await jsonDownload).path(), 'utf8')).description).toBe('Deploys the site from CI.\nOwner: platform team');
  await dialog.getByRole('combobox', { name: 'File format' }).selectOption('env');
  const envDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download credentials' }).click();
  const env = await readFile(await (await envDownload).path(), 'utf8');
  expect(env.split('\n').slice(0, 3)).toEqual(['# Scoped deploy', '# Deploys the site from CI.', '# Owner: platform team']);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Proceed' }).click();

  const listed = row(page, 'Scoped deploy');
  await expect(listed.locator('.keys__description')).toHaveText('Deploys the site from CI.\nOwner: platform team');
  await expect(listed.locator('.keys__access')).toHaveText('Restricted: 2 resources · 2 allowed IP addresses');

  // The answers, in their order.
  let test = await tryCall(page, { id, secret, address: '198.51.100.7', resource: 'Boards', access: 'Write' });
  await expect(test.getByRole('alert')).toHaveText("198.51.100.7 is not in this key's allowed IP addresses.");
  test = await tryCall(page, { id, secret, address: '203.0.113.10', resource: 'Boards', access: 'Write' });
  await expect(test.getByRole('alert')).toHaveText('This key can read Boards but not write them.');
  test = await tryCall(page, { id, secret, address: '2001:db8::5', resource: 'Users', access: 'Read' });
  await expect(test.getByRole('alert')).toHaveText('This key has no access to Users.');
  test = await tryCall(page, { id, secret, address: '203.0.113.10', resource: 'Boards', access: 'Read' });
  await expect(test.getByRole('status')).toHaveText('Connected: "Deploy runner" can now read Boards with this access key.');
  test = await tryCall(page, { id, secret, address: '203.0.113.99', resource: 'Processes', access: 'Write' });
  await expect(test.getByRole('status')).toContainText('can now write Processes');
  await test.getByRole('button', { name: 'Close' }).click();
  // The same client twice: one connection, used again.
  await expect(listed).toContainText('1 active connection');

  // Each refusal is in the key's activity log with its address; no connection was made for them.
  await choose(page, 'Scoped deploy', 'Activity');
  const log = page.getByRole('region', { name: 'Activity log' });
  await expect(log).toContainText("Refused a call from 198.51.100.7: 198.51.100.7 is not in this key's allowed IP addresses.");
  await expect(log).toContainText('Refused a call from 203.0.113.10: This key can read Boards but not write them.');
  await expect(log).toContainText('Refused a call from 2001:db8::5: This key has no access to Users.');

  // All of it survives a reload.
  await page.reload();
  await expect(row(page, 'Scoped deploy').locator('.keys__access')).toHaveText('Restricted: 2 resources · 2 allowed IP addresses');
  test = await tryCall(page, { id, secret, address: '198.51.100.7', resource: 'Processes', access: 'Read' });
  await expect(test.getByRole('alert')).toHaveText("198.51.100.7 is not in this key's allowed IP addresses.");
  await test.getByRole('button', { name: 'Close' }).click();
});

test('each bad address line gets its own message and nothing is created until all are valid', async ({ page }) => {
  await openApiAuthentication(page);
  const dialog = await fillRestricted(page, 'Pinned');
  const field = dialog.getByRole('textbox', { name: /^Allowed IP addresses/ });
  await field.fill('203.0.113.0/24\n300.1.2.3\n\n10.0.0.1/8\n2001:db8::/129');
  await dialog.getByRole('textbox', { name: /^Description/ }).fill('x'.repeat(501));
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  const errors = dialog.locator('.field__errors li');
  await expect(errors).toHaveText([
    'Line 2: 300.1.2.3 is not an IP address or range',
    'Line 4: 10.0.0.1/8 has bits set after the prefix; did you mean 10.0.0.0/8?',
    'Line 5: 2001:db8::/129: the prefix of an IPv6 range is at most /128',
  ]);
  await expect(field).toHaveAccessibleDescription(/Line 2: 300\.1\.2\.3 is not an IP address or range/);
  await expect(dialog.getByRole('textbox', { name: /^Description/ })).toHaveAccessibleDescription(/at most 500 characters; this one has 501/);
  await expectNoAxeViolations(page, 'create dialog with bad addresses');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(section(page).locator('.keys__name-text', { hasText: 'Pinned' })).toHaveCount(0);
});

test('Rename edits the description, Edit permissions the access; both are logged and the search finds the description', async ({ page }) => {
  await openApiAuthentication(page);
  await choose(page, 'Data warehouse sync', 'Rename');
  const rename = page.getByRole('dialog', { name: 'Rename access key' });
  await expect(rename.getByRole('textbox', { name: /^Description/ })).toHaveValue('');
  await rename.getByRole('textbox', { name: /^Description/ }).fill('Nightly export to the warehouse');
  await rename.getByRole('button', { name: 'Save' }).click();
  await expect(rename).toBeHidden();
  await expect(row(page, 'Data warehouse sync').locator('.keys__description')).toHaveText('Nightly export to the warehouse');

  await section(page).getByRole('searchbox').fill('warehouse export');
  await expect(section(page).locator('tbody tr:not([hidden]) .keys__name-text')).toHaveText([]);
  await section(page).getByRole('searchbox').fill('nightly EXPORT');
  await expect(section(page).locator('tbody tr:not([hidden]) .keys__name-text')).toHaveText(['Data warehouse sync']);
  await section(page).getByRole('searchbox').fill('');

  await choose(page, 'CI pipeline', 'Edit permissions');
  const edit = page.getByRole('dialog', { name: 'Edit permissions' });
  await expect(edit.getByRole('radio', { name: /^Restricted/ })).toBeChecked();
  await expect(edit.getByRole('combobox', { name: 'Apps' })).toHaveValue('read_write');
  await expect(edit.getByRole('textbox', { name: /^Allowed IP addresses/ })).toHaveValue('203.0.113.0/24\n2001:db8:40::/48');
  await expectNoAxeViolations(page, 'edit permissions');
  await edit.getByRole('radio', { name: /^Full access/ }).check();
  await expect(edit.getByRole('combobox', { name: 'Apps' })).toHaveCount(0);
  await edit.getByRole('textbox', { name: /^Allowed IP addresses/ }).fill('');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(row(page, 'CI pipeline').locator('.keys__access')).toHaveText('Full access');

  const log = page.getByRole('region', { name: 'Activity log' });
  await expect(log).toContainText('Description changed to "Nightly export to the warehouse"');
  await expect(log).toContainText('Permissions changed: Full access; any IP address');
});

test('Create similar copies description, permissions, addresses and period under a new ID and secret', async ({ page }) => {
  await openApiAuthentication(page);
  await choose(page, 'CI pipeline', 'Create similar');
  const dialog = page.getByRole('dialog', { name: 'Create access key' });
  await expect(dialog).toContainText('Settings copied from “CI pipeline”');
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('CI pipeline (copy)');
  await expect(dialog.getByRole('textbox', { name: /^Description/ })).toHaveValue(/^Runs the test suite/);
  await expect(dialog.getByRole('radio', { name: /^Restricted/ })).toBeChecked();
  await expect(dialog.getByRole('combobox', { name: 'Boards' })).toHaveValue('read');
  await expect(dialog.getByRole('combobox', { name: 'Users' })).toHaveValue('none');
  await expect(dialog.getByRole('textbox', { name: /^Allowed IP addresses/ })).toHaveValue('203.0.113.0/24\n2001:db8:40::/48');
  // The demo key lives 365 days, which the default policy still allows.
  await expect(dialog.getByRole('combobox', { name: 'Expiry period' })).toHaveValue('365');
  await expectNoAxeViolations(page, 'create similar');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  const id = (await dialog.locator('#new-access-key-id').textContent()).trim();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Proceed' }).click();
  const copy = row(page, 'CI pipeline (copy)');
  await expect(copy).toContainText(id);
  await expect(copy.locator('.keys__access')).toHaveText('Restricted: 3 resources · 2 allowed IP addresses');
  await expect(row(page, 'CI pipeline')).not.toContainText(id);

  // "Create access key" afterwards starts empty again.
  await section(page).getByRole('button', { name: 'Create access key' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('');
  await expect(dialog.getByRole('radio', { name: /^Full access/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
});

test('a system-generated key shows its integration\'s permissions, read only', async ({ page }) => {
  await openApiAuthentication(page);
  await section(page).getByRole('checkbox', { name: 'Show system-generated' }).check();
  await expect(row(page, 'Slack').locator('.keys__access')).toHaveText('Restricted: 2 resources');
  await section(page).getByRole('button', { name: 'More options for Slack' }).click();
  await expect(page.getByRole('menuitem')).toHaveText(['Rename', 'View permissions', 'Rotate secret', 'Disable', 'Activity', 'Delete']);
  await page.getByRole('menuitem', { name: 'View permissions' }).click();
  const dialog = page.getByRole('dialog', { name: 'Permissions' });
  await expect(dialog).toContainText('created by the Slack integration');
  await expect(dialog.locator('.fields__row')).toHaveText([
    'ProcessesRead', 'BoardsRead', 'AppsNo access', 'DatasetsNo access', 'UsersNo access', 'IntegrationsNo access', 'Allowed IP addressesAny address',
  ]);
  await expect(dialog.getByRole('combobox')).toHaveCount(0);
  await expectNoAxeViolations(page, 'system key permissions');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('keys stored by version 2 open as Full access from any address, and can then be narrowed', async ({ page }) => {
  await openApiAuthentication(page);
  // Rewrite one key as version 2 stored it, and mark the data as version 2.
  await page.evaluate(async () => {
    const db = await new Promise((resolve) => { const r = indexedDB.open('api-auth'); r.onsuccess = () => resolve(r.result); });
    const tx = db.transaction(['access_keys', 'meta'], 'readwrite');
    const keys = tx.objectStore('access_keys');
    const all = await new Promise((resolve) => { const r = keys.getAll(); r.onsuccess = () => resolve(r.result); });
    const ids = await new Promise((resolve) => { const r = keys.getAllKeys(); r.onsuccess = () => resolve(r.result); });
    all.forEach((text, at) => {
      const record = JSON.parse(text);
      if (record.name !== 'CI pipeline') return;
      delete record.description; delete record.permissions; delete record.allowed_ips;
      keys.put(JSON.stringify(record), ids[at]);
    });
    tx.objectStore('meta').put('2', 'schema_version');
    await new Promise((resolve) => { tx.oncomplete = resolve; });
    db.close();
  });
  await page.reload();
  const ci = row(page, 'CI pipeline');
  await expect(ci.locator('.keys__access')).toHaveText('Full access');
  await expect(ci.locator('.keys__description')).toHaveCount(0);
  await choose(page, 'CI pipeline', 'Edit permissions');
  const edit = page.getByRole('dialog', { name: 'Edit permissions' });
  await edit.getByRole('radio', { name: /^Restricted/ }).check();
  await edit.getByRole('button', { name: 'Read only' }).click();
  await edit.getByRole('textbox', { name: /^Allowed IP addresses/ }).fill('2001:db8::/32');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(row(page, 'CI pipeline').locator('.keys__access')).toHaveText('Restricted: 6 resources · 1 allowed IP address');
  await page.reload();
  await expect(row(page, 'CI pipeline').locator('.keys__access')).toHaveText('Restricted: 6 resources · 1 allowed IP address');
  expect(await page.evaluate(async () => {
    const db = await new Promise((resolve) => { const r = indexedDB.open('api-auth'); r.onsuccess = () => resolve(r.result); });
    const r = db.transaction('meta').objectStore('meta').get('schema_version');
    const version = await new Promise((resolve) => { r.onsuccess = () => resolve(r.result); });
    db.close();
    return version;
  })).toBe('3');
});
