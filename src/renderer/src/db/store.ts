import type { SekretariatDb, ChangeLogRecord } from './database'

/** Thrown by every write when the data belongs to a newer schema. */
export class ReadOnlyError extends Error {
  constructor() {
    super('read-only')
    this.name = 'ReadOnlyError'
  }
}

/** What repositories share: the database, whether writes are allowed, and who is writing. */
export interface Store {
  db: SekretariatDb
  readOnly: boolean
  actor: () => string
  now: () => Date
  newId: () => string
}

export function createStore(db: SekretariatDb, readOnly: boolean): Store {
  return {
    db,
    readOnly,
    actor: () => 'local user',
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
  }
}

/** Adds an entry to the change log, inside the caller's transaction, as the store's actor. */
export function changeLogger(store: Store) {
  return (entry: Omit<ChangeLogRecord, 'at' | 'actor'>, at: string) =>
    store.db.changeLog.add({ ...entry, at, actor: store.actor() })
}

export function assertWritable(store: Store): void {
  if (store.readOnly) throw new ReadOnlyError()
}

/** Field-by-field differences between two versions of a record, for the change log. */
export function diffFields<T extends object>(
  before: T,
  after: T,
  ignore: readonly string[] = ['updatedAt'],
): ChangeLogRecord['changes'] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)])
  const changes: ChangeLogRecord['changes'] = []
  for (const key of keys) {
    if (ignore.includes(key)) continue
    const from = (before as Record<string, unknown>)[key]
    const to = (after as Record<string, unknown>)[key]
    if (JSON.stringify(from) !== JSON.stringify(to))
      changes.push({ field: key, from: redactForLog(from), to: redactForLog(to) })
  }
  return changes
}

const HIDDEN = '••••'

/**
 * The change log keeps who changed what, but never a passport number: the log is kept for
 * years, and a deleted passport number must leave no readable copy behind.
 */
export function redactForLog(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value
  const record = value as Record<string, unknown>
  const out: Record<string, unknown> = { ...record }
  if (typeof record.passportNumber === 'string' && record.passportNumber)
    out.passportNumber = HIDDEN
  if (record.documents) out.documents = redactForLog(record.documents)
  return out
}
