// Moving between the app's pages: links change the page without reloading it, the current page's link
// says so, Back and Forward work, the ways in lead to API authentication, and a link to a section of
// another page shows that section.
import { test, expect, API_AUTH, openApiAuthentication } from './fixtures.mjs';

// Set on the window once: if a navigation reloads the document, it is gone.
const markDocument = (page) => page.evaluate(() => (window.__sameDocument = true));
const sameDocument = (page) => page.evaluate(() => window.__sameDocument === true);

test('links change the page without a reload, mark the current page, and Back and Forward follow them', async ({ page }) => {
  await openApiAuthentication(page);
  await markDocument(page);
  const main = page.getByRole('navigation', { name: 'Main' });
  const settings = page.getByRole('navigation', { name: 'My settings' });
  await expect(settings.getByRole('link', { name: 'API authentication' })).toHaveAttribute('aria-current', 'page');
  await expect(main.getByRole('link', { name: 'Integrations' })).not.toHaveAttribute('aria-current');

  await main.getByRole('link', { name: 'Integrations' }).click();
  await expect(page).toHaveURL(/\/integrations$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Integrations' })).toBeVisible();
  await expect(page).toHaveTitle(/^Integrations · /);
  await expect(main.getByRole('link', { name: 'Integrations' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('navigation', { name: 'My settings' })).toHaveCount(0);

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${API_AUTH}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'API authentication' })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Integrations' })).not.toHaveAttribute('aria-current');
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'Integrations' })).toBeVisible();

  // The brand leads to `/`, which is API authentication (the address says so, no extra history entry).
  await page.getByRole('link', { name: /Flowdeck/ }).click();
  await expect(page).toHaveURL(new RegExp(`${API_AUTH}$`));
  await page.goBack();
  await expect(page).toHaveURL(/\/integrations$/);
  expect(await sameDocument(page), 'no navigation reloaded the page').toBe(true);
});

test('/settings leads to API authentication, and a trailing slash is the same page', async ({ page }) => {
  await page.goto('/settings');
  await expect(page).toHaveURL(new RegExp(`${API_AUTH}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'API authentication' })).toBeVisible();
  await page.goto('/account-settings/');
  await expect(page.getByRole('heading', { level: 1, name: 'Account settings' })).toBeVisible();
});

test('"Learn more" in the create dialog opens the expiry policy section of Account settings', async ({ page }) => {
  await openApiAuthentication(page);
  await markDocument(page);
  await page.getByRole('button', { name: 'Create access key' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create access key' });
  await dialog.getByRole('link', { name: 'Learn more' }).click();
  await expect(page).toHaveURL(/\/account-settings#access-key-expiry$/);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Access key expiry' })).toBeInViewport();
  expect(await sameDocument(page)).toBe(true);
});

test('a link opened with a modifier key is left to the browser (a new tab), the page stays', async ({ page, context }) => {
  await openApiAuthentication(page);
  const opened = context.waitForEvent('page');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Integrations' }).click({ modifiers: ['ControlOrMeta'] });
  const tab = await opened;
  await expect(tab).toHaveURL(/\/integrations$/);
  await expect(page).toHaveURL(new RegExp(`${API_AUTH}$`));
  await tab.close();
});
