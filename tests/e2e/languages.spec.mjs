// The page in its user's language: the browser's languages on a first visit, the profile menu's
// "Language", a choice remembered and followed by other tabs, right to left in Arabic, catalogs fetched
// only when chosen and kept for offline use.
import { test, expect, API_AUTH, openApiAuthentication } from './fixtures.mjs';
import { expectNoAxeViolations } from './axe.mjs';
import { accessKeys, putRecords } from '../../bench/seed.mjs';

/** Opens the page in a browser context whose language is `locale`; waits for the account. */
async function openIn(browser, locale, options = {}) {
  const context = await browser.newContext({ locale, ...options });
  const page = await context.newPage();
  const catalogs = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/i18n/')) catalogs.push(new URL(request.url()).pathname);
  });
  await page.goto(API_AUTH);
  await expect(page.locator('#account-id-value')).toHaveText(/^Ac[0-9A-Za-z]{10}$/);
  return { context, page, catalogs };
}

/** Opens the page in the pseudo-locale (never offered: chosen here through the stored choice). */
async function openPseudo(browser) {
  const context = await browser.newContext();
  await context.addInitScript(() => localStorage.setItem('flowdeck.language', JSON.stringify('en-XA')));
  const page = await context.newPage();
  await page.goto(API_AUTH);
  return { context, page };
}

async function chooseLanguage(page, name) {
  await page.locator('.avatar').click();
  await page.getByRole('group', { name: /./ }).getByRole('menuitemradio', { name }).click();
}

test('an English browser downloads no other language', async ({ page }) => {
  const catalogs = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/i18n/')) catalogs.push(request.url());
  });
  await openApiAuthentication(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  expect(catalogs).toEqual([]);
});

test('a first visit follows the browser languages; the profile menu lists each language in itself', async ({ browser }) => {
  const { context, page, catalogs } = await openIn(browser, 'es-MX');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1, name: 'Autenticación de la API' })).toBeVisible();
  await expect(page).toHaveTitle('Autenticación de la API · Flowdeck');
  await expect(page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Integraciones' })).toBeVisible();
  expect(catalogs).toEqual([expect.stringMatching(/^\/i18n\/es\.[0-9a-f]{16}\.txt$/)]);

  await page.getByRole('button', { name: 'Perfil' }).click();
  const group = page.getByRole('group', { name: 'Idioma' });
  const names = await group.getByRole('menuitemradio').allTextContents();
  expect(names.map((n) => n.trim())).toEqual(['English', 'Español', 'Deutsch', 'العربية', '日本語']);
  await expect(group.getByRole('menuitemradio', { name: 'Español' })).toHaveAttribute('aria-checked', 'true');
  await expect(group.getByRole('menuitemradio', { name: 'العربية' })).toHaveAttribute('lang', 'ar');
  await expectNoAxeViolations(page, 'language menu, Spanish');

  // Chosen by keyboard: the page changes at once, without a reload, and keeps the choice.
  await group.getByRole('menuitemradio', { name: 'Deutsch' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'API-Authentifizierung' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('button', { name: 'Profil' })).toBeFocused();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'API-Authentifizierung' })).toBeVisible();
  await context.close();
});

