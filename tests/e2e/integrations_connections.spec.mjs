// System-generated keys, integrations, the credential check and deletes that revoke connections.
import { test, expect, openApiAuthentication, accessKeysSection as section, createKey, checkCredentials as check } from './fixtures.mjs';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** CRC-32 (zlib) in base62, written here independently of the app. */
function checksum(text) {
  let crc = ~0;
  for (const byte of Buffer.from(text)) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  let value = (~crc) >>> 0;
  let out = '';
  for (let i = 0; i < 6; i++) {
    out = BASE62[value % 62] + out;
    value = Math.floor(value / 62);
  }
  return out;
}

function rowNames(page) {
  return section(page).locator('tbody tr:not([hidden]) th[scope=row] .keys__name-text');
}

test('system-generated keys are hidden until asked for, then listed first with a System flag', async ({ page }) => {
  await openApiAuthentication(page);
  const toggle = section(page).getByRole('checkbox', { name: 'Show system-generated' });
  await expect(toggle).not.toBeChecked();
  await expect(rowNames(page)).not.toContainText(['Slack']);
  await toggle.check();
  await expect(rowNames(page).first()).toHaveText('Slack');
  await expect(section(page).locator('tbody tr:not([hidden])').first().locator('.badge--system')).toHaveText('System');
  await expect(section(page).locator('tbody tr:not([hidden]) .badge--system')).toHaveCount(1);
  await page.reload();
  await expect(section(page).getByRole('checkbox', { name: 'Show system-generated' })).not.toBeChecked();
  await expect(rowNames(page)).not.toContainText(['Slack']);
});

test('connecting an integration creates a System key and a connection', async ({ page }) => {
  await page.goto('/integrations');
  const zapier = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Zapier' }) });
  await expect(zapier).toContainText('Not connected');
  await zapier.getByRole('button', { name: 'Connect Zapier' }).click();
  await expect(zapier).toContainText('Connected');
  await expect(page.getByRole('status').filter({ hasText: 'Zapier is connected.' })).toBeVisible();
  const slack = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Slack' }) });
  await expect(slack.getByRole('button', { name: 'Disconnect Slack' })).toBeVisible();

  await page.getByRole('button', { name: 'Profile' }).click();
  await page.getByRole('menuitem', { name: 'My settings' }).click();
  await section(page).getByRole('checkbox', { name: 'Show system-generated' }).check();
  const row = section(page).locator('tbody tr:not([hidden])').filter({ hasText: 'System' }).filter({ hasText: 'Zapier' });
  await expect(row).toContainText('1 active connection');
  await expect(rowNames(page).nth(0)).toHaveText(/Slack|Zapier/);
  await expect(rowNames(page).nth(1)).toHaveText(/Slack|Zapier/);
});

test('the credential check connects, and tells a typo from a wrong secret', async ({ page }) => {
  await openApiAuthentication(page);
  const { id, secret } = await createKey(page, 'Checked key');
  const row = section(page).locator('tbody tr:not([hidden])').filter({ hasText: 'Checked key' });
  await expect(row).toContainText('No connections');
  await expect(row.locator('td').nth(4)).toHaveText('Never');

  let dialog = await check(page, id, secret, 'CI runner');
  await expect(dialog.getByRole('status')).toContainText('Connected');
  await expect(dialog.locator('.error-line')).toHaveText('');

  const typo = secret.slice(0, 20) + (secret[20] === 'x' ? 'y' : 'x') + secret.slice(21);
  await check(page, id, typo, 'CI runner');
  await expect(dialog.getByRole('alert')).toContainText('looks mistyped');

  const body = 'Q'.repeat(43);
  await check(page, id, `aks_${body}${checksum(body)}`, 'CI runner');
  await expect(dialog.getByRole('alert')).toContainText('does not match this access key ID');

  await check(page, 'Ak00000000-0000-4000-8000-000000000000', secret, 'CI runner');
  await expect(dialog.getByRole('alert')).toContainText('No access key has the ID');

  await check(page, id, 'aks_short', 'CI runner');
  await expect(dialog.getByRole('alert')).toContainText('53 characters long');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('1 active connection');
  await expect(row.locator('td').nth(4)).not.toHaveText('Never');
  await row.getByText('1 active connection').click();
  await expect(row.getByRole('listitem')).toContainText('CI runner');
});

test('deleting a key lists and revokes its connections, and its credentials stop working', async ({ page }) => {
  await openApiAuthentication(page);
  await section(page).getByRole('button', { name: 'More options for CI pipeline' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete access key?' });
  await expect(confirm).toContainText('2 active connections will be revoked: GitHub Actions runner and Nightly backup job.');
  await confirm.getByRole('button', { name: 'Cancel' }).click();

  const { id, secret } = await createKey(page, 'Short-lived');
  let dialog = await check(page, id, secret, 'Deploy script');
  await expect(dialog.getByRole('status')).toContainText('Connected');
  await page.keyboard.press('Escape');
  await section(page).getByRole('button', { name: 'More options for Short-lived' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await expect(confirm).toContainText('1 active connection will be revoked: Deploy script.');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(rowNames(page)).not.toContainText(['Short-lived']);

  dialog = await check(page, id, secret, 'Deploy script');
  // Dated as the page dates things, not in ISO form.
  await expect(dialog.getByRole('alert')).toContainText('This access key was deleted on');
  await expect(dialog.getByRole('alert')).not.toContainText(/\d{4}-\d\d-\d\d/);
});

test('deleting a System key warns, and its integration shows it must be reconnected', async ({ page }) => {
  await openApiAuthentication(page);
  await section(page).getByRole('checkbox', { name: 'Show system-generated' }).check();
  await section(page).getByRole('button', { name: 'More options for Slack' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete access key?' });
  await expect(confirm).toContainText('1 active connection will be revoked: Slack.');
  await expect(confirm).toContainText('deleting it stops Slack from working');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(rowNames(page)).not.toContainText(['Slack']);

  await page.goto('/integrations');
  const slack = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Slack' }) });
  await expect(slack).toContainText('Disconnected — its access key was deleted');
  await slack.getByRole('button', { name: 'Reconnect Slack' }).click();
  await expect(slack).toContainText('Connected');
});
