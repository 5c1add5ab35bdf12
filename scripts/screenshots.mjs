// README screenshots: the access keys at desktop (1280 px) and phone (390 px) width, light and dark, and
// the permission dialogs at 390 px in both themes. Serve the release build first (`make serve`), then:
// node scripts/screenshots.mjs [http://127.0.0.1:8080]
import { chromium } from 'playwright-core';

const origin = process.argv[2] ?? 'http://127.0.0.1:8080';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });

async function open(theme, width, height) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme: theme });
  const page = await context.newPage();
  await page.goto(`${origin}/settings/api-authentication`);
  await page.getByRole('checkbox', { name: 'Show system-generated' }).check();
  return { context, page, section: page.getByRole('region', { name: 'Access keys' }) };
}

async function shoot(page, path) {
  await page.waitForTimeout(250); // the dialog's entrance
  await page.screenshot({ path });
  console.log(`wrote ${path}`);
}

for (const theme of ['light', 'dark']) {
  for (const [width, height] of [[1280, 900], [390, 844]]) {
    const { context, page } = await open(theme, width, height);
    await page.getByRole('heading', { name: 'Access keys' }).evaluate((h) => h.closest('section').scrollIntoView());
    await page.evaluate(() => window.scrollBy(0, -16));
    await shoot(page, `docs/screens/theme-${width}-${theme}.png`);
    await context.close();
  }

  const { context, page, section } = await open(theme, 390, 844);
  // Create: restricted, with a bad address line, scrolled to the permissions.
  await section.getByRole('button', { name: 'Create access key' }).click();
  const create = page.getByRole('dialog', { name: 'Create access key' });
  await create.getByRole('textbox', { name: 'Name' }).fill('Deploy bot');
  await create.getByRole('textbox', { name: /^Description/ }).fill('Deploys the site from CI. Owner: platform team.');
  await create.getByRole('radio', { name: /^Restricted/ }).check();
  await create.getByRole('button', { name: 'Read only' }).click();
  await create.getByRole('combobox', { name: 'Processes' }).selectOption('read_write');
  await create.getByRole('textbox', { name: /^Allowed IP addresses/ }).fill('203.0.113.0/24\n300.1.2.3');
  await create.getByRole('button', { name: 'Create', exact: true }).click();
  await create.getByRole('group', { name: 'Permissions' }).scrollIntoViewIfNeeded();
  await shoot(page, `docs/screens/permissions-create-390-${theme}.png`);
  await create.getByRole('button', { name: 'Cancel' }).click();
  await create.getByRole('button', { name: 'Discard' }).click();

  for (const [key, item, name] of [
    ['CI pipeline', 'Edit permissions', 'edit'],
    ['CI pipeline', 'Create similar', 'similar'],
    ['Slack', 'View permissions', 'system'],
  ]) {
    await section.getByRole('button', { name: `More options for ${key}` }).click();
    await page.getByRole('menuitem', { name: item }).click();
    await shoot(page, `docs/screens/permissions-${name}-390-${theme}.png`);
    await page.keyboard.press('Escape');
  }

  // The credential check refusing a write that the key may not make.
  await section.getByRole('button', { name: 'Create access key' }).click();
  await create.getByRole('textbox', { name: 'Name' }).fill('Read-only reports');
  await create.getByRole('radio', { name: /^Restricted/ }).check();
  await create.getByRole('button', { name: 'Read only' }).click();
  await create.getByRole('button', { name: 'Create', exact: true }).click();
  const id = (await create.locator('#new-access-key-id').textContent()).trim();
  const secret = (await create.locator('#new-access-key-secret').textContent()).trim();
  await create.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Proceed' }).click();
  await section.getByRole('button', { name: 'Test access key' }).click();
  const check = page.getByRole('dialog', { name: 'Test access key' });
  await check.getByRole('textbox', { name: 'Access key ID' }).fill(id);
  await check.getByLabel('Access key secret', { exact: true }).fill(secret);
  await check.getByRole('textbox', { name: 'Client name' }).fill('Report job');
  await check.getByRole('combobox', { name: 'Resource' }).selectOption('boards');
  await check.getByRole('combobox', { name: 'Access' }).selectOption('write');
  await check.getByRole('button', { name: 'Connect' }).click();
  await check.getByRole('alert').waitFor();
  // The secret field is masked in the picture (a screenshot file is no place for a secret), without an
  // input event, which would clear the answer.
  await check.getByLabel('Access key secret', { exact: true }).evaluate((input) => { input.value = 'aks_••••••••'; });
  await check.getByRole('alert').scrollIntoViewIfNeeded();
  await shoot(page, `docs/screens/permissions-refused-390-${theme}.png`);
  await check.getByRole('button', { name: 'Close' }).click();
  await context.close();
}
// Expiry reminders on Account settings.
{
  const { context, page } = await open('light', 1280, 900);
  await page.goto(`${origin}/account-settings`);
  const card = page.getByRole('region', { name: 'Expiry reminders' });
  await card.getByRole('checkbox', { name: '30 days before' }).check();
  await card.getByRole('button', { name: 'Save reminders' }).click();
  await card.getByRole('status').first().waitFor();
  await card.screenshot({ path: 'docs/screens/expiry-reminders.png' });
  console.log('wrote docs/screens/expiry-reminders.png');
  await context.close();
}

