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
    if (JSON.stringify(from) !== JSON.stringify(to)) changes.push({ field: key, from, to })
  }
  return changes
}
