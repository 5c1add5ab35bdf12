// Starts reading the stored account while the app's code downloads and compiles, so that start-up does not
// wait for IndexedDB after it (at 200 keys, opening and reading took ~45 ms of a ~210 ms start-up, all of it
// after the code had started). The app owns the database: this script only reads what is there and never
// creates or upgrades it. src/storage/indexed_db.rs (`IndexedDbStore::take_early_read`) takes the result
// once, through `apiAuthTakeEarlyRead()`: `{ db, records(store) → [keys, values], changedSince() }`; null
// when there is nothing to read early; "hung" when IndexedDB did not answer the open in 4 s (the app's own
// limit, so the app falls back at once rather than waiting as long again). `changedSince()` says whether
// another tab announced a save after this read began (then the app reads again, so nothing saved
// meanwhile is undone on screen) and stops listening.
// The names must equal storage::DATABASE_NAME and the broadcast channel of src/browser/broadcast.rs.
let earlyRead = new Promise((resolve) => {
  if (!('indexedDB' in window) || !('BroadcastChannel' in window)) return resolve(null);
  let changed = false;
  const channel = new BroadcastChannel('api-auth');
  channel.onmessage = () => {
    changed = true;
  };
  let settled = false;
  const nothing = (answer = null) => {
    if (settled) return;
    settled = true;
    channel.close();
    resolve(answer);
  };
  // A hung IndexedDB never answers the open (a slow read is waited for, as the app itself would).
  const hung = setTimeout(() => nothing('hung'), 4000);
  let request;
  try {
    request = indexedDB.open('api-auth');
  } catch {
    return nothing();
  }
  // No database yet (a first visit): leave it to the app to make.
  request.onupgradeneeded = () => {
    clearTimeout(hung);
    request.transaction.abort();
  };
  request.onerror = (event) => {
    event.preventDefault();
    nothing();
  };
  request.onsuccess = () => {
    const db = request.result;
    if (settled) return db.close();
    clearTimeout(hung);
    // An app of a newer schema in another tab must not be blocked by this connection.
    db.onversionchange = () => db.close();
    try {
      const names = Array.from(db.objectStoreNames);
      const tx = db.transaction(names, 'readonly');
      const reads = names.map((name) => {
        const store = tx.objectStore(name);
        return [name, store.getAllKeys(), store.getAll()];
      });
      tx.oncomplete = () => {
        if (settled) return db.close();
        settled = true;
        const stores = {};
        for (const [name, keys, values] of reads) stores[name] = [keys.result, values.result];
        resolve({
          db,
          records: (name) => stores[name],
          changedSince() {
            channel.close();
            return changed;
          },
        });
      };
      tx.onabort = () => {
        db.close();
        nothing();
      };
    } catch {
      db.close();
      nothing();
    }
  };
});
window.apiAuthTakeEarlyRead = () => {
  const taken = earlyRead;
  earlyRead = null;
  return taken;
};
// The page's first Intl date formatter loads the ICU and time zone data (~15 ms on a 2-core machine), whichever
// language it is for; made here, in a task of its own while the code downloads, the app's formatters are then
// made in well under a millisecond each.
setTimeout(() => {
  try {
    new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(0);
  } catch {
    // An old browser without dateStyle: the app makes its formatters as before.
  }
}, 0);