test('a language chosen in another tab changes this one without closing its dialog or losing what was typed', async ({ browser }) => {
  const { context, page } = await openIn(browser, 'en-US');
  await page.getByRole('region', { name: 'Access keys' }).getByRole('button', { name: 'Create access key' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Halfway typed');

  const other = await context.newPage();
  await other.goto(API_AUTH);
  await chooseLanguage(other, 'Deutsch');
  await expect(other.getByRole('heading', { level: 1, name: 'API-Authentifizierung' })).toBeVisible();

  await expect(dialog).toHaveAccessibleName('Zugriffsschlüssel erstellen');
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Halfway typed');
  await expect(dialog.getByRole('button', { name: 'Erstellen', exact: true })).toBeVisible();
  await context.close();
});

test('a language chosen in another tab reaches the rows, an open row menu and the activity log in place', async ({ browser }) => {
  const { context, page } = await openIn(browser, 'en-US');
  const row = page.getByRole('row', { name: /CI pipeline/ });
  await expect(row.getByRole('checkbox', { name: 'Select CI pipeline' })).toBeVisible();
  await page.getByRole('button', { name: 'More options for CI pipeline' }).click();
  await expect(page.getByRole('menuitem', { name: 'Rename' })).toBeVisible();

  const other = await context.newPage();
  await other.goto(API_AUTH);
  await chooseLanguage(other, 'Deutsch');
  await expect(other.getByRole('heading', { level: 1, name: 'API-Authentifizierung' })).toBeVisible();

  // Each row, the open menu and each log entry follow the language through a scope of their own.
  await expect(page.getByRole('heading', { level: 1, name: 'API-Authentifizierung' })).toBeVisible();
  await expect(row.getByRole('checkbox', { name: 'CI pipeline auswählen' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Umbenennen' })).toBeVisible();
  await expect(page.locator('.activity__what', { hasText: /^Erstellt$/ }).first()).toBeVisible();
  await expect(page.locator('.activity__what', { hasText: /^Created$/ })).toHaveCount(0);
  // Dates and times are written again by Intl in the new language: "03.12.2026", "vor 3 Tagen".
  await expect(row.locator('td').nth(2)).toHaveText(/^\d{2}\.\d{2}\.\d{4}$/);
  await expect(page.locator('.activity__when time').first()).toHaveText(/^vor |^(vor)?gestern|^heute|^jetzt/);
  await context.close();
});

test('a language taken up in place leaves no text of the old one on the page', async ({ browser }) => {
  const { context, page } = await openIn(browser, 'en-US');
  await expect(page.locator('#access-keys tbody tr')).not.toHaveCount(0);
  const other = await context.newPage();
  await other.goto(API_AUTH);
  // The pseudo-locale is never offered; another tab stores it as its choice, and this tab follows.
  await other.evaluate(() => localStorage.setItem('flowdeck.language', JSON.stringify('en-XA')));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  await expect.poll(() => unmarked(page.locator('header, main'))).toEqual([]);
  await context.close();
});

test('Arabic mirrors the page, keeps IDs left to right and passes axe in light and dark, wide and narrow', async ({ browser }) => {
  for (const [width, colorScheme] of [[1280, 'light'], [1280, 'dark'], [390, 'light'], [390, 'dark']]) {
    const { context, page } = await openIn(browser, 'ar-EG', { viewport: { width, height: 900 }, colorScheme });
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1, name: 'مصادقة API' })).toBeVisible();
    // Mirrored: the brand is at the right edge, the profile button at the left.
    const brand = await page.locator('.app-header__brand').boundingBox();
    const avatar = await page.locator('.avatar').boundingBox();
    expect(avatar.x).toBeLessThan(brand.x);
    expect(brand.x + brand.width).toBeGreaterThan(width * 0.8);
    // No sideways scroll.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    // IDs and addresses stay left to right inside the mirrored page.
    for (const value of [page.locator('#account-id-value'), page.locator('#account-domain-value')]) {
      expect(await value.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    }
    await expectNoAxeViolations(page, `Arabic ${width} ${colorScheme}`);
    await context.close();
  }
});

test('the create flow by keyboard in Japanese and in Arabic', async ({ browser }) => {
  for (const [locale, words] of [
    ['ja-JP', { create: 'アクセスキーを作成', submit: '作成', done: '完了', proceed: '続行', toast: 'アクセスキー「東京の CI」を作成しました。' }],
    ['ar', { create: 'إنشاء مفتاح وصول', submit: 'إنشاء', done: 'تم', proceed: 'متابعة', toast: 'أُنشئ مفتاح الوصول «CI القاهرة».' }],
  ]) {
    const { context, page } = await openIn(browser, locale);
    const name = locale === 'ar' ? 'CI القاهرة' : '東京の CI';
    await page.locator('.page__bar').getByRole('button', { name: words.create }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: words.create });
    await expect(dialog.getByRole('textbox').first()).toBeFocused();
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await expect(dialog.locator('#new-access-key-id')).toHaveText(/^Ak/);
    await expectNoAxeViolations(page, `secret step, ${locale}`);
    // Tab to "Done" (the step starts on its first button), then the alert's "Proceed".
    const done = dialog.getByRole('button', { name: words.done, exact: true });
    for (let i = 0; i < 12 && !(await done.evaluate((b) => b === document.activeElement)); i += 1) await page.keyboard.press('Tab');
    await expect(done).toBeFocused();
    await page.keyboard.press('Enter');
    const proceed = page.getByRole('alertdialog').getByRole('button', { name: words.proceed });
    await expect(page.getByRole('alertdialog').getByRole('button').first()).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(proceed).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: words.toast })).toBeVisible();
    await context.close();
  }
});

