// The vanilla-JS twin of the access-key list, for `make bench` only (it ships nowhere): the same rows
// (element for element) from the same IndexedDB records, the same paging and search, the same operations,
// written the way a careful hand would — one cloned row template, delegated listeners, rows built only
// when their page is first shown and kept by ID.
const DB = 'api-auth';
const KEYS = 'access_keys';
const CONNECTIONS = 'connections';
const DAY = 86_400_000;

const tbody = document.querySelector('table.keys tbody');
const rowTemplate = document.getElementById('row').content.firstElementChild;
const search = document.querySelector('input[type=search]');
const showSystem = document.getElementById('show-system-generated');
const menu = document.getElementById('menu');
const renameDialog = document.getElementById('rename');
const deleteDialog = document.getElementById('delete');
const createDialog = document.getElementById('create-dialog');
const pager = document.querySelector('nav.pager');
const table = document.querySelector('table.keys');
const pageSize = document.getElementById('page-size');
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const exactFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

let db;
let keys = []; // in list order: system first, then newest first
let listed = []; // the keys the search and the system toggle let through, in order
let page = 0;
const rows = new Map(); // id → <tr>, built the first time its page is shown
const activeConnections = new Map(); // id → count
let menuFor = null;

function request(req) {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function write(fn) {
  const tx = db.transaction(KEYS, 'readwrite');
  fn(tx.objectStore(KEYS));
  return new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
}

function order(a, b) {
  return b.system - a.system || (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0);
}

function relative(iso, now) {
  if (!iso) return 'Never';
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const units = [['year', 31_536_000], ['month', 2_592_000], ['day', 86_400], ['hour', 3600], ['minute', 60]];
  for (const [unit, size] of units) if (Math.abs(seconds) >= size) return relativeFormat.format(Math.trunc(seconds / size), unit);
  return relativeFormat.format(seconds, 'second');
}

function status(expires, now) {
  if (!expires) return ['active', 'Active'];
  const left = Date.parse(expires) - now;
  if (left <= 0) return ['expired', 'Expired'];
  const days = Math.ceil(left / DAY);
  return days <= 7 ? ['soon', days === 1 ? 'Expires in 1 day' : `Expires in ${days} days`] : ['active', 'Active'];
}

function usedCell(cell, iso, now) {
  if (!iso) {
    cell.textContent = 'Never';
    return;
  }
  const at = Date.parse(iso);
  const time = document.createElement('time');
  time.dateTime = iso;
  time.title = exactFormat.format(at);
  time.textContent = relative(iso, now);
  const exact = document.createElement('span');
  exact.className = 'visually-hidden';
  exact.textContent = ` (${time.title})`;
  time.append(exact);
  cell.replaceChildren(time);
}

function labelRow(row, name) {
  row.querySelector('input').setAttribute('aria-label', `Select ${name}`);
  row.querySelector('.copy__button').setAttribute('aria-label', `Copy access key ID of ${name}`);
  row.querySelector('.more-options').setAttribute('aria-label', `More options for ${name}`);
}

/** What the key may do and from where, as the app's list says it. */
function accessLine(key) {
  const permissions = key.permissions ?? 'full';
  let summary = 'Full access';
  if (permissions !== 'full') {
    const n = Object.values(permissions.restricted ?? {}).filter((level) => level !== 'none').length;
    summary = n === 0 ? 'Restricted: no access' : n === 1 ? 'Restricted: 1 resource' : `Restricted: ${n} resources`;
  }
  const ips = (key.allowed_ips ?? []).length;
  return ips === 0 ? summary : `${summary} · ${ips} allowed IP address${ips === 1 ? '' : 'es'}`;
}

function buildRow(key, now) {
  const row = rowTemplate.cloneNode(true);
  const [, name, id, created, expiry, used] = row.children;
  name.firstChild.textContent = key.name;
  if (key.system) name.firstChild.insertAdjacentHTML('afterend', '<span class="badge badge--system">System</span>');
  const access = name.querySelector('.keys__access');
  access.textContent = accessLine(key);
  if (key.description) {
    const description = document.createElement('span');
    description.className = 'keys__description';
    description.title = key.description;
    description.textContent = key.description;
    access.before(description);
  }
  const count = activeConnections.get(key.id) ?? 0;
  name.lastChild.textContent = count === 0 ? 'No connections' : count === 1 ? '1 active connection' : `${count} active connections`;
  id.firstChild.textContent = key.id;
  id.firstChild.id = `access-key-id-${key.id}`;
  created.textContent = dateFormat.format(Date.parse(key.created_at));
  expiry.firstChild.textContent = key.expires_at ? dateFormat.format(Date.parse(key.expires_at)) : 'Never';
  const [kind, label] = status(key.expires_at, now);
  expiry.lastChild.className = `badge badge--${kind}`;
  expiry.lastChild.textContent = label;
  usedCell(used, key.last_used_at, now);
  labelRow(row, key.name);
  row.dataset.id = key.id;
  return row;
}

function filterList() {
  const needle = search.value.trim().toLowerCase();
  const shown = showSystem.checked;
  listed = keys.filter(
    (key) => (shown || !key.system) && (!needle || key.name.toLowerCase().includes(needle) || key.id.toLowerCase().includes(needle) || (key.description ?? '').toLowerCase().includes(needle)),
  );
}

const grouped = (n) => n.toLocaleString('en-US');

// Shows the page `page` of `listed` (the last one if it is past the end), and the pager under it.
function renderPage() {
  const size = Number(pageSize.value);
  const count = Math.max(1, Math.ceil(listed.length / size));
  page = Math.min(page, count - 1);
  const start = page * size;
  const end = Math.min(start + size, listed.length);
  const now = Date.now();
  const shown = [];
  for (let i = start; i < end; i++) {
    const key = listed[i];
    let row = rows.get(key.id);
    if (!row) rows.set(key.id, (row = buildRow(key, now)));
    row.setAttribute('aria-rowindex', String(i + 2));
    shown.push(row);
  }
  tbody.replaceChildren(...shown);
  table.setAttribute('aria-rowcount', String(listed.length + 1));
  pager.hidden = listed.length <= 25;
  const total = listed.length;
  pager.querySelector('.pager__summary').textContent =
    total === 0 ? 'No access keys shown'
      : total === 1 ? 'Showing 1 access key'
        : start === 0 && end === total ? `Showing all ${grouped(total)} access keys`
          : `Showing ${grouped(start + 1)}–${grouped(end)} of ${grouped(total)} access keys`;
  pager.querySelector('.pager__where').textContent = `Page ${page + 1} of ${count}`;
  document.getElementById('previous').disabled = page === 0;
  document.getElementById('next').disabled = page + 1 >= count;
}

function renderList() {
  filterList();
  page = 0;
  renderPage();
}

async function load() {
  db = await request(indexedDB.open(DB));
  const tx = db.transaction([KEYS, CONNECTIONS]);
  const [keyTexts, connectionTexts] = await Promise.all([
    request(tx.objectStore(KEYS).getAll()),
    request(tx.objectStore(CONNECTIONS).getAll()),
  ]);
  for (const text of connectionTexts) {
    const connection = JSON.parse(text);
    if (!connection.revoked_at) activeConnections.set(connection.access_key_id, (activeConnections.get(connection.access_key_id) ?? 0) + 1);
  }
  keys = keyTexts.map((text) => JSON.parse(text)).sort(order);
  renderList();
  requestAnimationFrame(() => performance.mark('access-keys-rendered'));
}

function randomBase62(length) {
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  let out = '';
  while (out.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length))) {
      if (byte < 248 && out.length < length) out += alphabet[byte % 62]; // rejection sampling: no bias
    }
  }
  return out;
}

