import type { Table } from 'dexie'
import { isSealed } from '../../../shared/backup/sealed'
import type { SekretariatDb } from './database'
import { sealSecret } from './secrets'

// Seals secrets still stored in plain text: values from before encryption existed, from a
// restored old backup, or written by code that did not seal them. Runs at start and after a
// restore. Add a table's fields here once its repository opens them on read (agenda-repo for
// rooms' passcode and hostKey).
export const SEALED_FIELDS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  participants: [['documents', 'passportNumber']],
  rooms: [['passcode'], ['hostKey']],
}

type Row = Record<string, unknown>

function getPath(row: Row, path: readonly string[]): unknown {
  let value: unknown = row
  for (const key of path)
    value = value && typeof value === 'object' ? (value as Row)[key] : undefined
  return value
}

function setPath(row: Row, path: readonly string[], next: string): Row {
  const [head, ...rest] = path
  if (head === undefined) return row
  const inner = row[head]
  return {
    ...row,
    [head]: rest.length ? setPath((inner ?? {}) as Row, rest, next) : next,
  }
}

const needsSealing = (value: unknown) =>
  typeof value === 'string' && value !== '' && !isSealed(value)

/** Returns how many records were sealed. Safe to run at any time and more than once. */
export async function sealPlaintextSecrets(db: SekretariatDb): Promise<number> {
  let sealed = 0
  for (const [name, paths] of Object.entries(SEALED_FIELDS)) {
    if (!db.tables.some((t) => t.name === name)) continue
    const table = db.table(name) as Table<Row, string>
    const plain = await table
      .filter((row) => paths.some((path) => needsSealing(getPath(row, path))))
      .toArray()
    if (plain.length === 0) continue
    // Seal outside the transaction (WebCrypto would end it), then write only rows unchanged since.
    const updates = await Promise.all(
      plain.map(async (row) => {
        let next = row
        for (const path of paths) {
          const value = getPath(row, path)
          if (needsSealing(value)) next = setPath(next, path, await sealSecret(value as string))
        }
        return { before: row, next }
      }),
    )
    const key = table.schema.primKey.keyPath as string
    await db.transaction('rw', table, async () => {
      for (const { before, next } of updates) {
        const current = await table.get(before[key] as string)
        if (current && JSON.stringify(current) === JSON.stringify(before)) {
          await table.put(next)
          sealed++
        }
      }
    })
  }
  return sealed
}
