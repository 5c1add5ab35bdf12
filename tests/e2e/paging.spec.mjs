// A long list of access keys is shown a page at a time; search, sort, selection and delete work over
// every key, not just the page on screen.
import { test, expect, openApiAuthentication, accessKeysSection as section } from './fixtures.mjs';
import { expectNoAxeViolations } from './axe.mjs';
import { accessKeys, createdEvents, putRecords } from '../../bench/seed.mjs';

/** Stores `n` more access keys ("Paged key 001" the newest), then reloads. */
async function seedKeys(page, n) {
  await page.evaluate(putRecords, { store: 'access_keys', records: accessKeys(n, (i) => `Paged key ${String(i).padStart(3, '0')}`) });
  await page.reload();
}

const rows = (page) => section(page).locator('tbody tr');
const names = (page) => section(page).locator('tbody .keys__name-text');

test('63 keys are shown 25 at a time, with the position in the whole list for screen readers', async ({ page }) => {
  await openApiAuthentication(page);
  await seedKeys(page, 60);
  const pager = section(page).getByRole('navigation', { name: 'Pages of access keys' });
  await expect(pager.getByRole('status')).toHaveText('Showing 1–25 of 63 access keys');
  await expect(pager).toContainText('Page 1 of 3');
  await expect(rows(page)).toHaveCount(25);
  await expect(names(page).first()).toHaveText('Paged key 001');
  await expect(section(page).getByRole('table')).toHaveAttribute('aria-rowcount', '64');
  await expect(rows(page).first()).toHaveAttribute('aria-rowindex', '2');
  await expect(pager.getByRole('button', { name: 'Previous' })).toBeDisabled();
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page, `the pager (${colorScheme})`);
  }

  await pager.getByRole('button', { name: 'Next' }).click();
  await expect(pager.getByRole('status')).toHaveText('Showing 26–50 of 63 access keys');
  await expect(names(page).first()).toHaveText('Paged key 026');
  await expect(rows(page).first()).toHaveAttribute('aria-rowindex', '27');
  await pager.getByRole('button', { name: 'Next' }).click();
  await expect(pager.getByRole('status')).toHaveText('Showing 51–63 of 63 access keys');
  await expect(rows(page)).toHaveCount(13);
  await expect(pager.getByRole('button', { name: 'Next' })).toBeDisabled();
  // The demo's own keys are the oldest: on the last page.
  await expect(names(page).last()).toHaveText('Data warehouse sync');

  await pager.getByRole('combobox', { name: 'Rows per page' }).selectOption('50');
  await expect(pager.getByRole('status')).toHaveText('Showing 51–63 of 63 access keys');
  await expect(pager).toContainText('Page 2 of 2');
  await pager.getByRole('button', { name: 'Previous' }).click();
  await expect(rows(page)).toHaveCount(50);
});

test('search, sort and "Show system-generated" cover every key and start again at the first page', async ({ page }) => {
  await openApiAuthentication(page);
  await seedKeys(page, 60);
  const pager = section(page).getByRole('navigation', { name: 'Pages of access keys' });
  await pager.getByRole('button', { name: 'Next' }).click();
  await expect(pager).toContainText('Page 2 of 3');

  // A key of the last page is found by its ID, as find-in-page would have found it.
  const search = section(page).getByRole('searchbox', { name: 'Search access keys' });
  await search.fill('Ak00000037');
  await expect(names(page)).toHaveText(['Paged key 055']);
  await expect(pager).toBeHidden();
  await search.fill('paged key 05');
  await expect(names(page)).toHaveText([...Array(10)].map((_, i) => `Paged key 05${i}`));
  await search.fill('');
  await expect(pager).toContainText('Page 1 of 3');

  // Sorting by name puts "CI pipeline" first: the order is the whole list's, not the page's.
  await pager.getByRole('button', { name: 'Next' }).click();
  await section(page).getByRole('button', { name: 'Name' }).click();
  await expect(pager).toContainText('Page 1 of 3');
  await expect(names(page).first()).toHaveText('CI pipeline');

  await section(page).getByRole('checkbox', { name: 'Show system-generated' }).check();
  await expect(pager.getByRole('status')).toHaveText('Showing 1–25 of 64 access keys');
  await expect(section(page).locator('tbody tr').first().locator('.badge--system')).toHaveText('System');
});

