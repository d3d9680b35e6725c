// Huquq's service worker. The build puts VERSION, SHELL (the files kept at the first visit:
// the page, the second module, the rules' details) and OPTIONAL (kept once the page used them:
// each language's texts, and the first module, which the counsellor's page never runs) above
// this text.
// - Install: the shell from the network with `no-cache`: the HTTP cache answers "not
//   modified" for files the page has just loaded, so nothing is downloaded twice, and never
//   an older version. Optional files kept by the version before are carried over.
// - Optional files are kept once used, the texts and the first module's WebAssembly handed
//   over by the page (not downloaded twice): a language used once works offline, and so does
//   the guide once opened.
// - Answers from this version's cache first, so the guide opens with no network; the site
//   owner's file from the network first, with its last copy for offline use (on a first
//   visit the page hands its text over: it is asked for once per visit); each right's own page
//   from the network first, kept once visited, never answered with the guide.
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
const RIGHTS = new URL('rights/', location.href).pathname;
const OPTIONAL_NAMES = new Set(OPTIONAL.map((file) => new URL(file, location.href).pathname));

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(SHELL.map((file) => new Request(file, { cache: 'no-cache' })));
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

const SITE_FILE = new URL('huquq-site.toml', location.href);
// The site owner's file as the page read it (its text), or none (null).
const keepSite = async (cache, text) => {
  if (text === null) return cache.delete(SITE_FILE.href);
  await cache.put(SITE_FILE.href, new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } }));
};

// A file the page fetched before this worker controlled it (the first visit), handed over or
// named: keep it too.
self.addEventListener('message', (event) => {
  const data = event.data;
  if (data?.huquq === 'forget') {
    event.waitUntil(forget());
    return;
  }
  if (data?.huquq === 'site' && typeof data.text === 'string') {
    event.waitUntil((async () => {
      if (!forgotten && (await caches.has(CACHE))) await keepSite(await caches.open(CACHE), data.text);
    })());
    return;
  }
  if (data?.huquq !== 'keep' || typeof data.file !== 'string') return;
  if (!OPTIONAL_NAMES.has(new URL(data.file, location.href).pathname)) return;
  event.waitUntil((async () => {
    // A worker already replaced must not bring its deleted cache back.
    if (forgotten || !(await caches.has(CACHE))) return;
    const cache = await caches.open(CACHE);
    if (await cache.match(data.file)) return;
    // The page's copy if it handed it over, else the file as the network has it.
    if (!(data.body instanceof ArrayBuffer)) return cache.add(new Request(data.file, { cache: 'no-cache' }));
    const headers = data.type ? { 'Content-Type': data.type } : {};
    await cache.put(data.file, new Response(data.body, { headers }));
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
  // NGO's contact, where quick exit leads). None, or none kept, is "no content" for the page:
  // not a failed request in its console.
  if (url.pathname === SITE_FILE.pathname) {
    const none = () => new Response(null, { status: 204 });
    event.respondWith(fetch(request).then(async (response) => {
      const text = response.ok ? await response.clone().text() : null;
      caches.keys().then((keys) => !forgotten && keys.includes(CACHE) && caches.open(CACHE).then((cache) => keepSite(cache, text)));
      return response.status === 404 ? none() : response;
    }, () => kept(request).then((hit) => hit || none())));
    return;
  }
  // A right's own page (rights/<lang>/<id>.html, its style and script): from the network
  // first, its last copy kept for offline use; never the guide in its place.
  if (url.pathname.startsWith(RIGHTS)) {
    event.respondWith(fetch(request).then((response) => {
      if (response.ok) {
        const copy = response.clone();
        caches.keys().then((keys) => !forgotten && keys.includes(CACHE) && caches.open(CACHE).then((cache) => cache.put(request, copy)));
      }
      return response;
    }, () => kept(request).then((hit) => hit || Response.error())));
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
