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
    page.on('console', (message) => {
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
  },
});

export { expect };

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
