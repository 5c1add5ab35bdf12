// README screenshots of the access keys at desktop (1280 px) and phone (390 px) width, light and dark.
// Serve the release build first (`make serve`), then: node scripts/screenshots.mjs [http://127.0.0.1:8080]
import { chromium } from 'playwright-core';

const origin = process.argv[2] ?? 'http://127.0.0.1:8080';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const theme of ['light', 'dark']) {
  for (const [width, height] of [[1280, 900], [390, 844]]) {
    const context = await browser.newContext({ viewport: { width, height }, colorScheme: theme });
    const page = await context.newPage();
    await page.goto(`${origin}/settings/api-authentication`);
    await page.getByRole('checkbox', { name: 'Show system-generated' }).check();
    await page.getByRole('heading', { name: 'Access keys' }).evaluate((h) => h.closest('section').scrollIntoView());
    await page.evaluate(() => window.scrollBy(0, -16));
    const path = `docs/screens/theme-${width}-${theme}.png`;
    await page.screenshot({ path });
    console.log(`wrote ${path}`);
    await context.close();
  }
}
await browser.close();
