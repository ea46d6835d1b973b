import type { ExistingPerson } from '../../../shared/import-plan/types'
import type { Participant } from '../../../shared/registry/model'
import type { RememberedMapping } from '../../../shared/spreadsheet'
import { applyImport, type ApplyInput } from './import-apply'
import {
  importMappingsSchema,
  importTables,
  type ImportBatchRecord,
  type RememberedMappings,
} from './import-records'
import { undoBatch, undoPreview } from './import-undo'
import type { StoredContact } from './registry-types'
import { assertWritable, type Store } from './store'

export { ImportCancelledError, type ApplyInput } from './import-apply'
export type { ImportBatchRecord } from './import-records'
export type { UndoPreview, UndoResult } from './import-undo'

const MAPPINGS_KEY = 'import.mappings'
const MAX_REMEMBERED = 50

/**
 * Imports: find the people a file is about, apply a decided plan (chunked transactions with a
 * journal: see import-apply.ts), list and undo batches, remember confirmed column mappings.
 */
export function createImportRepo(store: Store) {
  const { db } = store
  // Looked up on use: a database from a newer app, opened read-only as it is, may lack a table.
  const batches = () => importTables(db).batches

  /** The people a file may be about: by ID (participant or contact), email and name key. */
  async function existingPeople(
    eventId: string,
    keys: { ids: readonly string[]; emails: readonly string[]; nameKeys: readonly string[] },
  ): Promise<ExistingPerson[]> {
    return db.transaction('r', [db.contacts, db.participants, db.delegations], async () => {
      const contacts = new Map<string, StoredContact>()
      const add = (list: readonly (StoredContact | undefined)[]) => {
        for (const c of list) if (c) contacts.set(c.id, c)
      }
      const byParticipantId = (await db.participants.bulkGet([...keys.ids])).filter(
        (p): p is Participant => !!p,
      )
      add(await db.contacts.bulkGet([...keys.ids, ...byParticipantId.map((p) => p.contactId)]))
      // An empty directory has no one to find: skip sorting tens of thousands of keys.
      if ((keys.emails.length || keys.nameKeys.length) && (await db.contacts.count()) > 0) {
        if (keys.emails.length) add(await db.contacts.where('emails').anyOf(keys.emails).toArray())
        if (keys.nameKeys.length)
          add(await db.contacts.where('nameKey').anyOf(keys.nameKeys).toArray())
      }
      if (contacts.size === 0) return []
      const participations = await db.participants
        .where('contactId')
        .anyOf([...contacts.keys()])
        .toArray()
      const delegationIds = [
        ...new Set(participations.flatMap((p) => (p.delegationId ? [p.delegationId] : []))),
      ]
      const delegations = new Map(
        (await db.delegations.bulkGet(delegationIds)).flatMap((d) => (d ? [[d.id, d]] : [])),
      )
      const byContact = new Map<string, Participant[]>()
      for (const p of participations)
        byContact.set(p.contactId, [...(byContact.get(p.contactId) ?? []), p])
      return [...contacts.values()].map((contact) => {
        const own = byContact.get(contact.id) ?? []
        const here = own.find((p) => p.eventId === eventId)
        const countries = new Set<string>()
        if (contact.nationality) countries.add(contact.nationality)
        for (const p of own) {
          const code = p.delegationId ? delegations.get(p.delegationId)?.countryCode : undefined
          if (code) countries.add(code)
        }
        const hereCountry = here?.delegationId
          ? delegations.get(here.delegationId)?.countryCode
          : undefined
        return {
          contact,
          ...(here && { participant: here }),
          ...(hereCountry && { delegationCountry: hereCountry }),
          countries: [...countries],
          otherParticipantIds: own.filter((p) => p !== here).map((p) => p.id),
        }
      })
    })
  }

  async function listBatches(eventId: string): Promise<ImportBatchRecord[]> {
    const list = await batches().where('eventId').equals(eventId).toArray()
    return list.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  }

  /** Earlier imports of the same bytes (any event), newest first; undone ones included. */
  async function importsOfFile(fileHash: string): Promise<ImportBatchRecord[]> {
    const list = await batches().where('fileHash').equals(fileHash).toArray()
    return list.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  }

  async function rememberedMappings(): Promise<RememberedMapping[]> {
    const parsed = importMappingsSchema.safeParse((await db.settings.get(MAPPINGS_KEY))?.value)
    // Targets stay strings here: applyRememberedMapping turns any unknown one into "ignore".
    return parsed.success ? (parsed.data as RememberedMapping[]) : []
  }

  /** Keeps a confirmed mapping first in line for the next file with the same headers. */
  async function rememberMapping(mapping: RememberedMappings[number]): Promise<void> {
    assertWritable(store)
    const list = (await rememberedMappings()).filter((m) => m.signature !== mapping.signature)
    await db.settings.put({
      key: MAPPINGS_KEY,
      value: [mapping, ...list].slice(0, MAX_REMEMBERED),
    })
  }

  return {
    existingPeople,
    apply: (input: ApplyInput) => applyImport(store, input),
    listBatches,
    importsOfFile,
    undoPreview: (batchId: string) => undoPreview(store, batchId),
    undo: (batchId: string) => undoBatch(store, batchId),
    rememberedMappings,
    rememberMapping,
  }
}

export type ImportRepo = ReturnType<typeof createImportRepo>
