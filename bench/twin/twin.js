// The vanilla-JS twin of the API authentication page, for `make bench` only (it ships nowhere): the page
// the app renders at start-up, element for element (its static markup in index.html), filled from the same
// IndexedDB records — account identifiers, API keys, the expiry and unused-keys notices, the access keys a
// page at a time with the same paging and search, and the newest 50 entries of the activity log — written
// the way a careful hand would: cloned templates, delegated listeners, rows built only when their page is
// first shown and kept by ID. It does the list's operations the bench times: toggle, search, rename,
// delete and create.
const DB = 'api-auth';
const KEYS = 'access_keys';
const DAY = 86_400_000;
const SOON_DAYS = 7; // the default earliest expiry reminder
const UNUSED_DAYS = 90;
const SHOWN_IN_BANNER = 5;
const LOG_PAGE = 50;

const $ = (selector) => document.querySelector(selector);
const section = $('section#access-keys');
const table = $('#access-keys-table');
const tbody = table.tBodies[0];
const template = (id) => document.getElementById(id).content.firstElementChild;
const rowTemplate = template('row');
const search = section.querySelector('input[type=search]');
const showSystem = document.getElementById('show-system-generated');
const renameDialog = document.getElementById('rename');
const deleteDialog = document.getElementById('delete');
const createDialog = document.getElementById('create-dialog');
const pager = document.getElementById('pager');
const pageSize = document.getElementById('page-size');
const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });
const exactFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });
const relativeFormat = new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' });
const listFormat = new Intl.ListFormat('en-US');
const grouped = (n) => n.toLocaleString('en-US');
const plural = (n, one, other) => (n === 1 ? one : other.replace('#', grouped(n)));

let db;
let keys = []; // in list order: system first, then newest first
let listed = []; // the keys the search and the system toggle let through, in order
let page = 0;
const rows = new Map(); // id → <tr>, built the first time its page is shown
const activeConnections = new Map(); // id → count
let menuFor = null;
const wiring = new Map(); // dialog → what its content listens to, wired when it is first built

/** Opens `dialog`, its content built from its template the first time (as the app builds its dialogs). */
function openDialog(dialog) {
  const wire = wiring.get(dialog);
  if (wire) {
    wiring.delete(dialog);
    dialog.append(document.getElementById(`${dialog.id}-content`).content.cloneNode(true));
    wire();
  }
  dialog.showModal();
}

