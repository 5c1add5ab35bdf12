// `make bench`: the release app against its vanilla-JS twin (bench/twin/) in one Chromium process.
// For N stored access keys (default 1,000 and 10,000), alternating the two in fresh tabs after a warm-up,
// it measures start-up to the list rendered, toggling "Show system-generated", search, clearing it,
// rename, delete and create, each with the afterframe method (click just after a frame, stop after the
// next frame once the change is in the DOM) and with script time from the DevTools protocol; long tasks
// at start-up; the start-up of a returning visit (files from the service worker's cache and the HTTP
// cache); memory across 10 create/delete cycles; and the shipped sizes. Prints a table, checks every goal
// and writes target/bench/latest.json. The keys are stored with their "Created" entries in the activity
// log. Both pages render the whole API authentication page, the list a page (25 rows) at a time: the
// page and its first row must have the same number of elements in both, or the run fails.
// Options (environment): BENCH_N="200,1000,10000", BENCH_ROUNDS=5 (BENCH_ROUNDS_LARGE=3 at 10,000),
// BENCH_PORT=4190, BENCH_TRACE=1 (log each step), BENCH_DIST=dist (the build measured: alternate two builds' runs to compare them).
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { benchKeys, createdEvents, putRecords } from './seed.mjs';
import { buildSite } from './site.mjs';
import { shippedSizes } from '../scripts/shipped-size.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = process.env.BENCH_DIST ?? join(root, 'dist');
const out = join(root, 'target/bench');
const site = join(out, 'site');
const sizes = (process.env.BENCH_N ?? '200,1000,10000').split(',').map(Number);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
// Fewer rounds at 10,000 keys, where one app round takes over a minute on 2 cores.
const roundsFor = (n) => (n >= 10_000 ? Math.min(rounds, Number(process.env.BENCH_ROUNDS_LARGE ?? 3)) : rounds);
const port = Number(process.env.BENCH_PORT ?? 4190);
const origin = `http://127.0.0.1:${port}`;
const APP = `${origin}/settings/api-authentication`;
const TWIN = `${origin}/twin/index.html`;

// ---- in the page ---------------------------------------------------------------------------------
// Installed before any page script: long-task observer, the wasm memory, and the afterframe timer.
function instrument() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('TrunkApplicationStarted', (event) => (window.__wasmMemory = event.detail.wasm.memory));
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const until = (done) =>
    new Promise((resolve, reject) => {
      if (done()) return resolve();
      const giveUp = setTimeout(() => reject(new Error(`the page did not show the change within 180 s: ${done}`)), 180_000);
      const observer = new MutationObserver(() => {
        if (done()) {
          observer.disconnect();
          clearTimeout(giveUp);
          resolve();
        }
      });
      observer.observe(document, { subtree: true, childList: true, characterData: true, attributeFilter: ['hidden'] });
    });
  window.__bench = {
    // Rows on screen: the app hides filtered rows, the twin detaches them.
    rows: () => document.querySelectorAll('section[aria-labelledby="access-keys-title"] table.keys tbody > tr:not([hidden])').length,
    // What the list shows: the page's rows, its first key and the pager's summary (a page keeps 25 rows
    // through a toggle, so the row count alone would not see it).
    signature: () => {
      const body = document.querySelector('section[aria-labelledby="access-keys-title"] table.keys tbody');
      const first = body?.querySelector('tr:not([hidden]) .keys__name-text')?.textContent ?? '';
      return `${window.__bench.rows()}|${first}|${document.querySelector('nav.pager .pager__summary')?.textContent ?? ''}`;
    },
    // The elements of the page.
    pageElements: () => document.body.querySelectorAll('*').length,
    // The elements of the first row, itself included.
    rowElements: () => {
      const row = document.querySelector('section[aria-labelledby="access-keys-title"] table.keys tbody > tr:not([hidden])');
      return row ? row.querySelectorAll('*').length + 1 : 0;
    },
    // Click just after a frame; `work` ends when the DOM shows the change, `wall` after the next frame.
    async timed(act, done) {
      await frame();
      const start = performance.now();
      act();
      await until(done);
      const work = performance.now() - start;
      await frame();
      return { work, wall: performance.now() - start };
    },
  };
}

