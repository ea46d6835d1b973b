import type { Table } from 'dexie'
import { z } from 'zod'
import type { SekretariatDb } from './database'

/** One import of one file into one event, as recorded for review and undo. */
export interface ImportBatchRecord {
  id: string
  eventId: string
  fileName: string
  /** SHA-256 of the file's bytes, hex: "this file was imported before". */
  fileHash: string
  fileKind: string
  sheetName: string
  /** 1-based, as the user sees it in Excel. */
  headerRow: number
  mapping: { column: number; header: string; target: string }[]
  counts: {
    rows: number
    created: number
    updated: number
    unchanged: number
    skipped: number
    errors: number
  }
  createdAt: string
  /** 'running' until the last chunk is written: a batch still running at startup was cut short. */
  status?: 'running' | 'done'
  undoneAt?: string
}

export type ImportEntity = 'contact' | 'participant' | 'delegation'

/**
 * What a batch did, for undo: the state before of one record it changed, or the ids of the
 * records one chunk created (one entry per chunk: a 50,000-row import writes 100 of these, not
 * 100,000). `writtenAt` is the updatedAt the batch wrote: a different one now means someone
 * edited the record since.
 */
export type ImportJournalRecord =
  | {
      seq?: number
      batchId: string
      entity: ImportEntity
      kind: 'changed'
      entityId: string
      before: unknown
      writtenAt: string
    }
  | {
      seq?: number
      batchId: string
      entity: ImportEntity
      kind: 'created'
      ids: string[]
      writtenAt: string
    }

// Stored settings may be old or tampered with: parsed, and dropped whole when malformed.
export const importMappingsSchema = z
  .array(
    z.object({
      signature: z.string().max(200),
      targets: z
        .array(z.object({ header: z.string().max(500), target: z.string().max(40) }))
        .max(1_000),
    }),
  )
  .max(100)

export type RememberedMappings = z.infer<typeof importMappingsSchema>

type Stored = { id: string; updatedAt?: string }

/** The tables an import writes, for its transactions. */
export function importTables(db: SekretariatDb) {
  const batches = db.table<ImportBatchRecord, string>('importBatches')
  const journal = db.table<ImportJournalRecord, number>('importJournal')
  return {
    batches,
    journal,
    all: [db.contacts, db.participants, db.delegations, db.changeLog, batches, journal],
    table: (entity: ImportEntity): Table<Stored, string> =>
      entity === 'contact'
        ? db.contacts
        : entity === 'participant'
          ? db.participants
          : db.delegations,
  }
}
