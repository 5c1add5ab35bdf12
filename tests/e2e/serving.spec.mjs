// How the built site is served: compressed as the browser allows, the same bytes once decoded.
import { get } from 'node:http';
import { readdir, readFile } from 'node:fs/promises';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { test, expect, openApiAuthentication } from './fixtures.mjs';

const dist = new URL('../../dist/', import.meta.url);

// One raw HTTP exchange (no client that decodes on its own): status, headers and the bytes as sent.
function fetchRaw(baseURL, path, acceptEncoding) {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
    get(new URL(path, baseURL), { headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

test('the wasm, scripts, styles and page are sent brotli or gzip as accepted, and decode to the built files', async ({ baseURL }) => {
  const names = await readdir(dist);
  const wasm = names.find((name) => name.endsWith('_bg.wasm'));
  const css = names.find((name) => /^components-.*\.css$/.test(name));
  for (const name of [wasm, css, 'index.html']) {
    const original = await readFile(new URL(name, dist));
    const path = name === 'index.html' ? '/settings/api-authentication' : `/${name}`;

    const br = await fetchRaw(baseURL, path, 'gzip, deflate, br, zstd');
    expect(br.headers['content-encoding'], name).toBe('br');
    expect(br.headers.vary, name).toMatch(/accept-encoding/i);
    expect(Number(br.headers['content-length']), name).toBe(br.body.length);
    expect(br.body.length, `${name} is smaller sent`).toBeLessThan(original.length);
    expect(brotliDecompressSync(br.body).equals(original), name).toBe(true);

    const gz = await fetchRaw(baseURL, path, 'gzip');
    expect(gz.headers['content-encoding'], name).toBe('gzip');
    expect(gunzipSync(gz.body).equals(original), name).toBe(true);

    // br refused by q=0: gzip; nothing accepted: the file as it is.
    expect((await fetchRaw(baseURL, path, 'br;q=0, gzip;q=0.8')).headers['content-encoding'], name).toBe('gzip');
    const plain = await fetchRaw(baseURL, path, 'identity');
    expect(plain.headers['content-encoding'], name).toBeUndefined();
    expect(plain.body.equals(original), name).toBe(true);
    expect((await fetchRaw(baseURL, path, undefined)).headers['content-encoding'], name).toBeUndefined();
  }
  // A wasm sent brotli is a few tenths of itself.
  const sent = await fetchRaw(baseURL, `/${wasm}`, 'br');
  expect(sent.body.length).toBeLessThan((await readFile(new URL(wasm, dist))).length * 0.4);
});

test('the browser runs the app from the compressed files', async ({ page }) => {
  const encodings = new Map();
  page.on('response', async (response) => {
    const url = new URL(response.url());
    if (/\.(wasm|js)$/.test(url.pathname)) encodings.set(url.pathname, (await response.allHeaders())['content-encoding']);
  });
  await openApiAuthentication(page);
  const wasm = [...encodings].find(([path]) => path.endsWith('.wasm'));
  expect(wasm?.[1]).toBe('br');
});