/** Opens the app or the twin in `page` and waits until it has drawn its page. */
async function open(page, which) {
  await page.goto(isApp(which) ? APP : TWIN);
  await page.waitForFunction(() => performance.getEntriesByName('page-rendered').length > 0, null, { timeout: 120_000 });
}

async function seed(page, n) {
  await open(page, 'app');
  // Written while the app has the database open: it takes them in as it takes another tab's changes.
  const keys = benchKeys(n);
  await page.evaluate(putRecords, { store: 'access_keys', records: keys });
  await page.evaluate(putRecords, { store: 'activity', records: createdEvents(keys) });
}

// ---- one tab: every measurement ------------------------------------------------------------------
async function scriptMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ScriptDuration').value * 1000;
}

async function op(cdp, page, fn, arg) {
  if (process.env.BENCH_TRACE) process.stderr.write(`  ${page.url()} op\n`);
  const before = await scriptMs(cdp);
  const { work, wall } = await page.evaluate(fn, arg);
  return { work, wall, script: (await scriptMs(cdp)) - before };
}

const isApp = (which) => which === 'app';
const moreOptions = (page, name) => page.locator(`[aria-label="More options for ${name}"]`);

async function openMenuItem(page, name, item) {
  await moreOptions(page, name).click();
  await page.locator('[role=menuitem]:visible', { hasText: item }).click();
}

async function createThroughUi(page, which, name) {
  await page.locator('button', { hasText: /^Create access key$/ }).first().click();
  await page.locator('dialog[open] input[type=text]').fill(name);
  // Done when the secret is shown and the new key is a row of the page (it is the newest: the first page).
  const timing = await page.evaluate(
    (name) =>
      window.__bench.timed(
        () => document.querySelector('dialog[open] button[type=submit]').click(),
        () =>
          document.getElementById('new-access-key-secret')?.textContent.startsWith('aks_') &&
          [...document.querySelectorAll('table.keys tbody .keys__name-text')].some((el) => el.textContent === name),
      ),
    name,
  );
  await page.locator('dialog[open] button', { hasText: 'Done' }).click();
  if (isApp(which)) await page.locator('dialog[open] button', { hasText: 'Proceed' }).click();
  await page.waitForFunction(() => !document.querySelector('dialog[open]'));
  return timing;
}

async function deleteThroughUi(page, name) {
  if (process.env.BENCH_TRACE) process.stderr.write(`  ${page.url()} delete ${name}\n`);
  await openMenuItem(page, name, 'Delete');
  const id = await page.evaluate((name) => {
    const button = document.querySelector(`[aria-label="More options for ${name}"]`);
    return button.closest('tr').querySelector('code').id;
  }, name);
  return page.evaluate(
    (id) =>
      window.__bench.timed(
        () => document.querySelector('dialog[open] .button--danger').click(),
        () => !document.getElementById(id),
      ),
    id,
  );
}

