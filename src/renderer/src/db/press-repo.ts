import type { Table } from 'dexie'
import { normaliseDoc, type DocNode } from '../../../shared/press/doc-model'
import type { FactsSnapshot } from '../../../shared/press/facts'
import {
  isLocked,
  needsCheckpoint,
  nextStatus,
  pressReleaseSchema,
  releaseDetailsInput,
  type PressReleaseRecord,
  type PressVersionRecord,
  type ReleaseDetailsInput,
  type StatusAction,
  type VersionReason,
} from '../../../shared/press/release-model'
import type { ReleaseKind } from '../../../shared/press/starter-templates'
import { PressConflictError, PressLockedError, PressNotFoundError } from './press-errors'
import { createPressFactsRepo } from './press-facts-repo'
import { assertWritable, diffFields, type Store, changeLogger } from './store'

export type { PressReleaseRecord, PressVersionRecord } from '../../../shared/press/release-model'
export type { SessionSpan } from './press-facts-repo'
export { PressConflictError, PressLockedError, PressNotFoundError } from './press-errors'

export interface ReleaseTexts {
  id: DocNode
  en: DocNode
}

export interface NewRelease extends ReleaseDetailsInput {
  kind: ReleaseKind
  templateId: string
  texts: ReleaseTexts
  facts: FactsSnapshot
}

export interface DeletedRelease {
  release: PressReleaseRecord
  versions: PressVersionRecord[]
}

function normalisedTexts(texts: ReleaseTexts): ReleaseTexts {
  return { id: normaliseDoc(texts.id), en: normaliseDoc(texts.en) }
}

