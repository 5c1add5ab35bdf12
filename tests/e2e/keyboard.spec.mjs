// Every flow with the keyboard alone: Tab, Shift+Tab, Enter, Space, arrows and Escape. No clicks and no
// fill(): a control is used only after Tab has reached it.
import { test, expect, openApiAuthentication, accessKeysSection, dumpStorage } from './fixtures.mjs';

const section = accessKeysSection;

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it is not reachable. */
async function tabTo(page, target, { backwards = false, max = 80 } = {}) {
  for (let presses = 0; presses <= max; presses++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`not reachable with ${backwards ? 'Shift+Tab' : 'Tab'}: ${target}`);
}

/** Opens a row's "More options" menu and picks `item` with arrows and Enter. */
async function chooseFromMoreOptions(page, keyName, item) {
  const button = section(page).getByRole('button', { name: `More options for ${keyName}` });
  await tabTo(page, button);
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  for (let i = 0; i < 10 && !(await menu.getByRole('menuitem', { name: item }).evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(menu.getByRole('menuitem', { name: item })).toBeFocused();
  await page.keyboard.press('Enter');
  return button;
}

test('create by keyboard: every step to Proceed, copy, download; focus returns to the opener', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApiAuthentication(page);
  const opener = section(page).getByRole('button', { name: 'Create access key' });
  await tabTo(page, opener);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Create access key' });
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toBeFocused();

  // Enter on an empty name: the error is announced and focus stays in the dialog.
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.type('Keyboard key');
  const expiry = dialog.getByRole('combobox', { name: 'Expiry period' });
  await tabTo(page, expiry);
  await page.keyboard.press('ArrowUp');
  await expect(expiry).toHaveValue('60');
  await tabTo(page, dialog.getByRole('button', { name: 'Create', exact: true }));
  await page.keyboard.press('Enter');

  const copySecret = dialog.getByRole('button', { name: 'Copy access key secret' });
  await expect(copySecret).toBeVisible();
  const secret = (await dialog.locator('#new-access-key-secret').textContent()).trim();
  await tabTo(page, copySecret);
  await page.keyboard.press('Space');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);

  await tabTo(page, dialog.getByRole('button', { name: 'Download credentials' }));
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/keyboard-key.*\.csv$/);

  // Focus is trapped: the page behind is inert, so Tab cycles through the dialog (passing, as native
  // modal dialogs do, through the browser's own controls, where the document's focus is on <body>).
  let inDialog = 0;
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() =>
      document.activeElement === document.body ? 'browser' : document.activeElement?.closest('dialog[open]') ? 'dialog' : 'page',
    );
    expect(where).not.toBe('page');
    if (where === 'dialog') inDialog += 1;
  }
  expect(inDialog).toBeGreaterThanOrEqual(10);
  await tabTo(page, dialog.getByRole('button', { name: 'Done' }), { backwards: true });
  await page.keyboard.press('Enter');
  const alert = page.getByRole('alertdialog', { name: "You won't see this secret again" });
  await expect(alert).toBeVisible();
  await tabTo(page, alert.getByRole('button', { name: 'Proceed' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('dialog[open]')).toHaveCount(0);
  await expect(opener).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Access key “Keyboard key” created.' })).toBeVisible();
  await expect(section(page).getByRole('rowheader', { name: /Keyboard key/ })).toBeVisible();
});

