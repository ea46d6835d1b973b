import type { Transaction } from 'dexie'
import { contactV1toV2 } from './migrations'

// Every schema version the app has ever shipped, in one place, oldest first. Never edit or
// remove a shipped version: add a new one with the stores that changed and a pure migration.
// Index syntax: first = primary key, & unique, * multi-entry, [a+b] compound, ++ auto-increment.

export const DATABASE_NAME = 'sekretariat'

export interface SchemaVersion {
  version: number
  stores: Record<string, string | null>
  /** Runs inside Dexie's upgrade transaction; should only apply pure record migrations. */
  upgrade?: (tx: Transaction) => Promise<void>
}

export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      events: 'id, archivedAt, updatedAt',
      contacts: 'id, *emails, nationality, updatedAt',
      participants: 'id, eventId, contactId, delegationId, updatedAt',
      delegations: 'id, eventId, [eventId+countryCode]',
      sessions: 'id, eventId, start',
      rooms: 'id, eventId',
      pressReleases: 'id, eventId, updatedAt',
      importBatches: 'id, eventId, fileHash, createdAt',
      settings: 'key',
      changeLog: '++seq, [entity+entityId], eventId, at, batchId',
    },
  },
  {
    // The registry: contacts found by name key, a person's participation in an event by pair.
    version: 2,
    stores: {
      contacts: 'id, *emails, nationality, nameKey, updatedAt',
      participants: 'id, eventId, contactId, delegationId, [eventId+contactId], updatedAt',
    },
    upgrade: async (tx) => {
      await tx
        .table('contacts')
        .toCollection()
        .modify((contact: Record<string, unknown>) => {
          Object.assign(contact, contactV1toV2(contact))
        })
    },
  },
  {
    // Agenda and attendance: sessions and rooms (stores since v1, unchanged, first used now)
    // found by event; imported platform reports per session; the user's remembered decisions
    // about report names (one per event and key); self-study marks; per-event agenda settings
    // (join-instruction templates, eligibility rule). New stores only: no record changes.
    version: 3,
    stores: {
      attendanceReports: 'id, eventId, sessionId',
      attendanceAliases: 'id, eventId, &[eventId+key]',
      attendanceMarks: 'id, eventId, &[sessionId+participantId]',
      agendaSettings: '[eventId+key], eventId',
    },
  },
  {
    // Press releases: every kept version of a draft (who, when, why), and per event the details
    // releases are written from (theme, organisers, the quoted official). Releases unchanged.
    version: 5,
    stores: { pressVersions: '++seq, releaseId, at', pressProfiles: 'eventId' },
  },
  {
    // Imports: the before-image of every record an import batch created or changed, so the
    // whole batch can be undone exactly (the change log redacts passport numbers; this cannot).
    version: 6,
    stores: { importJournal: '++seq, batchId' },
  },
  {
    // Press templates written by staff (the starters ship with the code). Not tied to an event,
    // so event bundles leave them out; backups carry them like every table. New store only.
    version: 7,
    stores: { pressTemplates: 'id, updatedAt' },
  },
]

export const LATEST_SCHEMA_VERSION = schemaVersions[schemaVersions.length - 1]!.version