async function measureTab(context, which, n, cursor, withMemory) {
  const page = await context.newPage();
  page.setDefaultTimeout(180_000); // the app at 10,000 keys takes seconds per step
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const result = {};
  await open(page, which);
  const start = await page.evaluate(() => ({
    wall: performance.getEntriesByName('page-rendered')[0].startTime,
    longTasks: window.__longTasks.slice(),
    rows: window.__bench.rows(),
  }));
  result.startup = { wall: start.wall, script: await scriptMs(cdp), rows: start.rows };
  result.longTasks = start.longTasks;

  const shownAtStart = await page.evaluate(() => window.__bench.signature());
  result.toggle = await op(cdp, page, () => {
    const before = window.__bench.signature();
    return window.__bench.timed(() => document.getElementById('show-system-generated').click(), () => window.__bench.signature() !== before);
  });
  result.toggle.rows = await page.evaluate(() => window.__bench.rows());
  await page.evaluate(() => document.getElementById('show-system-generated').click());
  await page.waitForFunction((shown) => window.__bench.signature() === shown, shownAtStart);

  const setSearch = (text) => {
    const box = document.querySelector('input[type=search]');
    const before = window.__bench.signature();
    return window.__bench.timed(
      () => {
        box.value = text;
        box.dispatchEvent(new Event('input', { bubbles: true }));
      },
      () => window.__bench.signature() !== before,
    );
  };
  result.search = await op(cdp, page, setSearch, 'Bench key 0001');
  result.search.rows = await page.evaluate(() => window.__bench.rows());
  result.clear = await op(cdp, page, setSearch, '');
  result.clear.rows = await page.evaluate(() => window.__bench.rows());

  const renamed = `Bench key ${String(cursor).padStart(5, '0')}`;
  await openMenuItem(page, renamed, 'Rename');
  const newName = `Renamed ${which} ${cursor}`;
  await page.locator('dialog[open] input[type=text]').fill(newName);
  const before = await scriptMs(cdp);
  result.rename = await page.evaluate(
    ({ newName }) =>
      window.__bench.timed(
        () => document.querySelector('dialog[open] button[type=submit]').click(),
        () => [...document.querySelectorAll('.keys__name-text')].some((el) => el.textContent === newName),
      ),
    { newName },
  );
  result.rename.script = (await scriptMs(cdp)) - before;

  const deleted = `Bench key ${String(cursor + 1).padStart(5, '0')}`;
  let mark = await scriptMs(cdp);
  result.delete = await deleteThroughUi(page, deleted);
  result.delete.script = (await scriptMs(cdp)) - mark;

  mark = await scriptMs(cdp);
  result.create = await createThroughUi(page, which, `Created ${which} ${cursor}`);
  result.create.script = (await scriptMs(cdp)) - mark;
  await deleteThroughUi(page, `Created ${which} ${cursor}`);

  if (withMemory) {
    const memory = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const heap = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
      const wasm = await page.evaluate(() => window.__wasmMemory?.buffer.byteLength ?? 0);
      return { heap, wasm };
    };
    const cycle = async (i) => {
      await createThroughUi(page, which, `Cycle ${which} ${i}`);
      await deleteThroughUi(page, `Cycle ${which} ${i}`);
    };
    await cycle('warm');
    const first = await memory();
    for (let i = 0; i < 10; i++) await cycle(i);
    const last = await memory();
    result.memory = { before: first, after: last, growth: last.heap + last.wasm - first.heap - first.wasm };
  }
  await page.close();
  return result;
}

// What a page shows at start-up: its elements, those of the list's first row, and its markup.
async function pageShape(context, which) {
  const page = await context.newPage();
  await open(page, which);
  const shape = await page.evaluate(() => ({ page: window.__bench.pageElements(), row: window.__bench.rowElements(), html: document.body.outerHTML }));
  await page.close();
  return shape;
}

// A returning visit: a tab opened in a context where the page was visited before, so the app's files come
// from its service worker's cache (and the compiled wasm from the browser's code cache), the twin's from
// the HTTP cache.
async function measureReturning(context, which) {
  if (process.env.BENCH_TRACE) process.stderr.write(`  ${which} returning visit\n`);
  const page = await context.newPage();
  page.setDefaultTimeout(180_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await open(page, which);
  const wall = await page.evaluate(() => performance.getEntriesByName('page-rendered')[0].startTime);
  const result = { wall, script: await scriptMs(cdp) };
  await page.close();
  return result;
}

// ---- statistics and the table ----------------------------------------------------------------------
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (at - low);
}
const stats = (values) => ({ median: quantile(values, 0.5), p25: quantile(values, 0.25), p75: quantile(values, 0.75), p95: quantile(values, 0.95), n: values.length });
const fmt = (s) => `${s.median.toFixed(1).padStart(7)} (${s.p25.toFixed(1)}–${s.p75.toFixed(1)})`;

const OPERATIONS = [
  ['startup', 'start-up to page rendered'],
  ['returning', 'start-up, returning visit'],
  ['toggle', 'toggle "Show system-generated"'],
  ['search', 'search (filter the list)'],
  ['clear', 'clear the search'],
  ['rename', 'rename one key'],
  ['delete', 'delete one key'],
  ['create', 'create one key (random+hash+store)'],
];

function summarise(runs) {
  const summary = {};
  for (const [opName] of OPERATIONS) {
    summary[opName] = {};
    for (const which of ['app', 'twin']) {
      const list = runs[which].map((r) => r[opName]);
      summary[opName][which] = {
        wall: stats(list.map((r) => r.wall)),
        script: stats(list.map((r) => r.script)),
        ...(list[0].work !== undefined ? { work: stats(list.map((r) => r.work)) } : {}),
        rows: list.map((r) => r.rows).filter((x) => x !== undefined),
      };
    }
    summary[opName].ratio = {
      wall: summary[opName].app.wall.median / summary[opName].twin.wall.median,
      script: summary[opName].app.script.median / Math.max(summary[opName].twin.script.median, 0.01),
    };
  }
  summary.longTasks = Object.fromEntries(['app', 'twin'].map((w) => [w, runs[w].flatMap((r) => r.longTasks)]));
  summary.memory = Object.fromEntries(['app', 'twin'].map((w) => [w, runs[w].find((r) => r.memory)?.memory]));
  return summary;
}

