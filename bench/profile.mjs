// `make profile`: where the app's time goes, from the DevTools CPU profiler, for the benchmark's list at
// N stored keys. It serves a build that keeps its function names (target/profdist, made by `make profile`),
// seeds the keys, then profiles one operation and prints the self time by crate (or script, or the
// browser's own work) and the 25 functions with the most self time, names demangled.
// Options (environment): PROFILE_N=1000, PROFILE_OP=startup|toggle|search|rename|delete, PROFILE_DIST=target/profdist,
// PROFILE_PAGE=app|twin, PROFILE_PORT=4191, PROFILE_ROUNDS=3 (profiles merged), PROFILE_TOP=25 (functions listed by self
// time), PROFILE_LONG=50 (the tasks listed: longer than this many ms). Absolute times drift; read the shares.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { benchKeys, createdEvents, putRecords } from './seed.mjs';
import { buildSite } from './site.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const n = Number(process.env.PROFILE_N ?? 1000);
const operation = process.env.PROFILE_OP ?? 'startup';
const dist = join(root, process.env.PROFILE_DIST ?? 'target/profdist');
const port = Number(process.env.PROFILE_PORT ?? 4191);
const rounds = Number(process.env.PROFILE_ROUNDS ?? 3);
const longMs = Number(process.env.PROFILE_LONG ?? 50);
const twin = process.env.PROFILE_PAGE === 'twin';
const SEED = `http://127.0.0.1:${port}/settings/api-authentication`;
const APP = twin ? `http://127.0.0.1:${port}/twin/index.html` : SEED;
const site = join(root, 'target/profsite');
const rendered = () => performance.getEntriesByName('page-rendered').length > 0;

/** A Rust symbol as a path without hashes or crate disambiguators (legacy `_ZN…E` mangling too). */
export function demangle(name) {
  const plain = (path) => path.replace(/::h[0-9a-f]{16}$/, '').replace(/\[[0-9a-f]{16}\]/g, '');
  if (!name.startsWith('_ZN')) return plain(name);
  const parts = [];
  let at = 3;
  while (at < name.length && name[at] !== 'E') {
    const digits = /^\d+/.exec(name.slice(at));
    if (!digits) break;
    at += digits[0].length;
    parts.push(name.slice(at, at + Number(digits[0])));
    at += Number(digits[0]);
  }
  if (parts.length && /^h[0-9a-f]{16}$/.test(parts[parts.length - 1])) parts.pop();
  return parts
    .join('::')
    .replace(/^_\$/, '')
    .replace(/\$LT\$/g, '<')
    .replace(/\$GT\$/g, '>')
    .replace(/\$u20\$/g, ' ')
    .replace(/\$u7b\$/g, '{')
    .replace(/\$u7d\$/g, '}')
    .replace(/\$RF\$/g, '&')
    .replace(/\$C\$/g, ',')
    .replace(/\.\./g, '::');
}

