import type { CheckpointStore } from './CheckpointStore.ts'

const DATABASE = 'media-uploader-resume'
const STORE = 'checkpoints'

interface CheckpointRecord {
  readonly key: string
  readonly value: unknown
  /** Epoch ms. */
  readonly expiresAt: number
}

const done = (request: IDBRequest | IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    if ('oncomplete' in request) {
      request.oncomplete = () => resolve()
      request.onabort = request.onerror = () => reject(request.error)
    } else {
      request.onsuccess = () => resolve()
      request.onerror = () => reject(request.error)
    }
  })

/**
 * Opens the page's checkpoint store (IndexedDB database
 * `media-uploader-resume`) and drops the checkpoints that expired.
 * Resolves to `undefined` where IndexedDB is missing or refuses to open
 * (private windows, sandboxed iframes, storage disabled): uploads then
 * simply do not resume. `factory` and `now` are for tests.
 *
 * @example
 * ```ts
 * const store = await openCheckpointStore()
 * if (!store) console.info('resume after reload is off here')
 * ```
 */
export async function openCheckpointStore(factory: IDBFactory | null = globalThis.indexedDB ?? null, now: () => number = Date.now): Promise<CheckpointStore | undefined> {
  let db: IDBDatabase
  try {
    if (!factory) return undefined
    const request = factory.open(DATABASE, 1)
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'key' })
    await done(request)
    db = request.result
  } catch {
    return undefined
  }
  const run = async <T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> => {
    try {
      const transaction = db.transaction(STORE, mode)
      const request = work(transaction.objectStore(STORE))
      await done(transaction)
      return request ? request.result : undefined
    } catch {
      return undefined
    }
  }
  const store: CheckpointStore = {
    async get<T>(key: string) {
      const record = (await run('readonly', (s) => s.get(key))) as CheckpointRecord | undefined
      if (!record) return undefined
      if (record.expiresAt > now()) return record.value as T
      await store.delete(key)
      return undefined
    },
    put: (key, value, maxAge) => run('readwrite', (s) => void s.put({ key, value, expiresAt: now() + maxAge } satisfies CheckpointRecord)).then(() => undefined),
    delete: (key) => run('readwrite', (s) => void s.delete(key)).then(() => undefined),
    clear: () => run('readwrite', (s) => void s.clear()).then(() => undefined),
  }
  await run('readwrite', (s) => {
    s.openCursor().onsuccess = function () {
      const cursor = this.result
      if (!cursor) return
      if (!((cursor.value as CheckpointRecord).expiresAt > now())) cursor.delete()
      cursor.continue()
    }
  })
  return store
}