function printTable(n, summary) {
  const lines = [];
  lines.push(`\nN = ${n.toLocaleString('en')} stored access keys, ${summary.startup.app.wall.n} rounds after a warm-up (ms: median (p25–p75))`);
  lines.push(`${'operation'.padEnd(38)} ${'app wall'.padEnd(24)} ${'twin wall'.padEnd(24)} ${'ratio'.padStart(6)}   ${'app script'.padEnd(24)} ${'twin script'.padEnd(24)} ${'ratio'.padStart(6)}`);
  for (const [opName, label] of OPERATIONS) {
    const s = summary[opName];
    lines.push(`${label.padEnd(38)} ${fmt(s.app.wall).padEnd(24)} ${fmt(s.twin.wall).padEnd(24)} ${s.ratio.wall.toFixed(2).padStart(6)}   ${fmt(s.app.script).padEnd(24)} ${fmt(s.twin.script).padEnd(24)} ${s.ratio.script.toFixed(2).padStart(6)}`);
  }
  const create = summary.create.app.work;
  lines.push(`create one key, app, DOM updated (no frame wait): median ${create.median.toFixed(1)} ms, p95 ${create.p95.toFixed(1)} ms`);
  for (const which of ['app', 'twin']) {
    const tasks = summary.longTasks[which];
    lines.push(`long tasks (> 50 ms) at start-up, ${which}: ${tasks.length} in all rounds, longest ${tasks.length ? Math.max(...tasks).toFixed(0) : 0} ms`);
  }
  for (const which of ['app', 'twin']) {
    const m = summary.memory[which];
    if (m) lines.push(`memory across 10 create/delete cycles, ${which}: JS heap ${(m.before.heap / 1024).toFixed(0)} → ${(m.after.heap / 1024).toFixed(0)} KiB, wasm ${(m.before.wasm / 1024).toFixed(0)} → ${(m.after.wasm / 1024).toFixed(0)} KiB, growth ${(m.growth / 1024).toFixed(1)} KiB`);
  }
  console.log(lines.join('\n'));
}

// ---- main ------------------------------------------------------------------------------------------
const shipped = await shippedSizes(dist);
await buildSite(dist, site);
const server = spawn('node', [join(root, 'scripts/serve.mjs'), site, String(port)], { stdio: 'ignore' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--enable-precise-memory-info'],
});
const report = { date: new Date().toISOString(), chromium: browser.version(), cores: (await import('node:os')).cpus().length, sizes: shipped, runs: {} };
try {
  for (let tries = 0; tries < 50 && (await fetch(origin).then(() => false, () => true)); tries++) await new Promise((r) => setTimeout(r, 100));
  for (const n of sizes) {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    await context.addInitScript(instrument);
    const seeder = await context.newPage();
    await seed(seeder, n);
    await seeder.close();
    // The returning visits' contexts, with the same records: the app's with its service worker installed
    // and in control; the twin's without one (the worker would answer its address with the app).
    const returning = {};
    for (const which of ['app', 'twin']) {
      returning[which] = await browser.newContext({ serviceWorkers: isApp(which) ? 'allow' : 'block', viewport: { width: 1280, height: 900 } });
      await returning[which].addInitScript(instrument);
      const visitor = await returning[which].newPage();
      await seed(visitor, n);
      if (isApp(which)) await visitor.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
      else await visitor.goto(TWIN);
      await visitor.close();
    }
    // Both pages, on the same records, must show the same page: as many elements, and in the first row.
    const shape = { app: await pageShape(context, 'app'), twin: await pageShape(context, 'twin') };
    console.log(`\nN=${n}: elements at start-up, the page: app ${shape.app.page}, twin ${shape.twin.page}; its first row: app ${shape.app.row}, twin ${shape.twin.row}`);
    if (shape.app.page !== shape.twin.page || shape.app.row !== shape.twin.row) {
      await mkdir(out, { recursive: true });
      for (const which of ['app', 'twin']) await writeFile(join(out, `${which}-start.html`), shape[which].html);
      throw new Error(`the twin does not render the app's page (both written to ${out}/app-start.html and twin-start.html)`);
    }
    const runs = { app: [], twin: [] };
    // Renames `cursor`, deletes `cursor + 1`: user keys of the first page (every 100th is a system key).
    let cursor = 1;
    const last = roundsFor(n);
    for (let round = 0; round <= last; round++) {
      const order = round % 2 === 0 ? ['app', 'twin'] : ['twin', 'app'];
      for (const which of order) {
        while (cursor % 100 === 0 || (cursor + 1) % 100 === 0) cursor += 1;
        // Memory over 10 create/delete cycles is measured once per implementation, at the smallest N.
        const result = await measureTab(context, which, n, cursor, round === rounds && n === sizes[0]);
        result.returning = await measureReturning(returning[which], which);
        cursor += 2;
        if (round > 0) runs[which].push(result); // round 0 warms up
        process.stderr.write(`N=${n} round ${round}/${last} ${which}: start-up ${result.startup.wall.toFixed(0)} ms\n`);
      }
    }
    const summary = summarise(runs);
    summary.elements = { app: { page: shape.app.page, row: shape.app.row }, twin: { page: shape.twin.page, row: shape.twin.row } };
    report.runs[n] = { summary, raw: runs };
    printTable(n, summary);
    await context.close();
    for (const which of ['app', 'twin']) await returning[which].close();
  }
} finally {
  await browser.close();
  server.kill();
}

