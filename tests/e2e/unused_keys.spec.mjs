// Keys nobody has used for 90 days: counted in a notice (system, disabled and expired keys left out),
// "Review unused keys" lists only them, "Disable all N" asks first, names them, and disables them together.
import { test, expect, openApiAuthentication, accessKeysSection as section } from './fixtures.mjs';
import { expectNoAxeViolations } from './axe.mjs';

const T0 = Date.parse('2026-12-02T12:00:00Z');
const days = (n) => new Date(T0 + n * 86_400_000);

function names(page) {
  return section(page).locator('tbody tr:not([hidden]) .keys__name-text');
}

test('the unused-keys notice appears at 90 days, reviews and disables them', async ({ page }) => {
  await page.clock.setFixedTime(days(0));
  await openApiAuthentication(page);
  const notice = section(page).getByRole('note', { name: 'Unused access keys' });
  await expect(notice).toBeHidden();
  // A key made today that nobody will use (it lives 180 days, so it is still valid at 91).
  await section(page).getByRole('button', { name: 'Create access key' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create access key' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Forgotten');
  await dialog.getByRole('combobox', { name: 'Expiry period' }).selectOption('180');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Proceed' }).click();

  // 89 days later nothing is unused yet ("CI pipeline" was used 37 minutes before day 0).
  await page.clock.setFixedTime(days(89));
  await page.reload();
  await expect(names(page).first()).toBeVisible();
  await expect(notice).toBeHidden();

  // At 91 days: "CI pipeline" and "Forgotten"; the expired keys and the system key are not counted.
  await page.clock.setFixedTime(days(91));
  await page.reload();
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('2 access keys have not been used for 90 days or more.');
  await expectNoAxeViolations(page, 'unused keys notice');
  await notice.getByRole('button', { name: 'Review unused keys' }).click();
  await expect(names(page)).toHaveText(['Forgotten', 'CI pipeline']);
  await notice.getByRole('button', { name: 'Show all keys' }).click();
  await expect(names(page)).toHaveCount(4);

  await notice.getByRole('button', { name: 'Disable all 2' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Disable unused access keys?' });
  await expect(confirm).toContainText('These 2 keys stop working until you enable them again:');
  await expect(confirm.getByRole('listitem')).toHaveText(['Forgotten', 'CI pipeline']);
  await expectNoAxeViolations(page, 'disable all unused');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(section(page).getByRole('row', { name: /CI pipeline/ })).not.toContainText('Disabled');
  await notice.getByRole('button', { name: 'Disable all 2' }).click();
  await confirm.getByRole('button', { name: 'Disable all' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 unused access keys disabled.' })).toBeVisible();
  await expect(section(page).getByRole('row', { name: /CI pipeline/ })).toContainText('Disabled');
  await expect(section(page).getByRole('row', { name: /Forgotten/ })).toContainText('Disabled');
  await expect(notice).toBeHidden();
  await page.reload();
  await expect(section(page).getByRole('row', { name: /Forgotten/ })).toContainText('Disabled');
  await expect(notice).toBeHidden();
});
