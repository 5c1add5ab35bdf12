// What leaves the page is inert where it lands: a key named or described as a spreadsheet formula is
// written into the credentials CSV and the activity log's CSV as text (a leading apostrophe), and the
// .env file quotes every value so that it is read literally.
import { readFile } from 'node:fs/promises';
import { test, expect, openApiAuthentication, accessKeysSection as section } from './fixtures.mjs';

/** The fields of an RFC 4180 file. */
function readCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field); rows.push(row); row = []; field = ''; i += 1;
    } else field += c;
  }
  return rows;
}

const startsFormula = (field) => /^[=+\-@\t\r]/.test(field);

test('a key named as a formula is text in every file the page writes', async ({ page }) => {
  await openApiAuthentication(page);
  const name = '=HYPERLINK("https://evil.test/x","Open")';
  await section(page).getByRole('button', { name: 'Create access key' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create access key' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('textbox', { name: /^Description/ }).fill('@SUM(1+1)');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();

  const csvDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download credentials' }).click();
  const rows = readCsv(await readFile(await (await csvDownload).path(), 'utf8'));
  expect(rows).toHaveLength(2);
  expect(rows.flat().filter(startsFormula)).toEqual([]);
  expect(rows[1][0]).toBe(`'${name}`);
  expect(rows[1][4]).toBe("'@SUM(1+1)");

  await dialog.getByRole('combobox', { name: 'File format' }).selectOption('env');
  const envDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download credentials' }).click();
  const env = await readFile(await (await envDownload).path(), 'utf8');
  for (const line of env.trimEnd().split('\n')) expect(line).toMatch(/^(#.*|FLOWDECK_[A-Z_]+='[^'\n]*')$/);

  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Proceed' }).click();
  const log = page.getByRole('region', { name: 'Activity log' });
  const logDownload = page.waitForEvent('download');
  await log.getByRole('button', { name: 'Export CSV' }).click();
  const logRows = readCsv(await readFile(await (await logDownload).path(), 'utf8'));
  expect(logRows.some((row) => row[2] === `'${name}`)).toBe(true);
  expect(logRows.flat().filter(startsFormula)).toEqual([]);
});
