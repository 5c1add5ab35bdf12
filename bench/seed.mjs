// Records written straight into the app's IndexedDB, for the benchmark and the paging tests (never the
// app itself). `accessKeys` and `createdEvents` build the records in Node; `putRecords` runs in the page.

const hex = (value, width) => value.toString(16).padStart(width, '0');

/** `n` access-key records, key 1 the newest; `shape(i, now)` adds or overrides fields of key `i`. */
export function accessKeys(n, name, shape = () => ({}), now = Date.now()) {
  return Array.from({ length: n }, (_, index) => {
    const i = index + 1;
    return {
      id: `Ak${hex(i, 8)}-0000-4000-8000-${hex(i * 7919, 12)}`,
      name: name(i),
      secret_hash: hex(i, 64),
      created_at: new Date(now - i * 60_000).toISOString(),
      expires_at: null,
      system: false,
      last_used_at: null,
      disabled: false,
      previous_secret: null,
      ...shape(i, now),
    };
  });
}

/** In the page: stores `records` (each with an `id`) in the object store `store`, as the app stores them. */
export async function putRecords({ store, records }) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('api-auth');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction(store, 'readwrite');
  for (const record of records) tx.objectStore(store).put(JSON.stringify(record), record.id);
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/** The benchmark's `n` keys: "Bench key 00001"…, every 5th never expiring, every 100th system-generated,
 *  every 3rd never used. */
export function benchKeys(n) {
  return accessKeys(
    n,
    (i) => `Bench key ${String(i).padStart(5, '0')}`,
    (i, now) => ({
      expires_at: i % 5 === 0 ? null : new Date(now + (i % 400) * 86_400_000).toISOString(),
      system: i % 100 === 0,
      last_used_at: i % 3 === 0 ? null : new Date(now - (i % 50) * 3_600_000).toISOString(),
    }),
  );
}

/** The activity log of `keys` as the app records it: one "Created" entry per key, at its creation. */
export function createdEvents(keys) {
  return keys.map((key, index) => ({
    id: `${Date.parse(key.created_at)}-b${hex(index, 7)}`,
    at: key.created_at,
    access_key_id: key.id,
    key_name: key.name,
    kind: { kind: 'created' },
  }));
}