function request(req) {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Writes the key (or deletes it) and its log entry in one transaction, as the app commits. */
function write(fn, event) {
  const tx = db.transaction([KEYS, 'activity'], 'readwrite');
  fn(tx.objectStore(KEYS));
  tx.objectStore('activity').put(JSON.stringify(event), event.id);
  return new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
}

function order(a, b) {
  return b.system - a.system || (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0);
}

function relative(iso, now) {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const units = [['year', 31_536_000], ['month', 2_592_000], ['day', 86_400], ['hour', 3600], ['minute', 60]];
  for (const [unit, size] of units) if (Math.abs(seconds) >= size) return relativeFormat.format(Math.trunc(seconds / size), unit);
  return relativeFormat.format(seconds, 'second');
}

/** A <time> saying how long ago `iso` was, with the exact time for screen readers. */
function timeAgo(iso, now) {
  const time = document.createElement('time');
  time.dateTime = iso;
  time.title = exactFormat.format(Date.parse(iso));
  time.textContent = relative(iso, now);
  const exact = document.createElement('span');
  exact.className = 'visually-hidden';
  exact.textContent = ` (${time.title})`;
  time.append(exact);
  return time;
}

/** Where a key stands against the clock: `[kind, days left]` (days only when it expires soon). */
function expiry(expires, now, soonDays = SOON_DAYS) {
  if (!expires) return ['active'];
  const left = Date.parse(expires) - now;
  if (left <= 0) return ['expired'];
  const days = Math.ceil(left / DAY);
  return days <= soonDays ? ['soon', days] : ['active'];
}

function status(expires, now) {
  const [kind, days] = expiry(expires, now);
  return [kind, kind === 'expired' ? 'Expired' : kind === 'soon' ? plural(days, 'Expires in 1 day', 'Expires in # days') : 'Active'];
}

function usedCell(cell, iso, now) {
  if (iso) cell.replaceChildren(timeAgo(iso, now));
  else cell.textContent = 'Never';
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
  const [, name, id, created, expires, used] = row.children;
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
  expires.firstChild.textContent = key.expires_at ? dateFormat.format(Date.parse(key.expires_at)) : 'Never';
  const [kind, label] = status(key.expires_at, now);
  expires.lastChild.className = `badge badge--${kind}`;
  expires.lastChild.textContent = label;
  usedCell(used, key.last_used_at, now);
  labelRow(row, key.name);
  row.dataset.id = key.id;
  row.id = `access-key-row-${key.id}`;
  return row;
}

function filterList() {
  const needle = search.value.trim().toLowerCase();
  const shown = showSystem.checked;
  listed = keys.filter(
    (key) => (shown || !key.system) && (!needle || key.name.toLowerCase().includes(needle) || key.id.toLowerCase().includes(needle) || (key.description ?? '').toLowerCase().includes(needle)),
  );
}

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
  const total = listed.length;
  table.setAttribute('aria-rowcount', String(total + 1));
  section.querySelector('p.empty').hidden = total !== 0;
  document.getElementById('select-matching').textContent = `Select all ${grouped(total)} matching keys`;
  pager.hidden = total <= 25;
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

function renderAccount(account) {
  document.getElementById('account-id-value').textContent = account.id;
  const domain = document.getElementById('account-domain-value');
  domain.href = `https://${account.domain}`;
  domain.textContent = account.domain;
}

function renderApiKeys(apiKeys) {
  const rowOf = template('api-key-row');
  const body = document.getElementById('api-keys-body');
  apiKeys.sort((a, b) => (a.created_at < b.created_at ? 1 : -1));
  body.replaceChildren(
    ...apiKeys.map((key) => {
      const row = rowOf.cloneNode(true);
      const [name, secret, created, used, state, actions] = row.children;
      name.firstChild.textContent = key.name;
      secret.firstChild.textContent = `••••••••••••${key.last_four}`;
      secret.firstChild.setAttribute('aria-label', `API key ending in ${key.last_four}`);
      created.textContent = dateFormat.format(Date.parse(key.created_at));
      used.textContent = key.last_used_at ? dateFormat.format(Date.parse(key.last_used_at)) : 'Never';
      state.firstChild.className = `badge badge--${key.enabled ? 'active' : 'off'}`;
      state.firstChild.textContent = key.enabled ? 'ON' : 'OFF';
      actions.querySelector('button').setAttribute('aria-label', `More options for ${key.name}`);
      return row;
    }),
  );
}

// The expiry banner (expired first, then the soonest; five by name) and the unused-keys notice (its
// confirmation, with the keys it would disable, is built when it opens).
function renderNotices(now) {
  const due = keys
    .map((key) => [key, expiry(key.expires_at, now)])
    .filter(([, [kind]]) => kind !== 'active')
    .sort(([a], [b]) => (a.expires_at < b.expires_at ? -1 : a.expires_at > b.expires_at ? 1 : 0));
  const banner = document.getElementById('expiry-banner');
  banner.hidden = due.length === 0;
  if (due.length) {
    const notes = due.slice(0, SHOWN_IN_BANNER).map(([key, [kind, days]]) => (kind === 'expired' ? `${key.name} has expired` : `${key.name} expires in ${plural(days, '1 day', '# days')}`));
    if (due.length > SHOWN_IN_BANNER) notes.push(plural(due.length - SHOWN_IN_BANNER, '1 more key', '# more keys'));
    const expired = due.filter(([, [kind]]) => kind === 'expired').length;
    const advice =
      due.length === 1 ? (expired ? 'It no longer works: replace it with a new key.' : 'Rotate or replace this key before anything that uses it breaks.')
        : expired === due.length ? 'They no longer work: replace them with new keys.'
          : expired === 0 ? 'Rotate or replace these keys before anything that uses them breaks.'
            : 'Replace the expired keys, and rotate or replace the others before anything that uses them breaks.';
    banner.firstElementChild.textContent = `${listFormat.format(notes)}. ${advice}`;
  }
  const unused = keys.filter((key) => !key.system && !key.disabled && expiry(key.expires_at, now)[0] !== 'expired' && Date.parse(key.last_used_at ?? key.created_at) <= now - UNUSED_DAYS * DAY);
  const notice = document.getElementById('unused-notice');
  notice.hidden = unused.length === 0;
  notice.firstElementChild.textContent = `${plural(unused.length, '1 access key has', '# access keys have')} not been used for 90 days or more. A key nobody uses is a risk if it leaks: disable it, or delete it if nothing needs it.`;
  document.getElementById('disable-unused').textContent = `Disable all ${grouped(unused.length)}`;
}

const KIND_NAMES = {
  created: 'Created', renamed: 'Renamed', description_changed: 'Description changed', permissions_changed: 'Permissions changed',
  rotated: 'Rotated', old_secret_revoked: 'Old secret revoked', disabled: 'Disabled', enabled: 'Enabled',
  connection_established: 'Connection established', connection_revoked: 'Connection revoked', used: 'Used', refused: 'Refused',
  expired: 'Expired', deleted: 'Deleted', restored: 'Restored from a backup',
};

function what(kind) {
  if (kind.kind === 'renamed') return `Renamed (was "${kind.from}")`;
  if (kind.kind === 'connection_established') return `Connection established: ${kind.client}`;
  if (kind.kind === 'connection_revoked') return `Connection revoked: ${kind.client}`;
  return KIND_NAMES[kind.kind] ?? kind.kind;
}

function who(event) {
  const [by, ...rest] = (event.by ?? '').split('|');
  if (by === 'integration') return `${rest.join('|')} (integration)`;
  if (by === 'schedule' || (!by && event.kind.kind === 'expired')) return 'Flowdeck, at the key\'s expiry';
  const client = by === 'client' ? rest[1] : event.kind.kind === 'connection_established' ? event.kind.client : undefined;
  if (client !== undefined) return client ? `“${client}”` : 'A client';
  return 'You, in this browser';
}

// The activity log: every key it names in the filter (by latest name, "(deleted)" once gone), and its newest
// 50 entries; an operation here adds its entry on top and touches only the option of its key.
let log = []; // newest first, shown expiries included
const gone = new Set(); // IDs of deleted keys
const options = new Map(); // key ID → <option>, once the filter is first used
const namedKeys = new Map(); // key ID → its latest name in the log
const shownItems = new Map(); // <li> on screen → its key's ID
const alerts = new Set(['deleted', 'expired', 'connection_revoked']);
const newestFirst = (a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.id < b.id ? 1 : -1);
const keyLabel = (id, name) => (gone.has(id) ? `${name} (deleted)` : name);
const byName = (a, b) => (a.text.toLowerCase() < b.text.toLowerCase() ? -1 : a.text.toLowerCase() > b.text.toLowerCase() ? 1 : 0);

function buildItem(event, now) {
  const item = template('activity-item').cloneNode(true);
  const [whatCell, key, when, whoCell] = item.children;
  if (alerts.has(event.kind.kind)) item.classList.add('activity__item--alert');
  whatCell.textContent = what(event.kind);
  key.textContent = keyLabel(event.access_key_id, event.key_name);
  when.append(timeAgo(event.at, now));
  whoCell.textContent = who(event);
  shownItems.set(item, event.access_key_id);
  return item;
}

function renderLogPager() {
  const total = log.length;
  const logPager = document.getElementById('activity-pager');
  logPager.querySelector('.pager__summary').textContent =
    total === 0 ? 'No entries' : total <= LOG_PAGE ? plural(total, '1 entry', '# entries') : `Entries 1–${LOG_PAGE} of ${grouped(total)}`;
  const pages = Math.max(1, Math.ceil(total / LOG_PAGE));
  const group = logPager.querySelector('.pager__group');
  group.hidden = pages <= 1;
  group.querySelector('.pager__where').textContent = `Page 1 of ${pages}`;
  group.lastElementChild.disabled = pages <= 1;
  document.querySelector('section#activity-log p.empty').hidden = total !== 0;
}

/** Puts the option of key `id` named `name` where the filter's order wants it (once it is drawn). */
function placeOption(id, name) {
  namedKeys.set(id, name);
  if (!optionsDrawn) return;
  let option = options.get(id);
  if (option) option.remove();
  else options.set(id, (option = new Option('', id)));
  option.text = keyLabel(id, name);
  const select = document.getElementById('activity-key');
  const list = select.options; // "All access keys" first, then by name
  let low = 1;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (byName(list[mid], option) <= 0) low = mid + 1;
    else high = mid;
  }
  select.insertBefore(option, list[low] ?? null);
}