test('rename, disable, rotate and delete from "More options" by keyboard', async ({ page }) => {
  await openApiAuthentication(page);

  const menuButton = await chooseFromMoreOptions(page, 'CI pipeline', 'Rename');
  const rename = page.getByRole('dialog', { name: 'Rename access key' });
  const name = rename.getByRole('textbox', { name: 'Name' });
  await expect(name).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Build pipeline');
  await page.keyboard.press('Enter');
  await expect(rename).toBeHidden();
  await expect(section(page).getByRole('rowheader', { name: /Build pipeline/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Renamed to “Build pipeline”.' })).toBeVisible();
  expect(await menuButton.count()).toBe(0);

  await chooseFromMoreOptions(page, 'Build pipeline', 'Disable');
  // Its connections stop too: asked first, Cancel holding the focus.
  const disable = page.getByRole('alertdialog', { name: 'Disable access key?' });
  await expect(disable.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await tabTo(page, disable.getByRole('button', { name: 'Disable' }));
  await page.keyboard.press('Enter');
  await expect(section(page).getByRole('row', { name: /Build pipeline/ })).toContainText('Disabled');
  await chooseFromMoreOptions(page, 'Build pipeline', 'Enable');
  await expect(section(page).getByRole('row', { name: /Build pipeline/ })).not.toContainText('Disabled');

  await chooseFromMoreOptions(page, 'Build pipeline', 'Rotate secret');
  const rotate = page.getByRole('dialog', { name: 'Rotate secret' });
  const grace = rotate.getByRole('combobox', { name: 'Old secret stays valid for' });
  await tabTo(page, grace);
  await page.keyboard.press('ArrowDown');
  await tabTo(page, rotate.getByRole('button', { name: 'Rotate' }));
  await page.keyboard.press('Enter');
  await tabTo(page, rotate.getByRole('button', { name: 'Done' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('alertdialog').getByRole('button', { name: 'Proceed' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'The secret of “Build pipeline” was rotated.' })).toBeVisible();

  // Escape cancels the confirmation and returns focus; then delete for real.
  const more = await chooseFromMoreOptions(page, 'Build pipeline', 'Delete');
  const confirm = page.getByRole('alertdialog', { name: 'Delete access key?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(more).toBeFocused();
  await chooseFromMoreOptions(page, 'Build pipeline', 'Delete');
  await tabTo(page, confirm.getByRole('button', { name: 'Delete', exact: true }));
  await page.keyboard.press('Enter');
  await expect(section(page).getByRole('rowheader', { name: /Build pipeline/ })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Access key “Build pipeline” deleted.' })).toBeVisible();
  const storedKeys = (await dumpStorage(page)).split('\n').find((line) => line.startsWith('api-auth/access_keys:'));
  expect(storedKeys).not.toContain('Build pipeline');
});

test('show system-generated, the credential check, search and sort by keyboard', async ({ page }) => {
  await openApiAuthentication(page);
  const toggle = section(page).getByRole('checkbox', { name: 'Show system-generated' });
  await tabTo(page, toggle);
  await page.keyboard.press('Space');
  await expect(toggle).toBeChecked();
  await expect(section(page).getByRole('row').filter({ hasText: 'System' }).first()).toBeVisible();

  const search = section(page).getByRole('searchbox', { name: 'Search access keys' });
  await tabTo(page, search, { backwards: true });
  await page.keyboard.type('warehouse');
  await expect(section(page).getByRole('rowheader')).toHaveCount(1);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  const nameSort = section(page).getByRole('columnheader', { name: 'Name' }).getByRole('button');
  await tabTo(page, nameSort);
  await page.keyboard.press('Enter');
  await expect(section(page).getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', /ascending|descending/);

  const opener = section(page).getByRole('button', { name: 'Test access key' });
  await tabTo(page, opener, { backwards: true });
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Test access key' });
  await expect(dialog.getByRole('textbox', { name: 'Access key ID' })).toBeFocused();
  await page.keyboard.type('Ak-not-a-key');
  await tabTo(page, dialog.getByRole('button', { name: 'Connect' }));
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('alert').first()).not.toBeEmpty();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('profile menu, integrations, the expiry policy and the theme by keyboard', async ({ page }) => {
  await openApiAuthentication(page);
  const profile = page.getByRole('button', { name: 'Profile' });
  await tabTo(page, profile, { backwards: true });
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'My settings' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('menuitemradio', { name: '日本語' })).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('a');
  await expect(page.getByRole('menuitem', { name: 'Account settings' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/account-settings$/);

  const policy = page.getByRole('region', { name: 'Access key expiry' });
  const days30 = policy.getByRole('checkbox', { name: '30 days' });
  const wasChecked = await days30.isChecked();
  await tabTo(page, days30);
  await page.keyboard.press('Space');
  await tabTo(page, policy.getByRole('button', { name: 'Save' }));
  await page.keyboard.press('Enter');
  await expect(policy.getByRole('status')).toHaveText('Saved');
  await expect(days30).toBeChecked({ checked: !wasChecked });

  const integrations = page.getByRole('link', { name: 'Integrations' });
  await tabTo(page, integrations, { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Integrations' })).toBeVisible();
  const connect = page.getByRole('button', { name: 'Connect Zapier' });
  await tabTo(page, connect);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Zapier is connected.' })).toBeVisible();

  const theme = page.getByRole('combobox', { name: 'Theme' });
  await tabTo(page, theme, { backwards: true });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(theme).toHaveValue('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('Escape closes a menu even when pressed before focus has moved into it', async ({ page }) => {
  await openApiAuthentication(page);
  const profile = page.getByRole('button', { name: 'Profile' });
  await tabTo(page, profile, { backwards: true });
  // Enter opens the menu and Escape follows in the same task: focus is still on the button (it moves into the
  // menu on the next frame), as when a busy page is slow to draw.
  await profile.evaluate((button) => {
    button.click();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
  });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await expect(profile).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(profile).toBeFocused();
});

test('a restricted, IP-pinned key by keyboard: create, check, edit its permissions, create a similar one', async ({ page }) => {
  await openApiAuthentication(page);
  const opener = section(page).getByRole('button', { name: 'Create access key' });
  await tabTo(page, opener);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Create access key' });
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await page.keyboard.type('Keyboard scoped');
  await tabTo(page, dialog.getByRole('textbox', { name: /^Description/ }));
  await page.keyboard.type('Typed without a mouse');
  // Tab reaches the checked radio of the group; an arrow moves the choice.
  await tabTo(page, dialog.getByRole('radio', { name: /^Full access/ }));
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio', { name: /^Restricted/ })).toBeChecked();
  await tabTo(page, dialog.getByRole('button', { name: 'Read only' }));
  await page.keyboard.press('Space');
  const boards = dialog.getByRole('combobox', { name: 'Boards' });
  await tabTo(page, boards);
  await page.keyboard.press('ArrowDown');
  await expect(boards).toHaveValue('read_write');
  await tabTo(page, dialog.getByRole('textbox', { name: /^Allowed IP addresses/ }));
  await page.keyboard.type('203.0.113.0/24');
  await tabTo(page, dialog.getByRole('button', { name: 'Create', exact: true }));
  await page.keyboard.press('Enter');
  const id = (await dialog.locator('#new-access-key-id').textContent()).trim();
  const secret = (await dialog.locator('#new-access-key-secret').textContent()).trim();
  await tabTo(page, dialog.getByRole('button', { name: 'Done' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('alertdialog').getByRole('button', { name: 'Proceed' }));
  await page.keyboard.press('Enter');
  await expect(opener).toBeFocused();
  const row = section(page).getByRole('row', { name: /Keyboard scoped/ });
  await expect(row).toContainText('Restricted: 6 resources · 1 allowed IP address');

  // The credential check, typed: a write to Users from an allowed address is refused.
  await tabTo(page, section(page).getByRole('button', { name: 'Test access key' }), { backwards: true });
  await page.keyboard.press('Enter');
  const check = page.getByRole('dialog', { name: 'Test access key' });
  await expect(check.getByRole('textbox', { name: 'Access key ID' })).toBeFocused();
  await page.keyboard.type(id);
  await page.keyboard.press('Tab');
  await page.keyboard.type(secret);
  // Past the secret's Show button to the client name.
  await page.keyboard.press('Tab');
  await expect(check.getByRole('button', { name: 'Show' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Keyboard client');
  await tabTo(page, check.getByRole('combobox', { name: 'Access' }));
  await page.keyboard.press('ArrowDown');
  await expect(check.getByRole('combobox', { name: 'Access' })).toHaveValue('write');
  await tabTo(page, check.getByRole('button', { name: 'Connect' }));
  await page.keyboard.press('Enter');
  await expect(check.getByRole('alert')).toHaveText('This key can read Processes but not write them.');
  await page.keyboard.press('Escape');
  await expect(check).toBeHidden();

  // Edit permissions: back to Full access, saved with Enter.
  await chooseFromMoreOptions(page, 'Keyboard scoped', 'Edit permissions');
  const edit = page.getByRole('dialog', { name: 'Edit permissions' });
  await tabTo(page, edit.getByRole('radio', { name: /^Restricted/ }));
  await page.keyboard.press('ArrowUp');
  await expect(edit.getByRole('radio', { name: /^Full access/ })).toBeChecked();
  await tabTo(page, edit.getByRole('button', { name: 'Save' }));
  await page.keyboard.press('Enter');
  await expect(edit).toBeHidden();
  await expect(row).toContainText('Full access · 1 allowed IP address');

  // Create similar: the copy's settings are there; Enter creates it.
  await chooseFromMoreOptions(page, 'Keyboard scoped', 'Create similar');
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Keyboard scoped (copy)');
  await page.keyboard.press('Enter');
  await tabTo(page, dialog.getByRole('button', { name: 'Done' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('alertdialog').getByRole('button', { name: 'Proceed' }));
  await page.keyboard.press('Enter');
  await expect(section(page).getByRole('row', { name: /Keyboard scoped \(copy\)/ })).toContainText('Full access · 1 allowed IP address');
});