test('a language used once keeps working offline', async ({ browser }) => {
  const { context, page } = await openIn(browser, 'en-US');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
  await chooseLanguage(page, '日本語');
  await expect(page.getByRole('heading', { level: 1, name: 'API 認証' })).toBeVisible();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'API 認証' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await context.close();
});

/** The visible texts and labels in `root` that did not come from a catalog (pseudo-locale). */
const unmarked = (root) =>
  root.evaluateAll((elements) => {
    const found = [];
    const marked = (text) => /⟦[^⟧]*⟧/.test(text);
    // Values, not words: IDs, secrets, dates, numbers, the product name and code.
    const value = (text) => /^(Flowdeck|F|[A-Z]{2}|Ak[0-9A-Za-z]{10}|aks_\S+|curl[\s\S]*|[\d\s.,:/–-]+|.*\d{4}.*)$/.test(text);
    const whole = (t) => /^\s*⟦[^⟦]*⟧\s*$/.test(t);
    for (const element of elements) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode;
        const text = node.textContent.trim();
        const parent = node.parentElement;
        // <time> is written by Intl in the page's language, not by a catalog; <bdi> holds a name someone gave;
        // an element in another language (the Language menu's names) is that language's own word; a key's
        // description is text someone wrote.
        if (!text || parent.closest('[hidden], [aria-hidden=true], option, code, pre, .mono, select, time, bdi, .keys__description, [lang]:not(html)')) continue;
        if (parent.checkVisibility && !parent.checkVisibility()) continue;
        // A sentence with a value in it (a name in <strong>) is marked as a whole.
        const sentence = parent.closest('p, li, h1, h2, h3, label, button, dt, dd, th, td, legend, summary');
        if (!marked(text) && !value(text) && !(sentence && whole(sentence.textContent))) found.push(text);
      }
      for (const labelled of element.querySelectorAll('[aria-label]')) {
        const label = labelled.getAttribute('aria-label');
        if (!marked(label)) found.push(`aria-label: ${label}`);
      }
    }
    return found;
  });

/** The dialog now open, once it shows. */
async function openDialog(page) {
  const dialog = page.locator('dialog[open]');
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Chooses, in the More options menu of the first access key row matching `row`, the item whose pseudo text
 * starts with `start`; returns the dialog it opens. */
async function fromRowMenu(page, row, start) {
  await page.locator(`#access-keys ${row} .more-options`).first().click();
  await page.locator('[role=menu]:not([hidden])').getByRole('menuitem', { name: new RegExp(`^⟦${start}`) }).click();
  return openDialog(page);
}

/** "Test access key" with the first key's ID and a mistyped secret; returns the dialog, refusal shown. */
async function refusedCheck(page) {
  const keys = page.locator('#access-keys');
  await keys.locator('.card__actions button').nth(1).click();
  const dialog = await openDialog(page);
  const id = (await keys.locator('tbody code').first().textContent()).trim();
  const inputs = dialog.locator('input');
  await inputs.nth(0).fill(id);
  await inputs.nth(1).fill(`aks_${'a'.repeat(49)}`);
  await inputs.nth(2).fill('Pseudo runner');
  await dialog.locator('button[type=submit]').click();
  await expect(dialog.getByRole('alert')).not.toBeEmpty();
  return dialog;
}

test('the pseudo-locale marks every text of the page top and the create flow as coming from a catalog', async ({ browser }) => {
  const { context, page } = await openPseudo(browser);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  expect(await unmarked(page.locator('header.app-header'))).toEqual([]);
  expect(await unmarked(page.locator('.page__bar'))).toEqual([]);
  expect(await unmarked(page.locator('.page__title'))).toEqual([]);
  await page.locator('.page__bar').getByRole('button').click();
  const dialog = await openDialog(page);
  await dialog.getByRole('radio').nth(1).check();
  expect(await unmarked(dialog)).toEqual([]);
  // "Read only", the first preset: a key restricted to nothing would be refused.
  await dialog.locator('.permissions__presets button').first().click();
  await dialog.getByRole('textbox').first().fill('Pseudo');
  await dialog.locator('button[type=submit]').click();
  await expect(dialog.locator('#new-access-key-id')).toHaveText(/^Ak/);
  expect(await unmarked(dialog)).toEqual([]);
  await context.close();
});

test('German and Spanish fit a 390 px phone without sideways scroll, dialog included', async ({ browser }) => {
  for (const [locale, create] of [['de-DE', 'Zugriffsschlüssel erstellen'], ['es-ES', 'Crear clave de acceso']]) {
    const { context, page } = await openIn(browser, locale, { viewport: { width: 390, height: 844 } });
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await fits()).toBeLessThanOrEqual(390);
    await page.locator('.page__bar').getByRole('button', { name: create }).click();
    await expect(page.getByRole('dialog', { name: create })).toBeVisible();
    expect(await fits()).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(page, `create dialog, ${locale}, 390 px`);
    await context.close();
  }
});

