// The service worker: after one visit the app (deep links included) opens with the network off.
// scripts/harden-dist.mjs fills in VERSION (a hash of the build's files) and ASSETS when it copies this
// file into dist/, so every build gets a cache of its own. A new build installs beside the old one and
// waits; the page offers "Reload to update", which posts "skip-waiting"; the old cache is then deleted.
const VERSION = '__VERSION__';
const ASSETS = __ASSETS__;
const CACHE = `flowdeck-${VERSION}`;
const APP_SHELL = '/index.html';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(ASSETS)).then(() => {
      // The first install replaces nothing, so it may take over at once.
      if (!self.registration.active) return self.skipWaiting();
    }),
  );
});

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
    caches.open(CACHE).then((cache) => cache.match(key).then((hit) => hit ?? fetch(request))),
  );
});
