// Two tabs racing: one tab hears of the other's changes late (its BroadcastChannel messages are held
// back for several seconds, as in a throttled background tab). Nothing shown once is lost, nothing the
// user is doing is thrown away, and a deleted key never comes back or gets a secret.
import { test, expect, openApiAuthentication, accessKeysSection, dumpStorage } from './fixtures.mjs';

/** How long the late tab's change notifications are held back. */
const LATE_MS = 4_000;

/** Makes `page` hear other tabs' change announcements `LATE_MS` late. */
async function hearLate(page) {
  await page.addInitScript((late) => {
    const Real = window.BroadcastChannel;
    window.BroadcastChannel = class extends Real {
      set onmessage(handler) {
        super.onmessage = handler ? (event) => setTimeout(() => handler(event), late) : null;
      }
      get onmessage() {
        return super.onmessage;
      }
    };
  }, LATE_MS);
}

function names(page) {
  return accessKeysSection(page).locator('tbody th[scope=row] .keys__name-text');
}

async function openMenu(page, keyName, item) {
  await accessKeysSection(page).getByRole('button', { name: `More options for ${keyName}`, exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

async function deleteKey(page, keyName) {
  await openMenu(page, keyName, 'Delete');
  await page.getByRole('alertdialog', { name: 'Delete access key?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(names(page)).not.toContainText([keyName]);
}

async function renameKey(page, keyName, to) {
  await openMenu(page, keyName, 'Rename');
  const dialog = page.getByRole('dialog', { name: 'Rename access key' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(to);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

/** Two tabs of one browser on the page; `late` hears the other late. */
async function twoTabs(context, page, { late = false } = {}) {
  if (late) await hearLate(page);
  await openApiAuthentication(page);
  const other = await context.newPage();
  await openApiAuthentication(other);
  return other;
}

test('a secret on screen stays while another tab renames a key, until Done and Proceed', async ({ page, context }) => {
  const other = await twoTabs(context, page);
  await accessKeysSection(page).getByRole('button', { name: 'Create access key' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create access key' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Shown once');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  const secret = (await dialog.locator('#new-access-key-secret').textContent()).trim();

  await renameKey(other, 'CI pipeline', 'CI renamed elsewhere');
  // This tab has heard (its list changed), and the secret is still on screen.
  await expect(names(page)).toContainText(['CI renamed elsewhere']);
  await expect(dialog.locator('#new-access-key-secret')).toHaveText(secret);
  await expect(dialog.getByRole('button', { name: 'Done' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Proceed' }).click();
  await expect(dialog).toBeHidden();
  await expect(names(page)).toContainText(['Shown once']);
});

test('search text, selection and an open menu survive another tab creating a key', async ({ page, context }) => {
  const other = await twoTabs(context, page);
  const section = accessKeysSection(page);
  const search = section.getByRole('searchbox', { name: 'Search access keys' });
  await search.fill('pipeline');
  await section.getByRole('checkbox', { name: 'Select CI pipeline' }).check();
  await expect(section.getByRole('button', { name: 'Delete selected (1)' })).toBeEnabled();

  await accessKeysSection(other).getByRole('button', { name: 'Create access key' }).click();
  const dialog = other.getByRole('dialog', { name: 'Create access key' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Another pipeline');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await other.getByRole('alertdialog').getByRole('button', { name: 'Proceed' }).click();

  // The new key matches the search and appears; what the user had stays as it was.
  await expect(names(page).locator('visible=true')).toHaveText(['Another pipeline', 'CI pipeline']);
  await expect(search).toHaveValue('pipeline');
  await expect(section.getByRole('checkbox', { name: 'Select CI pipeline' })).toBeFocused();
  await expect(section.getByRole('checkbox', { name: 'Select CI pipeline' })).toBeChecked();
  await expect(section.getByRole('checkbox', { name: 'Select Another pipeline' })).not.toBeChecked();
  await expect(section.getByRole('button', { name: 'Delete selected (1)' })).toBeEnabled();

  // An open menu stays open through another change.
  await section.getByRole('button', { name: 'More options for CI pipeline', exact: true }).click();
  await expect(page.getByRole('menuitem', { name: 'Rename' })).toBeVisible();
  await renameKey(other, 'Another pipeline', 'Another pipeline (EU)');
  await expect(names(page)).toHaveText(['Another pipeline (EU)', 'CI pipeline']);
  await expect(page.getByRole('menuitem', { name: 'Rename' })).toBeVisible();
});

test('a late tab renaming a key deleted elsewhere is told, and the key stays deleted', async ({ page, context }) => {
  const other = await twoTabs(context, page, { late: true });
  await openMenu(page, 'CI pipeline', 'Rename');
  const dialog = page.getByRole('dialog', { name: 'Rename access key' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('CI (prod)');

  await deleteKey(other, 'CI pipeline');
  // This tab has not heard yet: it still lists the key.
  await expect(names(page)).toContainText(['CI pipeline']);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert').first()).toHaveText('“CI pipeline” was deleted in another tab, so nothing was changed.');
  await expect(dialog.getByRole('button', { name: 'Save' })).toBeHidden();
  await expect(names(page)).not.toContainText(['CI pipeline']);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  for (const tab of [page, other]) {
    await tab.reload();
    // The two keys left that are not system-generated (the list hides those by default).
    await expect(names(tab)).toHaveText(['Reporting dashboard', 'Data warehouse sync']);
    await expect(names(tab)).not.toContainText(['CI pipeline']);
    await expect(names(tab)).not.toContainText(['CI (prod)']);
  }
});

test('a late tab rotating a key deleted elsewhere gets no secret, and the key stays deleted', async ({ page, context }) => {
  const other = await twoTabs(context, page, { late: true });
  await openMenu(page, 'Reporting dashboard', 'Rotate secret');
  const dialog = page.getByRole('dialog', { name: 'Rotate secret' });
  await deleteKey(other, 'Reporting dashboard');

  await dialog.getByRole('button', { name: 'Rotate', exact: true }).click();
  await expect(dialog.getByRole('alert').first()).toHaveText('“Reporting dashboard” was deleted in another tab, so nothing was changed.');
  await expect(dialog.locator('#new-access-key-secret')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.reload();
  await expect(names(page)).not.toContainText(['Reporting dashboard']);
  expect(await dumpStorage(page)).not.toContain('Reporting dashboard"');
});

test('rename racing rename: the later save is told the name that won; nothing is silently lost', async ({ page, context }) => {
  const other = await twoTabs(context, page, { late: true });
  await openMenu(page, 'CI pipeline', 'Rename');
  const dialog = page.getByRole('dialog', { name: 'Rename access key' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Deploy');
  await renameKey(other, 'CI pipeline', 'Build');

  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert').first()).toHaveText(
    '“CI pipeline” was renamed to “Build” in another tab, so nothing was changed. Check the list and try again.',
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(names(page)).toContainText(['Build']);
  await expect(names(page)).not.toContainText(['Deploy']);
  await expect(names(other)).toContainText(['Build']);
});

test('two tabs creating the same name: the second is refused with the usual message', async ({ page, context }) => {
  const other = await twoTabs(context, page, { late: true });
  for (const tab of [other, page]) {
    await accessKeysSection(tab).getByRole('button', { name: 'Create access key' }).click();
    await tab.getByRole('dialog', { name: 'Create access key' }).getByRole('textbox', { name: 'Name' }).fill('CI');
  }
  const first = other.getByRole('dialog', { name: 'Create access key' });
  await first.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(first.locator('#new-access-key-secret')).toBeVisible();

  const second = page.getByRole('dialog', { name: 'Create access key' });
  await second.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(second.getByText('An access key named "CI" already exists. Choose another name.')).toBeVisible();
  await expect(second.locator('#new-access-key-secret')).toHaveCount(0);
  await second.getByRole('button', { name: 'Cancel' }).click();
  await first.getByRole('button', { name: 'Done' }).click();
  await other.getByRole('alertdialog').getByRole('button', { name: 'Proceed' }).click();
  await page.reload();
  await expect(names(page).filter({ hasText: /^CI$/ })).toHaveCount(1);
});
