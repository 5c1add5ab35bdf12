// The finish: a theme switch remembered per browser, toasts, a phone layout without sideways
// scrolling, a title per page, a favicon and a web app manifest.
import { test, expect, openApiAuthentication, accessKeysSection, createKey } from './fixtures.mjs';
import { expectNoAxeViolations } from './axe.mjs';

const section = accessKeysSection;
const background = (page) =>
  page.evaluate(() => [document.body, document.documentElement].map((el) => getComputedStyle(el).backgroundColor).find((c) => c !== 'rgba(0, 0, 0, 0)'));
const LIGHT_BG = 'rgb(246, 247, 249)';
const DARK_BG = 'rgb(15, 19, 28)';

test.describe('with a dark system preference', () => {
  test.use({ colorScheme: 'dark' });

  test('the page follows the system until the switch pins a theme, remembered in this browser', async ({ page, context }) => {
    await openApiAuthentication(page);
    const theme = page.getByRole('combobox', { name: 'Theme' });
    await expect(theme).toHaveValue('system');
    expect(await background(page)).toBe(DARK_BG);

    await theme.selectOption('light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await background(page)).toBe(LIGHT_BG);
    await expectNoAxeViolations(page, 'light pinned under a dark preference');

    await page.reload();
    await expect(theme).toHaveValue('light');
    expect(await background(page)).toBe(LIGHT_BG);
    const other = await context.newPage();
    await openApiAuthentication(other);
    expect(await background(other)).toBe(LIGHT_BG);
    await other.close();

    await theme.selectOption('system');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    expect(await background(page)).toBe(DARK_BG);
    expect(await page.evaluate(() => localStorage.getItem('flowdeck.theme'))).toBeNull();
    await page.reload();
    await expect(theme).toHaveValue('system');
  });
});

test('dark pinned under a light preference passes axe, dialogs included', async ({ page }) => {
  await openApiAuthentication(page);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  expect(await background(page)).toBe(DARK_BG);
  await expectNoAxeViolations(page, 'dark pinned');
  await section(page).getByRole('button', { name: 'Create access key' }).click();
  await expectNoAxeViolations(page, 'dark pinned, create dialog');
});

test('a completed action is confirmed by a toast that can be dismissed and leaves by itself', async ({ page }) => {
  await openApiAuthentication(page);
  await createKey(page, 'Toast key');
  const toast = page.getByRole('status').filter({ hasText: 'Access key “Toast key” created.' });
  await expect(toast).toBeVisible();
  await toast.getByRole('button', { name: 'Dismiss notification' }).click();
  await expect(toast).toHaveCount(0);

  await section(page).getByRole('button', { name: 'More options for Toast key' }).click();
  await page.getByRole('menuitem', { name: 'Disable' }).click();
  const disabled = page.getByText('Access key “Toast key” disabled.');
  await expect(disabled).toBeVisible();
  await expect(disabled).toHaveCount(0, { timeout: 9_000 });
});

test('at 360 px nothing scrolls sideways and each key is a card', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/settings/api-authentication', '/integrations', '/account-settings']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Profile' })).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
  }
  await openApiAuthentication(page);
  const row = section(page).getByRole('row', { name: /CI pipeline/ });
  expect(await row.evaluate((el) => getComputedStyle(el).display)).toBe('grid');
  const more = row.getByRole('button', { name: 'More options for CI pipeline' });
  await more.scrollIntoViewIfNeeded();
  await expect(more).toBeInViewport({ ratio: 1 });
  await expect(section(page).getByRole('columnheader', { name: 'Name' }).getByRole('button')).toBeVisible();
  await section(page).getByRole('button', { name: 'Create access key' }).click();
  await expect(page.getByRole('dialog', { name: 'Create access key' }).getByRole('button', { name: 'Create', exact: true })).toBeInViewport();
});

test('from a tablet to a desktop the keys table fits its card: nothing scrolls sideways', async ({ page }) => {
  await openApiAuthentication(page);
  await createKey(page, 'Nightly reporting export for the finance team, EU');
  const box = section(page).locator('.table-scroll');
  for (const width of [1280, 1100, 1024, 900, 834]) {
    await page.setViewportSize({ width, height: 800 });
    const { client, scroll } = await box.evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth }));
    expect(scroll, `at ${width} px`).toBeLessThanOrEqual(client);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `at ${width} px`).toBeLessThanOrEqual(width);
  }
});

test("the last row's More options menu is drawn whole, not cut at the table's edge", async ({ page }) => {
  await openApiAuthentication(page);
  for (const width of [1280, 900, 360]) {
    await page.setViewportSize({ width, height: 800 });
    const rows = section(page).locator('tbody tr:not([hidden])');
    await rows.last().getByRole('button', { name: /^More options for / }).click();
    const items = page.getByRole('menuitem');
    expect(await items.count(), `at ${width} px`).toBeGreaterThanOrEqual(3);
    // Scroll only the page so that the whole menu is in the viewport; then each item must be what is
    // drawn at its own centre: no box scrolls or clips it (a clipped menu would need a scrollbar inside
    // the table to reach its last item).
    const seen = await page.getByRole('menu').evaluate((menu) => {
      const box = menu.getBoundingClientRect();
      window.scrollBy(0, box.bottom - window.innerHeight + 8);
      return [...menu.querySelectorAll('[role=menuitem]')].map((el) => {
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return [el.textContent.trim(), hit !== null && el.contains(hit)];
      });
    });
    for (const [label, drawn] of seen) expect(drawn, `${label} at ${width} px`).toBe(true);
    await page.keyboard.press('Escape');
  }
});

test("a row's copy button copies the key's ID and a toast says so", async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApiAuthentication(page);
  const row = section(page).getByRole('row', { name: /CI pipeline/ });
  const id = await row.locator('code').textContent();
  await row.getByRole('button', { name: 'Copy access key ID of CI pipeline' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Access key ID of CI pipeline copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(id);
  // One live region for the whole table: the rows carry none.
  await expect(section(page).locator('tbody [role=status]')).toHaveCount(0);
});

test('each page has its own title, and the site a favicon and a web app manifest', async ({ page, request }) => {
  await openApiAuthentication(page);
  await expect(page).toHaveTitle('API authentication · Flowdeck');
  await page.getByRole('link', { name: 'Integrations' }).click();
  await expect(page).toHaveTitle('Integrations · Flowdeck');
  await page.goto('/account-settings');
  await expect(page).toHaveTitle('Account settings · Flowdeck');
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  expect((await request.get(icon)).headers()['content-type']).toBe('image/svg+xml');
  const manifest = await (await request.get(await page.locator('link[rel="manifest"]').getAttribute('href'))).json();
  expect(manifest).toMatchObject({ short_name: 'Flowdeck', start_url: '/settings/api-authentication', display: 'standalone' });
  expect((await request.get(manifest.icons[0].src)).ok()).toBe(true);
});