/** Where a frame's time belongs: a crate, a script file, or the browser's own work. */
function owner(frame) {
  const name = demangle(frame.functionName);
  if (name.startsWith('(')) return name;
  if (frame.url.includes('.wasm') || frame.functionName.startsWith('_ZN') || frame.url.startsWith('wasm://')) {
    const crate = /^<*&?(?:dyn |mut )?([a-z_][a-z0-9_]*)(?:::|\[)/.exec(name);
    return `wasm ${crate ? crate[1] : name.split(/[:<]/)[0] || '(anonymous)'}`;
  }
  if (!frame.url) return frame.functionName ? `native ${frame.functionName}` : '(native)';
  return `js ${frame.url.split('/').pop().replace(/-[0-9a-f]{16}/, '')}`;
}

/** Self time (ms) by function and by owner; total time (ms) of the app's own functions. */
function selfTimes(profile, byFunction, byOwner, inclusive) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const seen = new Set();
    for (let at = id; at !== undefined; at = parents.get(at)) {
      const name = demangle(nodes.get(at).callFrame.functionName).replace(/::\{\{closure\}\}/g, '');
      if (name.startsWith('api_auth::') && !seen.has(name)) seen.add(name);
    }
    for (const name of seen) inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
    const frame = nodes.get(id).callFrame;
    const name = `${demangle(frame.functionName) || '(anonymous)'}${frame.url && !frame.url.includes('wasm') ? ` ${frame.url.split('/').pop()}:${frame.lineNumber + 1}` : ''}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    const who = owner(frame);
    byOwner.set(who, (byOwner.get(who) ?? 0) + ms);
  });
}

/** Self time (ms) of the renderer main thread's trace events, by event name (nested events subtracted);
 *  and each task longer than `longMs` with its self time by event name. */
function traceSelfTimes(trace, byEvent, longTasks) {
  const events = JSON.parse(trace.toString()).traceEvents;
  const main = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const complete = events
    .filter((e) => e.ph === 'X' && e.dur > 0 && main.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  const add = (map, name, ms) => map.set(name, (map.get(name) ?? 0) + ms);
  for (const event of complete) {
    while (stack.length && stack[stack.length - 1].end <= event.ts) stack.pop();
    const parent = stack[stack.length - 1];
    const task = stack[0]?.long ?? (event.dur > longMs * 1000 && !stack.length ? { ms: event.dur / 1000, by: new Map() } : undefined);
    if (task && !stack.length) longTasks.push(task);
    if (parent) add(byEvent, parent.name, -event.dur / 1000);
    if (parent && task) add(task.by, parent.label, -event.dur / 1000);
    add(byEvent, event.name, event.dur / 1000);
    const label = event.name === 'FunctionCall' ? `FunctionCall ${event.args?.data?.functionName || '(anonymous)'}` : event.name;
    if (task) add(task.by, label, event.dur / 1000);
    stack.push({ name: event.name, label, end: event.ts + event.dur, long: task });
  }
}

await buildSite(dist, site);
const server = spawn('node', [join(root, 'scripts/serve.mjs'), site, String(port)], { stdio: 'ignore' });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (let tries = 0; tries < 50 && (await fetch(APP).then(() => false, () => true)); tries++) await new Promise((r) => setTimeout(r, 100));
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(180_000);
  // The app makes the database (and the demo account); the keys go in beside the demo's.
  await page.goto(SEED);
  await page.waitForFunction(rendered);
  const keys = benchKeys(n);
  await page.evaluate(putRecords, { store: 'access_keys', records: keys });
  await page.evaluate(putRecords, { store: 'activity', records: createdEvents(keys) });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const byFunction = new Map();
  const byOwner = new Map();
  const byEvent = new Map();
  const longTasks = [];
  const inclusive = new Map();
  for (let round = 0; round < rounds; round++) {
    const name = `Bench key ${String(2 + round * 2).padStart(5, '0')}`;
    if (operation === 'startup') {
      // As `make bench` starts: a new tab. The trace sees the main thread's own work (parsing,
      // compiling, style, layout), which the CPU profile shows only as "(program)"; it runs in a tab of
      // its own so as not to slow the profile.
      const traced = await context.newPage();
      await browser.startTracing(traced, { categories: ['devtools.timeline', 'v8', 'v8.wasm', 'blink', 'loading'] });
      await traced.goto(APP);
      await traced.waitForFunction(rendered);
      traceSelfTimes(await browser.stopTracing(), byEvent, longTasks);
      await traced.close();
      const tab = await context.newPage();
      await tab.goto('about:blank');
      const session = await context.newCDPSession(tab);
      await session.send('Profiler.enable');
      await session.send('Profiler.setSamplingInterval', { interval: 200 });
      await session.send('Profiler.start');
      await tab.goto(APP);
      await tab.waitForFunction(rendered);
      const { profile } = await session.send('Profiler.stop');
      selfTimes(profile, byFunction, byOwner, inclusive);
      await tab.close();
      continue;
    } else {
      await page.goto(APP);
      await page.waitForFunction(rendered);
      if (operation === 'toggle') {
        await cdp.send('Profiler.start');
        await page.locator('#show-system-generated').click();
        await page.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(true), 0))));
      } else if (operation === 'search') {
        await cdp.send('Profiler.start');
        await page.locator('input[type=search]').fill('Bench key 0001');
        await page.waitForFunction(() => document.querySelectorAll('table.keys tbody > tr').length <= 11);
      } else {
        await page.locator(`[aria-label="More options for ${name}"]`).click();
        await page.locator('[role=menuitem]:visible', { hasText: operation === 'rename' ? 'Rename' : 'Delete' }).click();
        if (operation === 'rename') await page.locator('dialog[open] input[type=text]').fill(`Renamed ${round}`);
        await cdp.send('Profiler.start');
        await page.locator(operation === 'rename' ? 'dialog[open] button[type=submit]' : 'dialog[open] .button--danger').click();
        await page.waitForFunction(() => !document.querySelector('dialog[open]'));
        await page.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(true), 0))));
      }
    }
    const { profile } = await cdp.send('Profiler.stop');
    selfTimes(profile, byFunction, byOwner, inclusive);
  }
  const total = [...byOwner.values()].reduce((a, b) => a + b, 0);
  const print = (title, map, count) => {
    console.log(`\n${title}`);
    for (const [name, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, count)) {
      console.log(`${(ms / rounds).toFixed(1).padStart(9)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${name.slice(0, 140)}`);
    }
  };
  console.log(`Profile of "${operation}" with ${n.toLocaleString('en')} stored keys, ${rounds} rounds, per round: ${(total / rounds).toFixed(0)} ms sampled`);
  print('Self time by owner', byOwner, 20);
  print('Self time by function (top 25)', byFunction, Number(process.env.PROFILE_TOP ?? 25));
  print("Total time of the app's own functions (callees included; top 25)", inclusive, 25);
  if (byEvent.size) {
    const traced = [...byEvent.values()].reduce((a, b) => a + b, 0);
    console.log(`\nMain thread by trace event, per round: ${(traced / rounds).toFixed(0)} ms traced`);
    for (const [name, ms] of [...byEvent].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
      console.log(`${(ms / rounds).toFixed(1).padStart(9)} ms ${((100 * ms) / traced).toFixed(1).padStart(5)} %  ${name}`);
    }
    console.log(`\nTasks longer than ${longMs} ms (all rounds): ${longTasks.length}`);
    for (const task of longTasks) {
      const top = [...task.by].sort((a, b) => b[1] - a[1]).slice(0, 4);
      console.log(`${task.ms.toFixed(0).padStart(6)} ms: ${top.map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(', ')}`);
    }
  }
} finally {
  await browser.close();
  server.kill();
}
