// Huquq's service worker. The build puts VERSION, SHELL (the files kept at the first visit:
// the page, both modules, the rules' details) and OPTIONAL (each language's texts, kept once
// used) above this text.
// - Install: the shell from the network with `no-cache`: the HTTP cache answers "not
//   modified" for files the page has just loaded, so nothing is downloaded twice, and never
//   an older version. Optional files kept by the version before are carried over.
// - Optional files are kept once used: a language used once works offline.
// - Answers from this version's cache first, so the guide opens with no network; the site
//   owner's file from the network first, with its last copy for offline use.
const CACHE = 'huquq-' + VERSION;
// Quick exit asks every worker of this site to forget (start.js): a first install still
// fetching on a slow network must not write the guide back after the page deleted it.
let forgotten = false;
// Each cache is emptied before it is deleted: a deleted cache that a page or an install
// still holds keeps its files on disk until the browser closes (measured in Chromium).
const empty = async (cache) => Promise.all((await cache.keys()).map((request) => cache.delete(request)));
const forget = async () => {
  forgotten = true;
  for (const key of await caches.keys()) {
    await empty(await caches.open(key));
    await caches.delete(key);
  }
};
const OPTIONAL_NAMES = new Set(OPTIONAL.map((file) => new URL(file, location.href).pathname));

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(SHELL.map((file) => new Request(file, { cache: 'no-cache' })));
    // The site owner's file, if there is one: the page read it before this worker was there.
    const site = await fetch(new Request('huquq-site.toml', { cache: 'no-cache' })).catch(() => null);
    if (site && site.ok) await cache.put('huquq-site.toml', site);
    for (const key of await caches.keys()) {
      if (key === CACHE || !key.startsWith('huquq-')) continue;
      const old = await caches.open(key);
      for (const file of OPTIONAL) {
        const kept = await old.match(file);
        if (kept) await cache.put(file, kept);
      }
    }
    if (forgotten) {
      await empty(cache);
      await forget();
      throw new Error('quick exit: nothing kept');
    }
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key.startsWith('huquq-') && key !== CACHE).map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

// A file the page fetched before this worker controlled it (the first visit): keep it too.
self.addEventListener('message', (event) => {
  const data = event.data;
  if (data?.huquq === 'forget') {
    event.waitUntil(forget());
    return;
  }
  if (!data || data.huquq !== 'keep' || !Array.isArray(data.files)) return;
  const wanted = data.files.filter((file) => OPTIONAL_NAMES.has(new URL(file, location.href).pathname));
  event.waitUntil((async () => {
    // A worker already replaced must not bring its deleted cache back.
    if (forgotten || !(await caches.has(CACHE))) return;
    const cache = await caches.open(CACHE);
    for (const file of wanted) {
      if (!(await cache.match(file))) await cache.add(new Request(file, { cache: 'no-cache' }));
    }
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin) return;
  // `caches.match` with a cache name never creates it: a replaced worker finishing a request
  // cannot bring its deleted files back.
  const kept = (what) => caches.match(what, { ignoreSearch: true, cacheName: CACHE });
  // The site owner's file: from the network first, its last copy kept for offline use (the
  // NGO's contact, where quick exit leads).
  if (url.pathname.endsWith('/huquq-site.toml')) {
    event.respondWith(fetch(request).then((response) => {
      const copy = response.clone();
      caches.keys().then((keys) => !forgotten && keys.includes(CACHE) && caches.open(CACHE)
        .then((cache) => (response.ok ? cache.put(request, copy) : cache.delete(request))));
      return response;
    }, () => kept(request).then((hit) => hit || new Response('', { status: 404 }))));
    return;
  }
  event.respondWith(kept(request)
    .then((hit) => hit || (request.mode === 'navigate' ? kept('./') : undefined))
    .then((hit) => hit || fetch(request).then((response) => {
      if (response.ok && OPTIONAL_NAMES.has(url.pathname)) {
        const copy = response.clone();
        caches.keys().then((keys) => !forgotten && keys.includes(CACHE) && caches.open(CACHE).then((cache) => cache.put(request, copy)));
      }
      return response;
    })));
});
