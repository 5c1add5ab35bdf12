// The shell and the first slice: navigation, Account identifiers, Debug session key, not found, reset.
import { test, expect, API_AUTH, openApiAuthentication, accountId } from './fixtures.mjs';

test('/ leads to API authentication, with its four labelled sections', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(new RegExp(`${API_AUTH}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'API authentication' })).toBeVisible();
  for (const name of ['Account identifiers', 'Debug session key', 'API keys', 'Access keys']) {
    await expect(page.getByRole('region', { name })).toBeVisible();
  }
  await expect(page.getByRole('navigation', { name: 'My settings' }).getByRole('link', { name: 'API authentication' }))
    .toHaveAttribute('aria-current', 'page');
  await expect(page).toHaveTitle(/API authentication/);
});

test('the profile menu leads to My settings and Account settings', async ({ page }) => {
  await page.goto('/integrations');
  await expect(page.getByRole('heading', { level: 1, name: 'Integrations' })).toBeVisible();
  const profile = page.getByRole('button', { name: 'Profile' });
  await expect(profile).toHaveAttribute('aria-expanded', 'false');
  await profile.click();
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem')).toHaveText(['My settings', 'Account settings']);
  await menu.getByRole('menuitem', { name: 'My settings' }).click();
  await expect(page).toHaveURL(new RegExp(`${API_AUTH}$`));
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'API authentication' })).toBeVisible();

  await profile.click();
  await page.getByRole('menuitem', { name: 'Account settings' }).click();
  await expect(page).toHaveURL(/\/account-settings$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Account settings' })).toBeVisible();
});

test('the profile menu works from the keyboard', async ({ page }) => {
  await openApiAuthentication(page);
  const profile = page.getByRole('button', { name: 'Profile' });
  await profile.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'My settings' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Account settings' })).toBeFocused();
  // Then the languages, a group of choices named "Language", the current one checked.
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitemradio', { name: 'English' })).toBeFocused();
  await expect(page.getByRole('menuitemradio', { name: 'English' })).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('End');
  await expect(page.getByRole('menuitemradio', { name: '日本語' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'My settings' })).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.press('m');
  await expect(page.getByRole('menuitem', { name: 'My settings' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(profile).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('menuitemradio', { name: '日本語' })).toBeFocused();
  await page.keyboard.press('a');
  await expect(page.getByRole('menuitem', { name: 'Account settings' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/account-settings$/);
});

test('the Account ID survives a reload', async ({ page }) => {
  await openApiAuthentication(page);
  const before = await accountId(page).textContent();
  await page.reload();
  await expect(accountId(page)).toHaveText(before);
  const domain = page.getByRole('region', { name: 'Account identifiers' }).getByRole('link');
  await expect(domain).toHaveAttribute('href', /^https:\/\/[a-z0-9.-]+$/);
});

test('the debug session key is in the page only while shown', async ({ page }) => {
  await openApiAuthentication(page);
  const section = page.getByRole('region', { name: 'Debug session key' });
  await expect(section.locator('#debug-session-key-value')).toHaveCount(0);
  await expect(section.getByRole('button', { name: 'Copy debug session key' })).toHaveCount(0);
  await section.getByRole('button', { name: 'Show' }).click();
  const key = section.locator('#debug-session-key-value');
  await expect(key).toHaveText(/^[0-9A-Za-z]{32}$/);
  const shown = await key.textContent();
  await section.getByRole('button', { name: 'Hide' }).click();
  await expect(key).toHaveCount(0);
  expect(await page.content()).not.toContain(shown);
  await section.getByRole('button', { name: 'Show' }).click();
  await expect(key).toHaveText(shown);
});

test('copy buttons put the values on the clipboard and announce it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApiAuthentication(page);
  const identifiers = page.getByRole('region', { name: 'Account identifiers' });
  const id = await accountId(page).textContent();
  await identifiers.getByRole('button', { name: 'Copy Account ID' }).click();
  await expect(identifiers.getByRole('status').filter({ hasText: 'Copied' })).toHaveCount(1);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(id);
  // "Copied" goes away after about two seconds.
  await expect(identifiers.getByRole('status').filter({ hasText: 'Copied' })).toHaveCount(0, { timeout: 4_000 });

  const domain = await identifiers.getByRole('link').textContent();
  await identifiers.getByRole('button', { name: 'Copy Account domain' }).click();
  await expect(identifiers.getByRole('status').filter({ hasText: 'Copied' })).toHaveCount(1);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(domain);

  const debug = page.getByRole('region', { name: 'Debug session key' });
  await debug.getByRole('button', { name: 'Show' }).click();
  const key = await debug.locator('#debug-session-key-value').textContent();
  await debug.getByRole('button', { name: 'Copy debug session key' }).click();
  await expect(debug.getByRole('status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
});

test('a deep link loads directly and an unknown path shows a way back', async ({ page }) => {
  await page.goto('/settings/api-authentication');
  await expect(page.getByRole('heading', { level: 1, name: 'API authentication' })).toBeVisible();
  const response = await page.goto('/no/such/page');
  expect(response.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page).toHaveTitle(/Page not found/);
  await page.getByRole('link', { name: 'Go to API authentication' }).click();
  await expect(page).toHaveURL(new RegExp(`${API_AUTH}$`));
  await expect(accountId(page)).toHaveText(/^Ac[0-9A-Za-z]{10}$/);
});

test('Reset demo data asks first, then gives the account new identifiers', async ({ page }) => {
  await openApiAuthentication(page);
  const before = await accountId(page).textContent();
  await page.goto('/account-settings');
  await page.getByRole('button', { name: 'Reset demo data' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Reset demo data?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.goto(API_AUTH);
  await expect(accountId(page)).toHaveText(before);

  await page.goto('/account-settings');
  await page.getByRole('button', { name: 'Reset demo data' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Reset demo data' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The demo data was reset.' })).toBeVisible();
  await page.goto(API_AUTH);
  await expect(accountId(page)).toHaveText(/^Ac[0-9A-Za-z]{10}$/);
  expect(await accountId(page).textContent()).not.toBe(before);
});