// The unused-keys notice, 91 days on (a fixed clock), and its confirmation.
{
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  const page = await context.newPage();
  const day0 = Date.parse('2026-12-02T12:00:00Z');
  await page.clock.setFixedTime(new Date(day0));
  await page.goto(`${origin}/settings/api-authentication`);
  await page.getByRole('region', { name: 'Access keys' }).getByRole('heading', { name: 'Access keys' }).waitFor();
  await page.clock.setFixedTime(new Date(day0 + 91 * 86_400_000));
  await page.reload();
  const notice = page.getByRole('note', { name: 'Unused access keys' });
  await notice.getByRole('button', { name: 'Review unused keys' }).click();
  await page.getByRole('heading', { name: 'Access keys' }).evaluate((h) => h.closest('section').scrollIntoView());
  await shoot(page, 'docs/screens/unused-keys.png');
  await context.close();
}

// The leak check with a key's ID, its current secret and a mistyped copy found in pasted text.
{
  const { context, page, section } = await open('light', 1280, 900);
  await section.getByRole('button', { name: 'Create access key' }).click();
  const create = page.getByRole('dialog', { name: 'Create access key' });
  await create.getByRole('textbox', { name: 'Name' }).fill('Deploy bot');
  await create.getByRole('button', { name: 'Create', exact: true }).click();
  const id = (await create.locator('#new-access-key-id').textContent()).trim();
  const secret = (await create.locator('#new-access-key-secret').textContent()).trim();
  await create.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Proceed' }).click();
  await section.getByRole('button', { name: 'Check for leaked secrets' }).click();
  const dialog = page.getByRole('dialog', { name: 'Check for leaked secrets' });
  const typo = secret.slice(0, 10) + (secret[10] === 'x' ? 'y' : 'x') + secret.slice(11);
  await dialog.getByRole('textbox', { name: 'Text to check' }).fill(`start\nACCESS_KEY_ID=${id}\nACCESS_KEY_SECRET=${secret}\ntypo ${typo}`);
  await dialog.getByRole('button', { name: 'Check', exact: true }).click();
  await dialog.locator('.leak__item').first().waitFor();
  // Masked in the picture without an input event, which would clear the findings.
  await dialog.getByRole('textbox', { name: 'Text to check' }).evaluate((text) => { text.value = 'ACCESS_KEY_SECRET=aks_••••••••'; });
  await dialog.locator('.leak__results').scrollIntoViewIfNeeded();
  await shoot(page, 'docs/screens/leak-check.png');
  await context.close();
}
// The page's top on a phone (section links and its main task) and at 1280 × 900, an expired key's rotation
// (a new expiry, no grace period), a typed form asking before it is discarded, and who acted in the log.
{
  const { context, page, section } = await open('light', 390, 844);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, 'docs/screens/phone-top-390-light.png');
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Access keys' }).click();
  await shoot(page, 'docs/screens/phone-access-keys-390-light.png');
  await section.getByRole('button', { name: 'Create access key' }).click();
  const create = page.getByRole('dialog', { name: 'Create access key' });
  await create.getByRole('textbox', { name: 'Name' }).fill('Half typed');
  await page.keyboard.press('Escape');
  await create.getByRole('button', { name: 'Keep editing' }).scrollIntoViewIfNeeded();
  await shoot(page, 'docs/screens/discard-question-390-light.png');
  await context.close();
}
{
  const { context, page, section } = await open('light', 1280, 900);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, 'docs/screens/page-top-1280-light.png');
  await section.getByRole('button', { name: 'More options for Data warehouse sync' }).click();
  await page.getByRole('menuitem', { name: 'Rotate secret' }).click();
  await shoot(page, 'docs/screens/rotate-expired.png');
  await page.keyboard.press('Escape');
  const log = page.getByRole('region', { name: 'Activity log' });
  await log.scrollIntoViewIfNeeded();
  await log.screenshot({ path: 'docs/screens/activity-log.png' });
  console.log('wrote docs/screens/activity-log.png');
  await context.close();
}
// Backup and restore: the section, and the preview of restoring a backup of another account (the backup
// is made in one browser and restored in another), light and dark at 390 px and light at 1280 px.
{
  const { mkdir } = await import('node:fs/promises');
  await mkdir('target/screens', { recursive: true });
  const maker = await browser.newContext();
  const made = await maker.newPage();
  await made.goto(`${origin}/account-settings`);
  const download = made.waitForEvent('download');
  await made.getByRole('region', { name: 'Backup and restore' }).getByRole('button', { name: 'Download backup' }).click();
  const backupPath = 'target/screens/backup.json';
  await (await download).saveAs(backupPath);
  await maker.close();
  for (const [theme, width, height] of [['light', 1280, 900], ['light', 390, 844], ['dark', 390, 844]]) {
    const context = await browser.newContext({ viewport: { width, height }, colorScheme: theme });
    const page = await context.newPage();
    await page.goto(`${origin}/account-settings`);
    const card = page.getByRole('region', { name: 'Backup and restore' });
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: `docs/screens/backup-${width}-${theme}.png` });
    console.log(`wrote docs/screens/backup-${width}-${theme}.png`);
    await card.getByLabel('Backup file').setInputFiles(backupPath);
    await page.getByRole('dialog', { name: 'Restore backup' }).waitFor();
    await shoot(page, `docs/screens/restore-preview-${width}-${theme}.png`);
    await context.close();
  }
}
// Each language: the page top, and the create dialog's secret step (Arabic light and dark, and at 390 px).
for (const [locale, theme, width, height, secretStep] of [
  ['ar', 'light', 1280, 900, true],
  ['ar', 'dark', 1280, 900, true],
  ['ar', 'dark', 390, 844, false],
  ['ar', 'light', 390, 844, false],
  ['ja', 'light', 1280, 900, true],
  ['es', 'light', 1280, 900, true],
  ['de', 'light', 1280, 900, true],
  ['de', 'light', 390, 844, false],
]) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme: theme, locale });
  const page = await context.newPage();
  await page.goto(`${origin}/settings/api-authentication`);
  await page.locator('#account-id-value').waitFor();
  await shoot(page, `docs/screens/lang-${locale}-${width}-${theme}.png`);
  if (secretStep) {
    await page.locator('.page__bar button').click();
    const dialog = page.locator('dialog[open]');
    await dialog.getByRole('textbox').first().fill({ ar: 'خادم النشر', ja: '東京の CI', es: 'Servidor de despliegue', de: 'Deploy-Server' }[locale]);
    await dialog.locator('button[type=submit]').click();
    await dialog.locator('#new-access-key-id').waitFor();
    await shoot(page, `docs/screens/lang-${locale}-secret-${width}-${theme}.png`);
  }
  await context.close();
}

await browser.close();
