// Two tabs of the same browser agree: a change in one shows in the other without a reload.
import { test, expect, openApiAuthentication } from './fixtures.mjs';

function keys(page) {
  return page.getByRole('region', { name: 'Access keys' }).locator('tbody th[scope=row] .keys__name-text');
}

test('create, rename and delete in one tab show in the other within a second', async ({ page, context }) => {
  await openApiAuthentication(page);
  const other = await context.newPage();
  await openApiAuthentication(other);

  const section = page.getByRole('region', { name: 'Access keys' });
  await section.getByRole('button', { name: 'Create access key' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create access key' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Made in tab one');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(keys(other)).toContainText(['Made in tab one'], { timeout: 1_000 });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Proceed' }).click();

  const otherSection = other.getByRole('region', { name: 'Access keys' });
  await otherSection.getByRole('button', { name: 'More options for Made in tab one' }).click();
  await other.getByRole('menuitem', { name: 'Rename' }).click();
  const rename = other.getByRole('dialog', { name: 'Rename access key' });
  await rename.getByRole('textbox', { name: 'Name' }).fill('Renamed in tab two');
  await rename.getByRole('button', { name: 'Save' }).click();
  await expect(keys(page)).toContainText(['Renamed in tab two'], { timeout: 1_000 });

  await section.getByRole('button', { name: 'More options for Renamed in tab two' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await page.getByRole('alertdialog', { name: 'Delete access key?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(keys(other)).not.toContainText(['Renamed in tab two'], { timeout: 1_000 });
});

test('a policy saved in one tab changes the create dialog in the other', async ({ page, context }) => {
  await openApiAuthentication(page);
  const other = await context.newPage();
  await other.goto('/account-settings');
  const policy = other.getByRole('region', { name: 'Access key expiry' });
  await policy.getByRole('checkbox', { name: '7 days' }).check();
  await policy.getByRole('combobox', { name: 'Default expiry period' }).selectOption('7');
  await policy.getByRole('button', { name: 'Save' }).click();
  await expect(policy.getByRole('status')).toHaveText('Saved');

  await page.getByRole('region', { name: 'Access keys' }).getByRole('button', { name: 'Create access key' }).click();
  const expiry = page.getByRole('dialog', { name: 'Create access key' }).getByRole('combobox', { name: 'Expiry period' });
  await expect(expiry).toHaveValue('7');
});
