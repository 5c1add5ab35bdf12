// Shared fixtures: every test fails on an uncaught page error, a console error, or a request that leaves
// 127.0.0.1. Page objects for the shell.
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  page: async ({ page }, use) => {
    const problems = [];
    // A CSP violation is reported as a console error too; this names the directive plainly.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
      });
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    const consoleText = [];
    page.on('console', (message) => {
      consoleText.push(message.text());
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['127.0.0.1', ''].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
        problems.push(`request left 127.0.0.1: ${request.url()}`);
      }
    });
    await use(page);
    expect(problems, 'uncaught errors or outside requests').toEqual([]);
    // After every flow: no plaintext secret in storage, the console, the URL or the page.
    const leaks = [];
    if (SECRET_PATTERN.test(page.url())) leaks.push('URL');
    if (consoleText.some((text) => SECRET_PATTERN.test(text))) leaks.push('console');
    if (!page.isClosed()) {
      if (SECRET_PATTERN.test(await dumpStorage(page))) leaks.push('storage');
      // The one place a secret may be on screen is its reveal step, while its dialog is open.
      const revealing = await page.locator('dialog[open] .reveal').count();
      if (!revealing && SECRET_PATTERN.test(await page.content())) leaks.push('DOM');
    }
    expect(leaks, 'a plaintext secret was found').toEqual([]);
  },
});

export { expect };

/** An access key secret: prefix, 43 random characters and a 6-character checksum. */
export const SECRET_PATTERN = /aks_[0-9A-Za-z]{49}/;

/** Every IndexedDB database, localStorage and sessionStorage of the page, as one string. A storage
 * that a test blocked (it throws) or hung (no answer in 2 s) holds nothing the page could have written. */
export async function dumpStorage(page) {
  return page.evaluate(async () => {
    const out = [];
    const within = (promise) => Promise.race([promise, new Promise((resolve) => setTimeout(() => resolve(null), 2000))]);
    let databases = [];
    try {
      databases = (await within(indexedDB.databases())) ?? [];
    } catch (blocked) {
      out.push(`indexedDB: ${blocked.name}`);
    }
    for (const { name } of databases) {
      const db = await within(new Promise((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      }));
      if (!db) continue;
      for (const store of db.objectStoreNames) {
        const values = await new Promise((resolve) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
        });
        out.push(`${name}/${store}: ${JSON.stringify(values)}`);
      }
      db.close();
    }
    for (const which of ['localStorage', 'sessionStorage']) {
      try {
        const storage = window[which];
        for (let i = 0; i < storage.length; i++) out.push(`${storage.key(i)}=${storage.getItem(storage.key(i))}`);
      } catch (blocked) {
        out.push(`${which}: ${blocked.name}`);
      }
    }
    return out.join('\n');
  });
}

export const API_AUTH = '/settings/api-authentication';

/** Opens the API authentication page and waits for the account to load. */
export async function openApiAuthentication(page) {
  await page.goto(API_AUTH);
  await expect(page.getByRole('heading', { level: 1, name: 'API authentication' })).toBeVisible();
  await expect(accountId(page)).toHaveText(/^Ac[0-9A-Za-z]{10}$/);
}

/** The shown Account ID. */
export function accountId(page) {
  return page.getByRole('region', { name: 'Account identifiers' }).locator('#account-id-value');
}

/** The "Access keys" section. */
export function accessKeysSection(page) {
  return page.getByRole('region', { name: 'Access keys' });
}

/** Creates a key through the whole dialog and returns its ID and secret. */
export async function createKey(page, name) {
  await accessKeysSection(page).getByRole('button', { name: 'Create access key' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create access key' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  const id = (await dialog.locator('#new-access-key-id').textContent()).trim();
  const secret = (await dialog.locator('#new-access-key-secret').textContent()).trim();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Proceed' }).click();
  return { id, secret };
}

/** Runs "Test access key" with the pair and client name; returns the dialog. */
export async function checkCredentials(page, id, secret, client = 'E2E client') {
  const dialog = page.getByRole('dialog', { name: 'Test access key' });
  if (!(await dialog.isVisible())) await accessKeysSection(page).getByRole('button', { name: 'Test access key' }).click();
  await dialog.getByRole('textbox', { name: 'Access key ID' }).fill(id);
  await dialog.getByLabel('Access key secret', { exact: true }).fill(secret);
  await dialog.getByRole('textbox', { name: 'Client name' }).fill(client);
  await dialog.getByRole('button', { name: 'Connect' }).click();
  return dialog;
}
