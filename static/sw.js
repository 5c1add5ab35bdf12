// The service worker: after one visit the app (deep links included) opens with the network off.
// scripts/harden-dist.mjs fills in VERSION (a hash of the build's files) and ASSETS when it copies this
// file into dist/, so every build gets a cache of its own. A new build installs beside the old one and
// waits; the page offers "Reload to update", which posts "skip-waiting"; the old cache is then deleted.
const VERSION = '__VERSION__';
const ASSETS = __ASSETS__;
// This build's language catalogs by code ({"es": "/i18n/es.<hash>.txt", …}): fetched only when chosen, then
// kept, and carried over to the next build's cache, so a language used once keeps working offline.
const LANGUAGES = __LANGUAGES__;
const CACHE = `flowdeck-${VERSION}`;
const APP_SHELL = '/index.html';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(ASSETS)).then(() => keepLanguagesUsed()).then(() => {
      // The first install replaces nothing, so it may take over at once.
      if (!self.registration.active) return self.skipWaiting();
    }),
  );
});

// The languages an older cache holds a catalog of: this build's catalog of each is cached now (best
// effort: offline, the older catalog stays until the next install).
async function keepLanguagesUsed() {
  const cache = await caches.open(CACHE);
  const used = new Set();
  for (const name of await caches.keys()) {
    if (!name.startsWith('flowdeck-') || name === CACHE) continue;
    for (const request of await (await caches.open(name)).keys()) {
      const path = new URL(request.url).pathname;
      if (path.startsWith('/i18n/')) used.add(path.slice('/i18n/'.length).split('.')[0]);
    }
  }
  await Promise.all([...used].filter((code) => LANGUAGES[code]).map((code) => cache.add(LANGUAGES[code]).catch(() => {})));
}

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith('flowdeck-') && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // Every route of the single-page app is the same shell; the router reads the path.
  const key = request.mode === 'navigate' ? APP_SHELL : request;
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(key).then((hit) => {
        if (hit) return hit;
        if (!url.pathname.startsWith('/i18n/')) return fetch(request);
        // A language's catalog is named by its content: kept once fetched.
        return fetch(request).then((response) => {
          if (response.ok) cache.put(request, response.clone());
          return response;
        });
      }),
    ),
  );
});
