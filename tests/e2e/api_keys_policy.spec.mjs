// Legacy API keys (notice, FAQ, delete, migration) and the account-level expiry policy.
import { test, expect, openApiAuthentication, API_AUTH } from './fixtures.mjs';

function apiKeys(page) {
  return page.getByRole('region', { name: 'API keys' });
}

function accessKeys(page) {
  return page.getByRole('region', { name: 'Access keys' });
}

async function openPolicy(page) {
  await page.getByRole('button', { name: 'Profile' }).click();
  await page.getByRole('menuitem', { name: 'Account settings' }).click();
  const policy = page.getByRole('region', { name: 'Access key expiry' });
  await expect(policy.getByRole('checkbox', { name: '90 days' })).toBeChecked();
  return policy;
}

test('the deprecation notice follows the clock', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2023-07-01T12:00:00Z'));
  await openApiAuthentication(page);
  await expect(apiKeys(page).getByRole('note')).toHaveText(/^API keys will be deprecated on or after Jul 15, 2023\./);
  await page.clock.setFixedTime(new Date('2023-07-15T12:00:00Z'));
  await page.reload();
  await expect(apiKeys(page).getByRole('note')).toHaveText(/^API keys are deprecated as of Jul 15, 2023/);
});

test('API keys are listed masked, cannot be created, and the FAQ answers why', async ({ page }) => {
  await openApiAuthentication(page);
  const section = apiKeys(page);
  await expect(section.getByRole('note')).toContainText('API keys are deprecated as of Jul 15, 2023');
  const rows = section.locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.first().locator('code')).toHaveText(/^•{12}[0-9A-Za-z]{4}$/);
  await expect(section.locator('tbody')).toContainText('ON');
  await expect(section.locator('tbody')).toContainText('OFF');
  await expect(page.getByRole('button', { name: /create (an )?api key/i })).toHaveCount(0);
  await expect(section).toContainText('New API keys can no longer be created');

  // The questions are folded under one line until asked for.
  const question = section.getByText('I am unable to create a new API key. How do I create one?');
  const answer = section.getByText('new API keys cannot be created');
  await expect(answer).toBeHidden();
  await expect(question).toBeHidden();
  await section.getByText('Troubleshooting API keys').click();
  await question.click();
  await expect(answer).toBeVisible();
  await section.getByText('Is there a deadline').click();
  await expect(section.getByText(/deprecated across all accounts since Jul 15, 2023/)).toBeVisible();
});

test('deleting an API key asks first and is permanent', async ({ page }) => {
  await openApiAuthentication(page);
  const section = apiKeys(page);
  await section.getByRole('button', { name: 'More options for Old reporting script' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete API key?' });
  await expect(confirm).toContainText('Old reporting script');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(section.locator('tbody')).not.toContainText('Old reporting script');
  await page.reload();
  await expect(section.locator('tbody tr')).toHaveCount(2);
  await expect(section.locator('tbody')).not.toContainText('Old reporting script');
});

test('an API key is replaced by an equivalent access key, then deleted in the same breath', async ({ page }) => {
  await openApiAuthentication(page);
  await apiKeys(page).getByRole('button', { name: 'More options for Legacy CRM sync' }).click();
  await page.getByRole('menuitem', { name: 'Create equivalent access key' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create access key' });
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Legacy CRM sync (from API key)');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog.locator('#new-access-key-secret')).toHaveText(/^aks_/);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('alertdialog', { name: "You won't see this secret again" }).getByRole('button', { name: 'Proceed' }).click();

  const offer = page.getByRole('alertdialog', { name: 'Delete the old API key now?' });
  await expect(offer).toContainText('Legacy CRM sync');
  await offer.getByRole('button', { name: 'Delete API key' }).click();
  await expect(apiKeys(page).locator('tbody')).not.toContainText('Legacy CRM sync');
  await expect(accessKeys(page).locator('tbody')).toContainText('Legacy CRM sync (from API key)');
  await page.reload();
  await expect(accessKeys(page).locator('tbody')).toContainText('Legacy CRM sync (from API key)');
  await expect(apiKeys(page).locator('tbody tr')).toHaveCount(2);
});

test('invalid policies get specific messages and are not saved', async ({ page }) => {
  await openApiAuthentication(page);
  const policy = await openPolicy(page);
  await expect(policy.getByRole('group', { name: 'Allowed expiry periods' })).toBeVisible();
  for (const label of ['30 days', '60 days', '90 days', '180 days', '365 days', 'Custom date']) {
    await policy.getByRole('checkbox', { name: label }).uncheck();
  }
  await policy.getByRole('button', { name: 'Save' }).click();
  await expect(policy.getByRole('alert')).toHaveText('Allow at least one expiry period.');

  await policy.getByRole('checkbox', { name: '7 days' }).check();
  await policy.getByRole('button', { name: 'Save' }).click();
  await expect(policy.getByRole('alert')).toHaveText('The default expiry period must be one of the allowed periods.');

  await policy.getByRole('combobox', { name: 'Default expiry period' }).selectOption('7');
  await policy.getByRole('spinbutton', { name: 'Maximum days for a custom date' }).fill('0');
  await policy.getByRole('button', { name: 'Save' }).click();
  await expect(policy.getByRole('alert')).toHaveText('The maximum for a custom date must be at least 1 day.');
  await expect(policy.getByText('Saved', { exact: true })).toHaveCount(0);

  await page.reload();
  await expect(policy.getByRole('checkbox', { name: '90 days' })).toBeChecked();
  await expect(policy.getByRole('checkbox', { name: '7 days' })).not.toBeChecked();
});

test('a saved policy changes what the create dialog offers and lists keys that outlive it', async ({ page }) => {
  await openApiAuthentication(page);
  const policy = await openPolicy(page);
  // Nothing is said of "the new maximum" before anything changed.
  await expect(policy).not.toContainText('the new maximum');
  for (const label of ['30 days', '60 days', '90 days', '180 days', '365 days']) {
    await policy.getByRole('checkbox', { name: label }).uncheck();
  }
  await policy.getByRole('checkbox', { name: '7 days' }).check();
  await policy.getByRole('combobox', { name: 'Default expiry period' }).selectOption('7');
  await policy.getByRole('spinbutton', { name: 'Maximum days for a custom date' }).fill('10');
  await expect(policy).toContainText(/2 access keys expire later than the new maximum allows: (Slack and CI pipeline|CI pipeline and Slack)\./);
  await policy.getByRole('button', { name: 'Save' }).click();
  await expect(policy.getByRole('status')).toHaveText('Saved');

  await page.goto(API_AUTH);
  // Existing keys are left as they were.
  await expect(accessKeys(page).getByRole('row', { name: /CI pipeline/ })).toContainText('Active');
  await accessKeys(page).getByRole('button', { name: 'Create access key' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create access key' });
  const expiry = dialog.getByRole('combobox', { name: 'Expiry period' });
  await expect(expiry.locator('option')).toHaveText(['7 days', 'Custom date']);
  await expect(expiry).toHaveValue('7');
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Short lived');
  await expiry.selectOption('custom');
  await dialog.getByLabel('Expiry date').fill(new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10));
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog.getByText(/allows keys to live at most 10 days/)).toBeVisible();
  await expect(dialog.getByRole('link', { name: 'Learn more' })).toHaveAttribute('href', /account-settings#access-key-expiry/);
});