function renderActivity(events, now) {
  for (const event of events) if (event.kind.kind === 'deleted') gone.add(event.access_key_id);
  events.sort(newestFirst);
  for (const event of events) if (!namedKeys.has(event.access_key_id)) namedKeys.set(event.access_key_id, event.key_name);
  // A key's expiry is an entry of the log once it has happened (shown, not stored).
  const expired = keys
    .filter((key) => key.expires_at && Date.parse(key.expires_at) <= now)
    .map((key) => ({ id: `${Date.parse(key.expires_at)}-expired-${key.id}`, at: key.expires_at, access_key_id: key.id, key_name: key.name, kind: { kind: 'expired' } }));
  log = expired.length ? [...events, ...expired].sort(newestFirst) : events;
  document.querySelector('ol.activity').replaceChildren(...log.slice(0, LOG_PAGE).map((event) => buildItem(event, now)));
  renderLogPager();
}

// The key filter's options, drawn the first time it is focused, as the app draws them.
let optionsDrawn = false;
function listOptions() {
  if (optionsDrawn) return;
  optionsDrawn = true;
  const sorted = [...namedKeys].map(([id, name]) => {
    const option = new Option(keyLabel(id, name), id);
    options.set(id, option);
    return option;
  });
  document.getElementById('activity-key').append(...sorted.sort(byName));
}
document.getElementById('activity-key').addEventListener('focus', listOptions);

