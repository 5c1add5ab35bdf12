// The built site's hardening: a strict CSP with no inline script, no referrer, inert secret fields.
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { test, expect, openApiAuthentication } from './fixtures.mjs';

test('the page is served with a strict CSP and runs without inline script', async ({ page }) => {
  const response = await page.goto('/settings/api-authentication');
  const header = response.headers()['content-security-policy'];
  for (const directive of ["script-src 'self' 'wasm-unsafe-eval'", "object-src 'none'", "base-uri 'none'", "default-src 'none'"]) {
    expect(header).toContain(directive);
  }
  expect(header).not.toContain('unsafe-inline');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(await page.locator('meta[name=referrer]').getAttribute('content')).toBe('no-referrer');
  await expect(page.getByRole('heading', { level: 1, name: 'API authentication' })).toBeVisible();

  const dist = new URL('../../dist/', import.meta.url);
  const html = await readFile(new URL('index.html', dist), 'utf8');
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect((await readdir(dist)).some((name) => /^loader-[0-9a-f]{16}\.js$/.test(name))).toBe(true);
});

test('every file index.html pins by its integrity has those bytes (the minified glue included)', async () => {
  const dist = new URL('../../dist/', import.meta.url);
  const html = await readFile(new URL('index.html', dist), 'utf8');
  const pinned = [...html.matchAll(/<(?:link|script)\b[^>]*>/g)]
    .map(([tag]) => [tag.match(/\b(?:href|src)="\/([^"]+)"/)?.[1], tag.match(/\bintegrity="([^"]+)"/)?.[1]])
    .filter(([file, integrity]) => file && integrity);
  expect(pinned.map(([file]) => file)).toContainEqual(expect.stringMatching(/^api-auth-[0-9a-f]+\.js$/));
  for (const [file, integrity] of pinned) {
    const bytes = await readFile(new URL(file, dist));
    expect(`sha384-${createHash('sha384').update(bytes).digest('base64')}`, file).toBe(integrity);
  }
});

test('an injected inline script is refused by the policy', async ({ page }) => {
  await openApiAuthentication(page);
  const violations = [];
  page.removeAllListeners('console');
  page.on('console', (message) => violations.push(message.text()));
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
  });
  expect(await page.evaluate(() => window.__inlineRan)).toBeUndefined();
  await expect.poll(() => violations.some((text) => text.includes('script-src'))).toBe(true);
});

test('secret fields are not autocompleted or spellchecked', async ({ page }) => {
  await openApiAuthentication(page);
  await page.getByRole('region', { name: 'Access keys' }).getByRole('button', { name: 'Test access key' }).click();
  const secret = page.getByRole('dialog', { name: 'Test access key' }).getByLabel('Access key secret', { exact: true });
  await expect(secret).toHaveAttribute('autocomplete', 'off');
  await expect(secret).toHaveAttribute('spellcheck', 'false');
});
