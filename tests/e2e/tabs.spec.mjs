// Two tabs of the same browser agree: a change in one shows in the other without a reload.
import { test, expect, openApiAuthentication } from './fixtures.mjs';

function keys(page) {
  return page.getByRole('region', { name: 'Access keys' }).locator('tbody th[scope=row] .keys__name-text');
}

/** Renames the key `from` to `to` in `page`, through its row's menu. */
async function rename(page, from, to) {
  await page.getByRole('region', { name: 'Access keys' }).getByRole('button', { name: `More options for ${from}` }).click();
  await page.getByRole('menuitem', { name: 'Rename' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename access key' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(to);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
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

  await rename(other, 'Made in tab one', 'Renamed in tab two');
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

test.describe('a tab that starts while another saves', () => {
  // The held-back code below must come from the network, not from the service worker's cache.
  test.use({ serviceWorkers: 'block' });

  test('shows what was saved meanwhile, though it read the stored account before its code ran', async ({ page, context }) => {
    await openApiAuthentication(page);
    const starting = await context.newPage();
    // The new tab's app code is held back until the other tab has saved; its stored account is read
    // early, while the code loads (static/early-read.js), so that read is from before the save.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await starting.route(/_bg\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    const loading = starting.goto('/settings/api-authentication');
    await starting.waitForFunction(() => typeof window.apiAuthTakeEarlyRead === 'function');
    const readEarly = await starting.evaluate(async () => {
      const read = window.apiAuthTakeEarlyRead();
      window.apiAuthTakeEarlyRead = () => read; // left for the app, which takes it once
      return (await read) !== null;
    });
    expect(readEarly, 'the stored account was read before the app code ran').toBe(true);

    await rename(page, 'CI pipeline', 'Renamed while the other tab started');

    release();
    await loading;
    await expect(keys(starting)).toContainText(['Renamed while the other tab started']);
    await expect(keys(starting)).not.toContainText(['CI pipeline']);
    // And the other way round, once started: it follows the other tab.
    await rename(page, 'Renamed while the other tab started', 'CI pipeline');
    await expect(keys(starting)).toContainText(['CI pipeline'], { timeout: 1_000 });
  });
});