test('keys selected on two pages are deleted together, and the page left empty falls back', async ({ page }) => {
  await openApiAuthentication(page);
  await seedKeys(page, 30);
  const pager = section(page).getByRole('navigation', { name: 'Pages of access keys' });
  await section(page).getByRole('checkbox', { name: 'Select Paged key 002' }).check();
  await pager.getByRole('button', { name: 'Next' }).click();
  await expect(pager.getByRole('status')).toHaveText('Showing 26–33 of 33 access keys');
  for (const name of ['Paged key 026', 'Paged key 027', 'Paged key 028', 'Paged key 029', 'Paged key 030', 'CI pipeline', 'Reporting dashboard', 'Data warehouse sync']) {
    await section(page).getByRole('checkbox', { name: `Select ${name}` }).check();
  }
  await section(page).getByRole('button', { name: 'Delete selected (9)' }).click();
  await page.getByRole('alertdialog', { name: 'Delete 9 access keys?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('9 access keys deleted.')).toBeVisible();
  // The second page is gone: the first is shown, without the key deleted from it.
  await expect(pager).toBeHidden();
  await expect(names(page)).toHaveCount(24);
  await expect(names(page)).not.toContainText(['Paged key 002']);
  await page.reload();
  await expect(names(page)).toHaveCount(24);
});

test('after "Proceed" the list turns to the page with the new key', async ({ page }) => {
  await openApiAuthentication(page);
  await seedKeys(page, 30);
  const pager = section(page).getByRole('navigation', { name: 'Pages of access keys' });
  await pager.getByRole('button', { name: 'Next' }).click();
  await expect(pager).toContainText('Page 2 of 2');
  await section(page).getByRole('button', { name: 'Create access key' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create access key' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Newest of all');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Proceed' }).click();
  await expect(pager).toContainText('Page 1 of 2');
  await expect(names(page).first()).toHaveText('Newest of all');
});

test('a large account (600 more keys and their log) is drawn whole, top to bottom, and answers at once', async ({ page }) => {
  await openApiAuthentication(page);
  const keys = accessKeys(600, (i) => `Large key ${String(i).padStart(3, '0')}`);
  await page.evaluate(putRecords, { store: 'access_keys', records: keys });
  await page.evaluate(putRecords, { store: 'activity', records: createdEvents(keys) });
  await page.reload();
  // Over 1,000 records: drawn in steps, the access keys first, then the activity log below them.
  const pager = section(page).getByRole('navigation', { name: 'Pages of access keys' });
  await expect(pager.getByRole('status')).toHaveText('Showing 1–25 of 603 access keys');
  const log = page.locator('#activity-log');
  await expect(log.getByRole('navigation', { name: 'Pages of the activity log' }).getByRole('status')).toHaveText(/^Entries 1–\d+ of 6\d\d$/);
  await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
  const order = await page.evaluate(() =>
    [...document.querySelectorAll('main section[id]')].map((section) => section.id),
  );
  expect(order.indexOf('access-keys')).toBeLessThan(order.indexOf('activity-log'));
  expect(order.indexOf('api-keys')).toBeLessThan(order.indexOf('access-keys'));
  // Both parts are live: the log's key filter lists every key, and a search finds a key of the last page.
  const filter = log.getByRole('combobox', { name: 'Access key' });
  await filter.focus();
  await expect(filter.locator('option', { hasText: /^Large key (001|600)$/ })).toHaveCount(2);
  await section(page).getByRole('searchbox', { name: 'Search access keys' }).fill('Large key 600');
  await expect(names(page)).toHaveText(['Large key 600']);
});