test("the pseudo-locale marks a row's More options menu, rotate with its secret step, and revoking the old secret", async ({ browser }) => {
  const { context, page } = await openPseudo(browser);
  const name = (await page.locator('#access-keys tbody .keys__name-text').first().textContent()).trim();
  const more = page.locator('#access-keys .keys__actions .more-options').first();
  await more.click();
  const menu = page.locator('[role=menu]:not([hidden])');
  await expect(menu.getByRole('menuitem').first()).toBeVisible();
  expect(await unmarked(menu)).toEqual([]);
  // "Rotate secret": the item whose pseudo text starts so.
  await menu.getByRole('menuitem', { name: /^⟦Röt/ }).click();
  const rotate = await openDialog(page);
  expect(await unmarked(rotate)).toEqual([]);
  // Rotated with the grace period offered: the new secret, then "Done" and its alert.
  await rotate.locator('button[type=submit]').click();
  await expect(rotate.locator('code').first()).toBeVisible();
  expect(await unmarked(rotate)).toEqual([]);
  await rotate.getByRole('button', { name: /^⟦Döñé/ }).click();
  const alert = page.getByRole('alertdialog');
  await expect(alert).toBeVisible();
  expect(await unmarked(alert)).toEqual([]);
  await alert.getByRole('button').last().click();
  await expect(rotate).toBeHidden();
  // The old secret still works for its grace period: "Revoke old secret now" asks first.
  expect(await unmarked(await fromRowMenu(page, `tbody tr:has-text("${name}")`, 'Révö'))).toEqual([]);
  await context.close();
});

test('the pseudo-locale marks the leak check, what it found included', async ({ browser }) => {
  const { context, page } = await openPseudo(browser);
  await page.locator('#access-keys .card__actions button').first().click();
  const dialog = await openDialog(page);
  expect(await unmarked(dialog)).toEqual([]);
  // A key ID of this account, and a mistyped secret: each finding is a message, and so is the summary.
  const id = (await page.locator('#access-keys tbody code').first().textContent()).trim();
  await dialog.locator('textarea').fill(`id=${id}\nsecret=aks_${'a'.repeat(49)}`);
  await dialog.locator('button[type=submit]').click();
  await expect(dialog.locator('.leak__item').first()).toBeVisible();
  expect(await unmarked(dialog)).toEqual([]);
  await context.close();
});