async function createKey(name) {
  const secret = `aks_${randomBase62(49)}`;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(secret));
  const hash = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  const now = new Date();
  const key = {
    id: `Ak${crypto.randomUUID()}`,
    name,
    secret_hash: hash,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + 90 * DAY).toISOString(),
    system: false,
    last_used_at: null,
    disabled: false,
    previous_secret: null,
  };
  await write((store) => store.put(JSON.stringify(key), key.id));
  keys.splice(keys.findIndex((k) => !k.system), 0, key);
  filterList();
  renderPage();
  document.getElementById('new-access-key-id').textContent = key.id;
  document.getElementById('new-access-key-secret').textContent = secret;
  createDialog.querySelector('form').hidden = true;
  document.getElementById('reveal').hidden = false;
}

let openList = null; // the row's menu list the shared items are in while it is open

function closeMenu() {
  if (!openList) return;
  menu.append(...openList.children);
  openList.hidden = true;
  openList.previousElementSibling.setAttribute('aria-expanded', 'false');
  openList = null;
}

tbody.addEventListener('click', (event) => {
  const item = event.target.closest('[role=menuitem]');
  if (item) {
    closeMenu();
    if (item.dataset.action === 'rename') {
      renameDialog.querySelector('input').value = keys.find((k) => k.id === menuFor).name;
      renameDialog.showModal();
    } else if (item.dataset.action === 'delete') {
      deleteDialog.showModal();
    }
    return;
  }
  const button = event.target.closest('button[data-action="menu"]');
  if (!button) return;
  closeMenu();
  menuFor = button.closest('tr').dataset.id;
  openList = button.nextElementSibling;
  openList.append(...menu.children);
  openList.hidden = false;
  button.setAttribute('aria-expanded', 'true');
  openList.querySelector('button').focus();
});

renameDialog.querySelector('form').addEventListener('submit', async () => {
  const key = keys.find((k) => k.id === menuFor);
  key.name = renameDialog.querySelector('input').value.trim();
  await write((store) => store.put(JSON.stringify(key), key.id));
  const row = rows.get(key.id);
  row.querySelector('.keys__name-text').textContent = key.name;
  labelRow(row, key.name);
});

deleteDialog.querySelector('button').addEventListener('click', async () => {
  deleteDialog.close();
  const id = menuFor;
  await write((store) => store.delete(id));
  keys.splice(keys.findIndex((k) => k.id === id), 1);
  listed.splice(listed.findIndex((k) => k.id === id), 1);
  rows.delete(id);
  renderPage(); // the next page's first key moves up into this one
});

document.getElementById('create').addEventListener('click', () => {
  createDialog.querySelector('form').hidden = false;
  document.getElementById('reveal').hidden = true;
  createDialog.querySelector('input').value = '';
  createDialog.showModal();
});

createDialog.querySelector('form').addEventListener('submit', (event) => {
  event.preventDefault();
  createKey(createDialog.querySelector('input').value.trim());
});

document.getElementById('done').addEventListener('click', () => {
  document.getElementById('new-access-key-secret').textContent = '';
  createDialog.close();
});

search.addEventListener('input', renderList);
showSystem.addEventListener('change', renderList);
pageSize.addEventListener('change', () => {
  const first = page * Number(pageSize.dataset.was ?? 25);
  pageSize.dataset.was = pageSize.value;
  page = Math.floor(first / Number(pageSize.value));
  renderPage();
});
document.getElementById('previous').addEventListener('click', () => {
  page = Math.max(0, page - 1);
  renderPage();
});
document.getElementById('next').addEventListener('click', () => {
  page += 1;
  renderPage();
});

load();