export function createPressRepo(store: Store) {
  const { db } = store
  const releases = (): Table<PressReleaseRecord, string> => db.table('pressReleases')
  const versions = (): Table<PressVersionRecord, number> => db.table('pressVersions')
  const log = changeLogger(store)

  const parse = (raw: unknown): PressReleaseRecord | undefined => {
    const parsed = pressReleaseSchema.safeParse(raw)
    return parsed.success ? parsed.data : undefined
  }

  async function list(eventId: string): Promise<PressReleaseRecord[]> {
    const all = await releases().where('eventId').equals(eventId).toArray()
    return all
      .map(parse)
      .filter((r): r is PressReleaseRecord => r !== undefined)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  }

  async function get(id: string): Promise<PressReleaseRecord | undefined> {
    return parse(await releases().get(id))
  }

  async function addVersion(release: PressReleaseRecord, reason: VersionReason, at: string) {
    await versions().add({
      releaseId: release.id,
      eventId: release.eventId,
      at,
      actor: store.actor(),
      reason,
      status: release.status,
      revision: release.revision,
      texts: release.texts,
      facts: release.facts,
    })
  }

  async function lastVersion(releaseId: string): Promise<PressVersionRecord | undefined> {
    return versions().where('releaseId').equals(releaseId).last()
  }

  /** Keeps the current text as a version unless the latest version already holds it. */
  async function keepCurrent(release: PressReleaseRecord, reason: VersionReason, at: string) {
    const last = await lastVersion(release.id)
    if (!last || last.revision !== release.revision) await addVersion(release, reason, at)
  }

  async function current(id: string): Promise<PressReleaseRecord> {
    const release = parse(await releases().get(id))
    if (!release) throw new PressNotFoundError()
    return release
  }

  const rw = <T>(work: () => Promise<T>) =>
    db.transaction('rw', [releases(), versions(), db.changeLog], work)

  async function create(eventId: string, input: NewRelease): Promise<PressReleaseRecord> {
    assertWritable(store)
    const details = releaseDetailsInput.parse(input)
    return rw(async () => {
      const at = store.now().toISOString()
      const release: PressReleaseRecord = {
        ...details,
        id: store.newId(),
        eventId,
        kind: input.kind,
        templateId: input.templateId,
        status: 'draft',
        texts: normalisedTexts(input.texts),
        facts: input.facts,
        revision: 1,
        createdAt: at,
        updatedAt: at,
        updatedBy: store.actor(),
      }
      await releases().add(release)
      await addVersion(release, 'created', at)
      await log(
        { entity: 'pressRelease', entityId: release.id, eventId, action: 'create', changes: [] },
        at,
      )
      return release
    })
  }

  /**
   * Autosave: writes the text if the stored revision is the one the editor started from. Keeps a
   * version as well when the last one is older than the checkpoint interval.
   */
  async function saveTexts(id: string, texts: ReleaseTexts, baseRevision: number) {
    assertWritable(store)
    return rw(async () => {
      const before = await current(id)
      if (isLocked(before.status)) throw new PressLockedError()
      if (before.revision !== baseRevision) throw new PressConflictError()
      const now = store.now()
      const at = now.toISOString()
      const after: PressReleaseRecord = {
        ...before,
        texts: normalisedTexts(texts),
        revision: before.revision + 1,
        updatedAt: at,
        updatedBy: store.actor(),
      }
      await releases().put(after)
      const last = await lastVersion(id)
      if (needsCheckpoint(last?.at, now)) await addVersion(after, 'autosave', at)
      return after
    })
  }

  /** Keeps the current text as a version, on the writer's request. */
  async function saveVersion(id: string): Promise<void> {
    assertWritable(store)
    await rw(async () => {
      const release = await current(id)
      await addVersion(release, 'saved', store.now().toISOString())
    })
  }

  /**
   * Changes some of the release's details. The patch is merged with what is stored inside the
   * transaction, so two fields saved one right after the other never undo each other.
   */
  async function updateDetails(id: string, patch: Partial<ReleaseDetailsInput>) {
    assertWritable(store)
    return rw(async () => {
      const before = await current(id)
      if (isLocked(before.status)) throw new PressLockedError()
      const details = releaseDetailsInput.parse({
        title: before.title,
        number: before.number,
        place: before.place,
        date: before.date,
        filter: before.filter,
        countryOrder: before.countryOrder,
        ...patch,
      })
      const at = store.now().toISOString()
      const after: PressReleaseRecord = {
        ...before,
        ...details,
        updatedAt: at,
        updatedBy: store.actor(),
      }
      const changes = diffFields(before, after, ['updatedAt', 'updatedBy', 'texts', 'facts'])
      if (changes.length === 0) return before
      await releases().put(after)
      await log(
        {
          entity: 'pressRelease',
          entityId: id,
          eventId: before.eventId,
          action: 'update',
          changes,
        },
        at,
      )
      return after
    })
  }

  /** New text and the facts it was filled from (Refresh facts), keeping the old as a version. */
  async function applyFacts(
    id: string,
    texts: ReleaseTexts,
    facts: FactsSnapshot,
    baseRevision: number,
  ) {
    assertWritable(store)
    return rw(async () => {
      const before = await current(id)
      if (isLocked(before.status)) throw new PressLockedError()
      if (before.revision !== baseRevision) throw new PressConflictError()
      const at = store.now().toISOString()
      await keepCurrent(before, 'autosave', at)
      const after: PressReleaseRecord = {
        ...before,
        texts: normalisedTexts(texts),
        facts,
        revision: before.revision + 1,
        updatedAt: at,
        updatedBy: store.actor(),
      }
      await releases().put(after)
      await addVersion(after, 'facts', at)
      return after
    })
  }

  async function setStatus(id: string, action: StatusAction) {
    assertWritable(store)
    return rw(async () => {
      const before = await current(id)
      const status = nextStatus(before.status, action)
      if (!status) throw new Error(`cannot ${action} a release in ${before.status}`)
      const at = store.now().toISOString()
      const after: PressReleaseRecord = {
        ...before,
        status,
        updatedAt: at,
        updatedBy: store.actor(),
      }
      await releases().put(after)
      await addVersion(after, 'status', at)
      await log(
        {
          entity: 'pressRelease',
          entityId: id,
          eventId: before.eventId,
          action: 'update',
          changes: [{ field: 'status', from: before.status, to: status }],
        },
        at,
      )
      return after
    })
  }

  /**
   * Keeps text that could not be saved (typed in a window that lost a conflict, found in the
   * journal later) as a version, so it can be compared and restored; the release is unchanged.
   */
  async function keepAsVersion(id: string, texts: ReleaseTexts): Promise<void> {
    assertWritable(store)
    await rw(async () => {
      const release = await current(id)
      // Revision -1: this text never was a stored revision of the release.
      await addVersion(
        { ...release, texts: normalisedTexts(texts), revision: -1 },
        'recovered',
        store.now().toISOString(),
      )
    })
  }

  /** Newest first. */
  async function listVersions(releaseId: string): Promise<PressVersionRecord[]> {
    const all = await versions().where('releaseId').equals(releaseId).toArray()
    return all.sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0))
  }

  /** Puts a version's text back; what was there is kept as a version first, so this is undoable. */
  async function restoreVersion(id: string, seq: number) {
    assertWritable(store)
    return rw(async () => {
      const before = await current(id)
      if (isLocked(before.status)) throw new PressLockedError()
      const version = await versions().get(seq)
      if (!version || version.releaseId !== id) throw new PressNotFoundError()
      const at = store.now().toISOString()
      await keepCurrent(before, 'beforeRestore', at)
      const after: PressReleaseRecord = {
        ...before,
        texts: normalisedTexts({
          id: normaliseDoc(version.texts.id),
          en: normaliseDoc(version.texts.en),
        }),
        facts: version.facts,
        revision: before.revision + 1,
        updatedAt: at,
        updatedBy: store.actor(),
      }
      await releases().put(after)
      await addVersion(after, 'restored', at)
      await log(
        {
          entity: 'pressRelease',
          entityId: id,
          eventId: before.eventId,
          action: 'restore',
          changes: [{ field: 'version', from: before.revision, to: seq }],
        },
        at,
      )
      return after
    })
  }

  /** Deletes a release and its versions; returns them so the deletion can be undone. */
  async function remove(id: string): Promise<DeletedRelease> {
    assertWritable(store)
    return rw(async () => {
      const release = await current(id)
      const kept = await versions().where('releaseId').equals(id).toArray()
      await versions().where('releaseId').equals(id).delete()
      await releases().delete(id)
      const at = store.now().toISOString()
      await log(
        {
          entity: 'pressRelease',
          entityId: id,
          eventId: release.eventId,
          action: 'delete',
          changes: [],
        },
        at,
      )
      return { release, versions: kept }
    })
  }

  async function undoRemove(deleted: DeletedRelease): Promise<void> {
    assertWritable(store)
    await rw(async () => {
      await releases().put(deleted.release)
      await versions().bulkPut(deleted.versions)
      const at = store.now().toISOString()
      await log(
        {
          entity: 'pressRelease',
          entityId: deleted.release.id,
          eventId: deleted.release.eventId,
          action: 'restore',
          changes: [],
        },
        at,
      )
    })
  }

  return {
    list,
    get,
    create,
    saveTexts,
    saveVersion,
    keepAsVersion,
    updateDetails,
    applyFacts,
    setStatus,
    listVersions,
    restoreVersion,
    remove,
    undoRemove,
    ...createPressFactsRepo(store),
  }
}

export type PressRepo = ReturnType<typeof createPressRepo>
