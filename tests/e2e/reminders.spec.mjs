// Expiry reminders: chosen on Account settings, followed by the banner and the badges, carried into a
// calendar file (parsed back with ical.js, one alarm per reminder) and shown as browser notifications
// once per key and reminder when the user allows them.
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { test, expect, openApiAuthentication, accessKeysSection as section } from './fixtures.mjs';
import { expectNoAxeViolations } from './axe.mjs';

function remindersCard(page) {
  return page.getByRole('region', { name: 'Expiry reminders' });
}

async function openReminders(page) {
  await page.goto('/account-settings');
  const card = remindersCard(page);
  await expect(card.getByRole('checkbox', { name: '7 days before' })).toBeChecked();
  return card;
}

function row(page, name) {
  return section(page).locator('tbody tr:not([hidden])').filter({ hasText: name });
}

async function downloadCalendar(page, keyName) {
  await section(page).getByRole('button', { name: `More options for ${keyName}` }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Add to calendar' }).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

test('reminders set the banner, the badges and the alarms of the calendar file', async ({ page }) => {
  await openApiAuthentication(page);
  await expect(row(page, 'Reporting dashboard')).toContainText('Expires in 5 days');
  let card = await openReminders(page);
  await expect(card.getByRole('checkbox', { name: '1 day before' })).toBeChecked();
  await expect(card.getByRole('checkbox', { name: '30 days before' })).not.toBeChecked();
  await expectNoAxeViolations(page, 'expiry reminders');
  // Only a day before: a key 5 days from expiry is no longer "expiring soon".
  await card.getByRole('checkbox', { name: '7 days before' }).uncheck();
  await card.getByRole('button', { name: 'Save reminders' }).click();
  await expect(card.getByRole('status').first()).toHaveText('Saved: 1 day before expiry.');
  await openApiAuthentication(page);
  await expect(row(page, 'Reporting dashboard')).toContainText('Active');
  await expect(section(page).getByRole('note', { name: 'Expiring access keys' })).not.toContainText('Reporting dashboard');

  // 60, 30 and 7 days: the calendar file has three alarms at the key's expiry.
  await page.goto('/account-settings');
  card = remindersCard(page);
  for (const days of ['60 days before', '30 days before', '7 days before']) await card.getByRole('checkbox', { name: days }).check();
  await card.getByRole('checkbox', { name: '1 day before' }).uncheck();
  await card.getByRole('button', { name: 'Save reminders' }).click();
  await expect(card.getByRole('status').first()).toHaveText('Saved: 60 days, 30 days, and 7 days before expiry.');
  await page.reload();
  await expect(remindersCard(page).getByRole('checkbox', { name: '60 days before' })).toBeChecked();
  await openApiAuthentication(page);

  const first = await downloadCalendar(page, 'CI pipeline');
  expect(first.name).toBe('ci-pipeline-expires.ics');
  const calendar = new ICAL.Component(ICAL.parse(first.text));
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  const event = new ICAL.Event(events[0]);
  expect(event.summary).toBe('Access key “CI pipeline” expires');
  const expiresText = (await row(page, 'CI pipeline').locator('.keys__expires').textContent()).trim();
  expect(event.startDate.toJSDate().toDateString()).toBe(new Date(`${expiresText} 12:00`).toDateString());
  const alarms = events[0].getAllSubcomponents('valarm');
  expect(alarms.map((alarm) => alarm.getFirstPropertyValue('trigger').toString())).toEqual(['-P60D', '-P30D', '-P7D']);
  expect(alarms.map((alarm) => alarm.getFirstPropertyValue('action'))).toEqual(['DISPLAY', 'DISPLAY', 'DISPLAY']);
  expect(first.text).not.toMatch(/aks_/);
  // The UID is the same every time for the same key.
  const again = await downloadCalendar(page, 'CI pipeline');
  expect(new ICAL.Event(new ICAL.Component(ICAL.parse(again.text)).getFirstSubcomponent('vevent')).uid).toBe(event.uid);
  // A key that never expires has no calendar entry to add.
  await section(page).getByRole('checkbox', { name: 'Show system-generated' }).check();
  await section(page).getByRole('button', { name: 'More options for Slack' }).click();
  await expect(page.getByRole('menuitem', { name: 'Add to calendar' })).toHaveCount(0);
  await page.keyboard.press('Escape');
});

/** Records notifications instead of showing them; permission and the request stay the browser's. */
async function recordNotifications(page) {
  await page.addInitScript(() => {
    const Real = window.Notification;
    window.__notes = [];
    window.Notification = class {
      constructor(title, options) { window.__notes.push(`${title} — ${options?.body ?? ''}`); }
      static get permission() { return Real.permission; }
      static requestPermission() { return Real.requestPermission(); }
    };
  });
}

/** Waits until the page has checked which reminders are due (the check marks itself), after which a
 * notification it would show has been shown. */
async function remindersChecked(page) {
  await page.waitForFunction(() => performance.getEntriesByName('expiry-reminders-checked').length > 0);
}

test('with notifications allowed, a due reminder is shown once per key and reminder', async ({ page, context }) => {
  await context.grantPermissions(['notifications']);
  await recordNotifications(page);
  const card = await openReminders(page);
  await card.getByRole('checkbox', { name: 'Notify me in this browser' }).check();
  await expect(card.getByRole('status').last()).toHaveText('This browser will notify you when a reminder is due and this page is open.');
  await openApiAuthentication(page);
  await expect.poll(() => page.evaluate(() => window.__notes)).toEqual([
    'Access key “Reporting dashboard” expires in 5 days — Rotate its secret or create a new key before it stops working.',
  ]);
  // Shown once: a reload does not show it again.
  await page.reload();
  await expect(section(page).getByRole('rowheader', { name: /CI pipeline/ })).toBeVisible();
  await remindersChecked(page);
  expect(await page.evaluate(() => window.__notes)).toEqual([]);
  expect(await page.evaluate(() => localStorage.getItem('api-auth/notified'))).toMatch(/:7$/m);
});

test('with notifications blocked, the page says so and nothing is shown', async ({ page, context }) => {
  await context.clearPermissions();
  await recordNotifications(page);
  await page.addInitScript(() => {
    // The browser (or the user) refuses.
    window.Notification.requestPermission = () => Promise.resolve('denied');
  });
  const card = await openReminders(page);
  // Turned on, and straight off again when the browser refuses.
  await card.getByRole('checkbox', { name: 'Notify me in this browser' }).click();
  await expect(card.getByRole('status').last()).toHaveText(/This browser blocks notifications from this page/);
  await expect(card.getByRole('checkbox', { name: 'Notify me in this browser' })).not.toBeChecked();
  await openApiAuthentication(page);
  await expect(section(page).getByRole('rowheader', { name: /CI pipeline/ })).toBeVisible();
  await remindersChecked(page);
  expect(await page.evaluate(() => window.__notes)).toEqual([]);
});
