// The vanilla-JS twin of the access-key list, for `make bench` only (it ships nowhere): the same rows
// from the same IndexedDB records, the same operations, written the way a careful hand would — one
// cloned row template, one delegated listener, rows kept by ID and reused when the filter changes.
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
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

let db;
let keys = []; // in list order: system first, then newest first
const rows = new Map(); // id → <tr>
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

function buildRow(key, now) {
  const row = rowTemplate.cloneNode(true);
  const [name, id, created, expiry, used, actions] = row.children;
  name.firstChild.textContent = key.name;
  if (key.system) name.firstChild.insertAdjacentHTML('afterend', ' <span class="badge badge--system">System</span>');
  const count = activeConnections.get(key.id) ?? 0;
  name.lastChild.textContent = count === 0 ? 'No connections' : count === 1 ? '1 active connection' : `${count} active connections`;
  id.firstChild.textContent = key.id;
  id.firstChild.id = `access-key-id-${key.id}`;
  created.textContent = dateFormat.format(Date.parse(key.created_at));
  expiry.firstChild.textContent = key.expires_at ? dateFormat.format(Date.parse(key.expires_at)) : 'Never';
  const [kind, label] = status(key.expires_at, now);
  expiry.lastChild.className = `badge badge--${kind}`;
  expiry.lastChild.textContent = label;
  used.textContent = relative(key.last_used_at, now);
  actions.firstChild.setAttribute('aria-label', `More options for ${key.name}`);
  row.dataset.id = key.id;
  return row;
}

function visibleRows() {
  const needle = search.value.trim().toLowerCase();
  const shown = showSystem.checked;
  const out = [];
  for (const key of keys) {
    if (key.system && !shown) continue;
    if (needle && !key.name.toLowerCase().includes(needle) && !key.id.toLowerCase().includes(needle)) continue;
    out.push(rows.get(key.id));
  }
  return out;
}

function renderList() {
  tbody.replaceChildren(...visibleRows());
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
  const now = Date.now();
  for (const key of keys) rows.set(key.id, buildRow(key, now));
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
  rows.set(key.id, buildRow(key, now.getTime()));
  renderList();
  document.getElementById('new-access-key-id').textContent = key.id;
  document.getElementById('new-access-key-secret').textContent = secret;
  createDialog.querySelector('form').hidden = true;
  document.getElementById('reveal').hidden = false;
}

tbody.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-action="menu"]');
  if (!button) return;
  menuFor = button.closest('tr').dataset.id;
  button.parentElement.append(menu);
  menu.hidden = false;
  menu.querySelector('button').focus();
});

menu.addEventListener('click', (event) => {
  const action = event.target.closest('button')?.dataset.action;
  menu.hidden = true;
  if (action === 'rename') {
    renameDialog.querySelector('input').value = keys.find((k) => k.id === menuFor).name;
    renameDialog.showModal();
  } else if (action === 'delete') {
    deleteDialog.showModal();
  }
});

renameDialog.querySelector('form').addEventListener('submit', async () => {
  const key = keys.find((k) => k.id === menuFor);
  key.name = renameDialog.querySelector('input').value.trim();
  await write((store) => store.put(JSON.stringify(key), key.id));
  const row = rows.get(key.id);
  row.querySelector('.keys__name-text').textContent = key.name;
  row.querySelector('button[data-action="menu"]').setAttribute('aria-label', `More options for ${key.name}`);
});

deleteDialog.querySelector('button').addEventListener('click', async () => {
  deleteDialog.close();
  const id = menuFor;
  await write((store) => store.delete(id));
  keys.splice(keys.findIndex((k) => k.id === id), 1);
  rows.get(id).remove();
  rows.delete(id);
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

load();