const kb = (b) => `${(b / 1024).toFixed(1)} KiB`;
console.log('\nShipped (what a first visit downloads):');
for (const kind of ['wasm', 'js', 'css']) {
  const s = shipped[kind];
  console.log(`  ${kind.padEnd(5)} raw ${kb(s.raw).padStart(10)}   gzip -9 ${kb(s.gzip).padStart(10)}   brotli ${kb(s.brotli).padStart(10)}`);
}
const wasmJs = shipped.wasm.gzip + shipped.js.gzip;
console.log(`  wasm + js gzip -9: ${wasmJs} B (goal under 405,000 B)`);

// The goals, as ratios to the twin in this run (and of the largest N to the smallest).
const goals = [];
const small = sizes[0];
for (const n of sizes) {
  const s = report.runs[n].summary;
  goals.push([`N=${n} start-up ≤ 1.5× twin`, s.startup.ratio.wall <= 1.5, s.startup.ratio.wall.toFixed(2)]);
  if (n >= 1000) {
    for (const [opName, label] of OPERATIONS.slice(2)) {
      goals.push([`N=${n} ${label}: wall ≤ 1.3× twin`, s[opName].ratio.wall <= 1.3, s[opName].ratio.wall.toFixed(2)]);
    }
  }
  if (n === 1000) goals.push([`N=1000 no long task > 50 ms at start-up`, s.longTasks.app.length === 0, `${s.longTasks.app.length} long tasks`]);
  if (s.memory.app && s.memory.twin) {
    goals.push([`N=${n} memory growth over 10 cycles ≤ the twin's + 64 KiB`, s.memory.app.growth <= s.memory.twin.growth + 65_536, `${kb(s.memory.app.growth)} against ${kb(s.memory.twin.growth)}`]);
  }
}
const largest = sizes[sizes.length - 1];
if (largest !== small) {
  for (const opName of ['startup', 'search', 'rename', 'delete']) {
    const growth = report.runs[largest].summary[opName].app.wall.median / report.runs[small].summary[opName].app.wall.median;
    goals.push([`${opName} at N=${largest} ≤ 2× at N=${small}`, growth <= 2, `${growth.toFixed(2)}×`]);
  }
}
goals.push(['wasm + js < 405,000 B gzip -9', wasmJs < 405_000, `${wasmJs} B`]);
report.goals = goals.map(([goal, met, value]) => ({ goal, met, value }));
console.log('\nGoals:');
for (const [goal, met, value] of goals) console.log(`  ${met ? 'met   ' : 'MISSED'} ${goal} (${value})`);

await mkdir(out, { recursive: true });
await writeFile(join(out, 'latest.json'), JSON.stringify(report, null, 2));
console.log(`\nWrote ${join(out, 'latest.json')}`);