/** A new entry of kind `kind` about `key`, as the app records it. */
function entry(kind, key) {
  const at = new Date();
  return { id: `${at.getTime()}-${randomBase62(8)}`, at: at.toISOString(), access_key_id: key.id, key_name: key.name, kind };
}

/** Shows a stored entry: on top of the log, its key's option renamed, placed or marked deleted. */
function show(event) {
  const key = { id: event.access_key_id, name: event.key_name };
  const kind = event.kind;
  log.unshift(event);
  const list = document.querySelector('ol.activity');
  list.prepend(buildItem(event, Date.parse(event.at)));
  if (list.children.length > LOG_PAGE) {
    shownItems.delete(list.lastElementChild);
    list.lastElementChild.remove();
  }
  if (kind.kind === 'deleted') {
    gone.add(key.id);
    for (const [item, id] of shownItems) if (id === key.id) item.children[1].textContent = keyLabel(id, item.children[1].textContent);
    if (optionsDrawn) options.get(key.id).text = keyLabel(key.id, key.name);
  } else {
    placeOption(key.id, key.name);
  }
  renderLogPager();
}

async function load() {
  db = await request(indexedDB.open(DB));
  const stores = ['accounts', 'api_keys', KEYS, 'connections', 'activity'];
  const tx = db.transaction(stores);
  const [accounts, apiKeys, keyTexts, connections, events] = (
    await Promise.all(stores.map((store) => request(tx.objectStore(store).getAll())))
  ).map((texts) => texts.map((text) => JSON.parse(text)));
  for (const connection of connections) {
    if (!connection.revoked_at) activeConnections.set(connection.access_key_id, (activeConnections.get(connection.access_key_id) ?? 0) + 1);
  }
  const now = Date.now();
  keys = keyTexts.sort(order);
  renderAccount(accounts[0]);
  renderApiKeys(apiKeys);
  renderNotices(now);
  renderList();
  renderActivity(events, now);
  // Just after the frame that draws it, as the app marks it.
  requestAnimationFrame(() => setTimeout(() => performance.mark('page-rendered'), 0));
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

const createForm = () => createDialog.querySelector('form');
let reveal = null; // the secret step, made when a key is created

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
  const created = entry({ kind: 'created' }, key);
  await write((store) => store.put(JSON.stringify(key), key.id), created);
  show(created);
  keys.splice(keys.findIndex((k) => !k.system), 0, key);
  filterList();
  renderPage();
  reveal = document.createElement('div');
  for (const [id, text] of [['new-access-key-id', key.id], ['new-access-key-secret', secret]]) {
    reveal.append(Object.assign(document.createElement('code'), { className: 'mono', id, textContent: text }));
  }
  const done = Object.assign(document.createElement('button'), { type: 'button', className: 'button button--primary', textContent: 'Done' });
  done.addEventListener('click', () => {
    reveal.remove(); // the secret leaves the page with its dialog
    createForm().hidden = false;
    createDialog.close();
  });
  reveal.append(done);
  createForm().hidden = true;
  createForm().after(reveal);
}

