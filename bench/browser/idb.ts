// Raw IndexedDB, promisified: the baseline side of browser cases uses nothing else.

export function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
}

/** Opens an existing database at its stored version (no upgrade, no schema of ours). */
export function openRaw(name: string): Promise<IDBDatabase> {
  const request = indexedDB.open(name)
  // An upgrade here means the database was missing: abort rather than create an empty one.
  request.onupgradeneeded = () => request.transaction?.abort()
  return settle(request)
}

export function getAllRaw<T>(db: IDBDatabase, store: string): Promise<T[]> {
  return settle(db.transaction(store, 'readonly').objectStore(store).getAll())
}

export function deleteRaw(name: string): Promise<void> {
  const request = indexedDB.deleteDatabase(name)
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve()
    request.onerror = () => reject(request.error)
    // "blocked" is no error: a just-closed connection may still be finishing its transactions,
    // and the deletion goes ahead once it has.
  })
}
