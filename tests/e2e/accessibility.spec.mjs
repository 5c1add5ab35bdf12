// axe-core finds no WCAG 2.2 A/AA or best-practice violation in any state of the product, in both themes
// and at phone width.
import { test, expect, openApiAuthentication, accessKeysSection, createKey } from './fixtures.mjs';
import { expectNoAxeViolations } from './axe.mjs';

const section = accessKeysSection;

async function openMoreOptions(page, keyName) {
  await section(page).getByRole('button', { name: `More options for ${keyName}` }).click();
  await expect(page.getByRole('menu')).toBeVisible();
}

for (const scheme of ['light', 'dark']) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test(`API authentication page, its menus and sections (${scheme})`, async ({ page }) => {
      await openApiAuthentication(page);
      await expectNoAxeViolations(page, 'page loaded');
      await page.getByRole('button', { name: 'Show', exact: true }).click();
      await section(page).getByRole('checkbox', { name: 'Show system-generated' }).check();
      for (const details of await page.locator('details').all()) await details.evaluate((d) => (d.open = true));
      await expectNoAxeViolations(page, 'debug key shown, system keys shown, every details open');
      await page.getByRole('button', { name: 'Profile' }).click();
      await expect(page.getByRole('menu')).toBeVisible();
      await expectNoAxeViolations(page, 'profile menu open');
      await page.keyboard.press('Escape');
      await openMoreOptions(page, 'CI pipeline');
      await expectNoAxeViolations(page, 'More options menu open');
      await page.getByRole('menuitem', { name: 'Activity' }).click();
      await expectNoAxeViolations(page, 'activity log filtered to a key');
      await section(page).getByRole('searchbox', { name: 'Search access keys' }).fill('no such key');
      await expectNoAxeViolations(page, 'search with no match');
    });

    test(`every dialog step (${scheme})`, async ({ page }) => {
      await openApiAuthentication(page);
      await section(page).getByRole('button', { name: 'Create access key' }).click();
      const create = page.getByRole('dialog', { name: 'Create access key' });
      await expect(create).toBeVisible();
      await expectNoAxeViolations(page, 'create form');
      await create.getByRole('button', { name: 'Create', exact: true }).click();
      await expect(create.getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'true');
      await expectNoAxeViolations(page, 'create form with an error');
      await create.getByRole('textbox', { name: 'Name' }).fill('Axe check');
      await create.getByRole('button', { name: 'Create', exact: true }).click();
      await expect(create.getByRole('button', { name: 'Done' })).toBeVisible();
      await expectNoAxeViolations(page, 'credentials shown');
      await create.getByRole('button', { name: 'Done' }).click();
      await expect(page.getByRole('alertdialog')).toBeVisible();
      await expectNoAxeViolations(page, 'secret-gone alert');
      await page.getByRole('alertdialog').getByRole('button', { name: 'Proceed' }).click();

      await openMoreOptions(page, 'Axe check');
      await page.getByRole('menuitem', { name: 'Rename' }).click();
      await expectNoAxeViolations(page, 'rename dialog');
      await page.keyboard.press('Escape');

      await openMoreOptions(page, 'Axe check');
      await page.getByRole('menuitem', { name: 'Rotate secret' }).click();
      await expectNoAxeViolations(page, 'rotate dialog');
      await page.getByRole('dialog', { name: 'Rotate secret' }).getByRole('button', { name: 'Rotate' }).click();
      await expect(page.getByRole('dialog', { name: 'Rotate secret' }).getByRole('button', { name: 'Done' })).toBeVisible();
      await expectNoAxeViolations(page, 'rotated secret shown');
      await page.getByRole('dialog', { name: 'Rotate secret' }).getByRole('button', { name: 'Done' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Proceed' }).click();

      await openMoreOptions(page, 'Axe check');
      await page.getByRole('menuitem', { name: 'Delete' }).click();
      await expect(page.getByRole('alertdialog', { name: 'Delete access key?' })).toBeVisible();
      await expectNoAxeViolations(page, 'delete confirmation');
      await page.keyboard.press('Escape');

      await section(page).getByRole('button', { name: 'Test access key' }).click();
      const check = page.getByRole('dialog', { name: 'Test access key' });
      await check.getByRole('textbox', { name: 'Access key ID' }).fill('nonsense');
      await check.getByRole('button', { name: 'Connect' }).click();
      await expect(check.getByRole('alert').first()).toBeVisible();
      await expectNoAxeViolations(page, 'credential check with an error');
      await page.keyboard.press('Escape');

      await page.getByRole('region', { name: 'API keys' }).getByRole('button', { name: 'More options for Old reporting script' }).click();
      await page.getByRole('menuitem', { name: 'Delete' }).click();
      await expect(page.getByRole('alertdialog')).toBeVisible();
      await expectNoAxeViolations(page, 'API key delete confirmation');
    });

    test(`integrations, account settings and not-found pages (${scheme})`, async ({ page }) => {
      await openApiAuthentication(page);
      await page.getByRole('link', { name: 'Integrations' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Integrations' })).toBeVisible();
      await expectNoAxeViolations(page, 'integrations');
      await page.goto('/account-settings');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('group', { name: /expiry periods/i })).toBeVisible();
      await expectNoAxeViolations(page, 'account settings');
      await page.goto('/no/such/page');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page, 'not found');
    });

    test(`phone width, 360 px (${scheme})`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await openApiAuthentication(page);
      await section(page).getByRole('checkbox', { name: 'Show system-generated' }).check();
      await expectNoAxeViolations(page, 'phone');
      await createKey(page, 'Phone key');
      await expectNoAxeViolations(page, 'phone after create');
    });

    test(`permissions, addresses and description at 390 px (${scheme})`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await openApiAuthentication(page);
      await section(page).getByRole('button', { name: 'Create access key' }).click();
      const create = page.getByRole('dialog', { name: 'Create access key' });
      await create.getByRole('radio', { name: /^Restricted/ }).check();
      // A restricted key must be able to do something.
      await create.getByRole('combobox', { name: 'Processes' }).selectOption({ label: 'Read' });
      await create.getByRole('textbox', { name: /^Allowed IP addresses/ }).fill('300.1.2.3');
      await create.getByRole('textbox', { name: 'Name' }).fill('Phone restricted');
      await create.getByRole('button', { name: 'Create', exact: true }).click();
      await expect(create.locator('.field__errors li')).toHaveText(['Line 1: 300.1.2.3 is not an IP address or range']);
      await expectNoAxeViolations(page, 'create form, restricted, with a bad address');
      await create.getByRole('textbox', { name: /^Allowed IP addresses/ }).fill('203.0.113.0/24');
      await create.getByRole('button', { name: 'Create', exact: true }).click();
      await expect(create.getByRole('button', { name: 'Done' })).toBeVisible();
      await expectNoAxeViolations(page, 'restricted key credentials shown');
      await create.getByRole('button', { name: 'Done' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Proceed' }).click();
      await expectNoAxeViolations(page, 'list with descriptions and permissions');
      await openMoreOptions(page, 'CI pipeline');
      await page.getByRole('menuitem', { name: 'Edit permissions' }).click();
      await expectNoAxeViolations(page, 'edit permissions');
      await page.keyboard.press('Escape');
      await openMoreOptions(page, 'CI pipeline');
      await page.getByRole('menuitem', { name: 'Create similar' }).click();
      await expectNoAxeViolations(page, 'create similar');
      await page.keyboard.press('Escape');
      await section(page).getByRole('checkbox', { name: 'Show system-generated' }).check();
      await openMoreOptions(page, 'Slack');
      await page.getByRole('menuitem', { name: 'View permissions' }).click();
      await expectNoAxeViolations(page, 'system key permissions');
      await page.keyboard.press('Escape');
      await section(page).getByRole('button', { name: 'Test access key' }).click();
      const check = page.getByRole('dialog', { name: 'Test access key' });
      await check.getByRole('textbox', { name: 'Client IP address' }).fill('not an address');
      await check.getByRole('button', { name: 'Connect' }).click();
      await expect(check.getByRole('alert').first()).toBeVisible();
      await expectNoAxeViolations(page, 'credential check with an operation and an address');
    });
  });
}