test('the pseudo-locale marks the access keys list: banners, rows, connections, selection, pager and its dialogs', async ({ browser }) => {
  const { context, page } = await openPseudo(browser);
  const keys = page.locator('#access-keys');
  await expect(keys.locator('tbody tr').first()).toBeVisible();
  // 60 more keys: the pager shows; system-generated keys listed; every row's connections unfolded.
  await page.evaluate(putRecords, { store: 'access_keys', records: accessKeys(60, (i) => `Paged key ${String(i).padStart(3, '0')}`) });
  await page.reload();
  await expect(keys.locator('.pager')).toBeVisible();
  await keys.locator('#show-system-generated').check();
  await keys.locator('thead input[type=checkbox]').check();
  await expect(keys.locator('.keys__hint[role=status]')).not.toBeEmpty();
  for (const details of await keys.locator('details.connections').all()) await details.evaluate((d) => { d.open = true; });
  expect(await unmarked(keys.locator('.banner, .keys__tools, .keys__hint, table, .pager'))).toEqual([]);
  // A search that matches only hidden system-generated keys says so.
  await keys.locator('#show-system-generated').uncheck();
  await keys.locator('input[type=search]').fill('slack');
  await expect(keys.locator('.keys__hint').last()).toBeVisible();
  expect(await unmarked(keys.locator('.keys__hint').last())).toEqual([]);
  await keys.locator('input[type=search]').fill('');
  // "Delete selected": the confirmation names the keys and the connections it revokes.
  await keys.locator('.keys__tools button.button--danger').click();
  const confirm = await openDialog(page);
  expect(await unmarked(confirm)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  // Disabling a key with active connections names them.
  await keys.locator('input[type=search]').fill('CI pipeline');
  expect(await unmarked(await fromRowMenu(page, 'tbody tr', 'Dís'))).toEqual([]);
  await context.close();
});

test('the pseudo-locale marks Edit permissions with its line errors, View permissions and Test access key', async ({ browser }) => {
  const { context, page } = await openPseudo(browser);
  const keys = page.locator('#access-keys');
  const edit = await fromRowMenu(page, 'tbody tr:not(:has(.badge--system))', 'Édít');
  await edit.locator('textarea').last().fill('300.1.2.3\n10.0.0.1/8\n2001:db8::/129');
  await edit.locator('button[type=submit]').click();
  await expect(edit.locator('.field__errors li')).toHaveCount(3);
  expect(await unmarked(edit)).toEqual([]);
  await edit.locator('textarea').last().fill('');
  await edit.locator('button[type=submit]').click();
  await expect(edit).toBeHidden();
  // A system-generated key's permissions are shown, not edited.
  await keys.locator('#show-system-generated').check();
  const shown = await fromRowMenu(page, 'tbody tr:has(.badge--system)', 'Ví');
  expect(await unmarked(shown)).toEqual([]);
  await shown.locator('.dialog__actions button').click();
  // Test access key: a mistyped secret is refused in words.
  expect(await unmarked(await refusedCheck(page))).toEqual([]);
  await context.close();
});

test('the pseudo-locale marks the activity log: filters, entries, who acted and the pager', async ({ browser }) => {
  const { context, page } = await openPseudo(browser);
  const log = page.locator('#activity-log');
  await expect(log.locator('.activity__item').first()).toBeVisible();
  // A refused check adds an entry of its own (who: the client; why: in the words it was told).
  await refusedCheck(page);
  await page.keyboard.press('Escape');
  expect(await unmarked(log)).toEqual([]);
  // Every kind of entry has its name in the filter.
  const kinds = await log.locator('#activity-event option').allTextContents();
  expect(kinds.filter((name) => !/⟦[^⟧]*⟧/.test(name))).toEqual([]);
  await context.close();
});

test('the pseudo-locale marks Account settings: policy, reminders, backup, keeping data, the restore preview', async ({ browser }) => {
  const { context, page } = await openPseudo(browser);
  await page.goto('/account-settings');
  const backup = page.locator('#backup');
  await expect(backup).toBeVisible();
  const download = page.waitForEvent('download');
  await backup.locator('.backup__actions button').click();
  const path = await (await download).path();
  await expect(backup.getByRole('status').first()).not.toBeEmpty();
  expect(await unmarked(page.locator('main'))).toEqual([]);
  // The same account's backup: the preview says it is merged and what it adds, keeps and updates.
  await backup.locator('input[type=file]').setInputFiles(path);
  const dialog = page.locator('dialog[open]');
  await expect(dialog.locator('.restore__lines li').first()).toBeVisible();
  expect(await unmarked(dialog)).toEqual([]);
  await context.close();
});

test('the pseudo-locale marks the Integrations page and a page that does not exist', async ({ browser }) => {
  const { context, page } = await openPseudo(browser);
  await page.goto('/integrations');
  await expect(page.locator('.integration').first()).toBeVisible();
  // Integrations are called by their product names in every language.
  const products = await page.locator('.integration__name').allTextContents();
  expect(products).toEqual(['Slack', 'Google Sheets', 'Zapier', 'GitHub']);
  await page.locator('.integration__name').evaluateAll((names) => names.forEach((n) => n.setAttribute('hidden', '')));
  expect(await unmarked(page.locator('main'))).toEqual([]);
  await page.goto('/no-such-page');
  await expect(page.locator('main h1')).toBeVisible();
  expect(await unmarked(page.locator('main'))).toEqual([]);
  await context.close();
});

test('the pseudo-locale marks the profile menu, the API keys with their menu and dialogs, rename, unused keys and reset', async ({ browser }) => {
  const { context, page } = await openPseudo(browser);
  await page.locator('.avatar').click();
  const menu = page.locator('[role=menu]:not([hidden])');
  await expect(menu.getByRole('menuitemradio').first()).toBeVisible();
  expect(await unmarked(menu)).toEqual([]);
  await page.keyboard.press('Escape');
  // The legacy API keys: the section with its questions unfolded, a key's menu, both confirmations.
  const apiKeys = page.locator('#api-keys');
  for (const details of await apiKeys.locator('details').all()) await details.evaluate((d) => { d.open = true; });
  expect(await unmarked(apiKeys)).toEqual([]);
  for (const start of ['Çréá', 'Délé']) {
    await apiKeys.locator('.more-options').first().click();
    const items = page.locator('[role=menu]:not([hidden])');
    expect(await unmarked(items)).toEqual([]);
    await items.getByRole('menuitem', { name: new RegExp(`^⟦${start}`) }).click();
    expect(await unmarked(await openDialog(page))).toEqual([]);
    await page.keyboard.press('Escape');
  }
  // Rename, and the discard question when Escape leaves a typed name.
  const rename = await fromRowMenu(page, 'tbody tr:not(:has(.badge--system))', 'Réñ');
  expect(await unmarked(rename)).toEqual([]);
  await rename.getByRole('textbox').first().fill('Renamed in pseudo');
  await page.keyboard.press('Escape');
  await expect(rename.getByRole('button').nth(1)).toBeVisible();
  expect(await unmarked(rename)).toEqual([]);
  await rename.getByRole('button').last().click();
  await expect(rename).toBeHidden();
  // The unused keys' "Disable all N" asks first, naming them: 100 days on, some keys have gone unused.
  await page.clock.setFixedTime(Date.now() + 100 * 86_400_000);
  await page.reload();
  const unused = page.locator('#access-keys .banner--notice');
  await expect(unused).toBeVisible();
  await unused.getByRole('button').last().click();
  expect(await unmarked(await openDialog(page))).toEqual([]);
  await page.keyboard.press('Escape');
  // "Reset demo data" asks first.
  await page.goto('/account-settings');
  await page.locator('section[aria-labelledby=demo-data-title] > .button--danger').click();
  expect(await unmarked(await openDialog(page))).toEqual([]);
  await context.close();
});

/** The words shown in `root`: its visible text nodes and labels, less values (names, IDs, dates, code). */
const shownWords = (root) =>
  root.evaluateAll((elements) => {
    const found = new Set();
    const value = (text) => /^(Flowdeck|[A-Z]{2}|Ak[0-9A-Za-z]{10}|aks_\S+|curl[\s\S]*|[\d\s.,:/–-]+|.*\d{4}.*)$/.test(text);
    for (const element of elements) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const text = walker.currentNode.textContent.trim();
        const parent = walker.currentNode.parentElement;
        if (!text || value(text)) continue;
        if (parent.closest('[hidden], [aria-hidden=true], code, pre, .mono, time, bdi, .keys__description, [lang]:not(html)')) continue;
        if (parent.checkVisibility && !parent.checkVisibility()) continue;
        found.add(text);
      }
      for (const labelled of element.querySelectorAll('[aria-label]')) found.add(labelled.getAttribute('aria-label'));
    }
    return [...found];
  });

test('no English is left on the page, its menus and the create dialog in Spanish, German, Arabic and Japanese', async ({ browser }) => {
  const walk = async (page) => {
    const words = await shownWords(page.locator('header, main'));
    await page.locator('.avatar').click();
    words.push(...await shownWords(page.locator('[role=menu]:not([hidden])')));
    await page.keyboard.press('Escape');
    await page.locator('.page__bar').getByRole('button').click();
    words.push(...await shownWords(page.locator('dialog[open]')));
    return words;
  };
  const english = await (async () => {
    const { context, page } = await openIn(browser, 'en-US');
    const words = await walk(page);
    await context.close();
    return new Set(words);
  })();
  // Words that are the same in both languages: product and format names, and German's "System", "Name",
  // "Status" and "(optional)".
  const same = new Set(['API', 'System', 'Name', 'Status', '(optional)', 'Slack', 'Zapier', 'GitHub', 'Google Sheets', 'CSV', 'JSON', '.env']);
  for (const locale of ['es-ES', 'de-DE', 'ar-EG', 'ja-JP']) {
    const { context, page } = await openIn(browser, locale);
    const left = (await walk(page)).filter((word) => english.has(word) && !same.has(word));
    expect(left, locale).toEqual([]);
    await context.close();
  }
});