let openList = null; // the row's menu list while it is open

function closeMenu() {
  if (!openList) return;
  openList.replaceChildren();
  openList.hidden = true;
  openList.previousElementSibling.setAttribute('aria-expanded', 'false');
  openList = null;
}

function menuItem(action, text) {
  const item = document.createElement('li');
  item.role = 'none';
  item.append(Object.assign(document.createElement('button'), { type: 'button', className: 'menu__item', textContent: text }));
  item.firstChild.role = 'menuitem';
  item.firstChild.dataset.action = action;
  return item;
}

tbody.addEventListener('click', (event) => {
  const item = event.target.closest('[role=menuitem]');
  if (item) {
    closeMenu();
    if (item.dataset.action === 'rename') {
      openDialog(renameDialog);
      renameDialog.querySelector('input').value = keys.find((k) => k.id === menuFor).name;
    } else if (item.dataset.action === 'delete') {
      openDialog(deleteDialog);
    }
    return;
  }
  const button = event.target.closest('button[data-action="menu"]');
  if (!button) return;
  closeMenu();
  menuFor = button.closest('tr').dataset.id;
  openList = button.nextElementSibling;
  openList.append(menuItem('rename', 'Rename'), menuItem('delete', 'Delete'));
  openList.hidden = false;
  button.setAttribute('aria-expanded', 'true');
  openList.querySelector('button').focus();
});

wiring.set(renameDialog, () => renameDialog.querySelector('form').addEventListener('submit', async (event) => {
  event.preventDefault();
  renameDialog.close();
  const key = keys.find((k) => k.id === menuFor);
  const from = key.name;
  key.name = renameDialog.querySelector('input').value.trim();
  const renamed = entry({ kind: 'renamed', from }, key);
  await write((store) => store.put(JSON.stringify(key), key.id), renamed);
  show(renamed);
  const row = rows.get(key.id);
  row.querySelector('.keys__name-text').textContent = key.name;
  labelRow(row, key.name);
}));

wiring.set(deleteDialog, () => deleteDialog.querySelector('.button--danger').addEventListener('click', async () => {
  deleteDialog.close();
  const id = menuFor;
  const deleted = entry({ kind: 'deleted' }, keys.find((k) => k.id === id));
  await write((store) => store.delete(id), deleted);
  show(deleted);
  keys.splice(keys.findIndex((k) => k.id === id), 1);
  listed.splice(listed.findIndex((k) => k.id === id), 1);
  rows.delete(id);
  renderPage(); // the next page's first key moves up into this one
}));

// "Create access key", above the sections and on the access keys' card.
for (const button of document.querySelectorAll('.page__bar > .button--primary, #create')) {
  button.addEventListener('click', () => {
    openDialog(createDialog);
    createForm().querySelector('input').value = '';
  });
}

wiring.set(createDialog, () => createForm().addEventListener('submit', (event) => {
  event.preventDefault();
  createKey(createForm().querySelector('input').value.trim());
}));

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
