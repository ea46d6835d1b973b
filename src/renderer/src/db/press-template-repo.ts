import type { Table } from 'dexie'
import {
  pressTemplateSchema,
  templateInputSchema,
  type PressTemplateRecord,
  type TemplateInput,
} from '../../../shared/press/template-model'
import type { ChangeLogRecord } from './database'
import { assertWritable, diffFields, type Store, changeLogger } from './store'

export type { PressTemplateRecord, TemplateInput } from '../../../shared/press/template-model'

/** The template was saved from another window since this one loaded it. */
export class TemplateConflictError extends Error {
  constructor() {
    super('template-conflict')
    this.name = 'TemplateConflictError'
  }
}

export class TemplateNotFoundError extends Error {
  constructor() {
    super('template-not-found')
    this.name = 'TemplateNotFoundError'
  }
}

export interface TemplateList {
  templates: PressTemplateRecord[]
  /** Stored rows that are not valid templates (damaged, or from a foreign tool): not shown. */
  unreadable: number
}

/** The user's own press templates. Every row read is parsed: stored data is not trusted. */
export function createPressTemplateRepo(store: Store) {
  const { db } = store
  const table = (): Table<unknown, string> => db.table('pressTemplates')
  const rw = <T>(work: () => Promise<T>) => db.transaction('rw', [table(), db.changeLog], work)
  const logChange = changeLogger(store)
  const log = (entry: Omit<ChangeLogRecord, 'at' | 'actor' | 'entity'>, at: string) =>
    logChange({ ...entry, entity: 'pressTemplate' }, at)

  const parse = (raw: unknown): PressTemplateRecord | undefined => {
    const parsed = pressTemplateSchema.safeParse(raw)
    return parsed.success ? parsed.data : undefined
  }

  /** Valid templates by name (as the interface language sorts them) and how many were not. */
  async function list(locale = 'en'): Promise<TemplateList> {
    const rows = await table().toArray()
    const templates = rows.map(parse).filter((r): r is PressTemplateRecord => r !== undefined)
    templates.sort((a, b) => a.name.localeCompare(b.name, locale) || a.id.localeCompare(b.id))
    return { templates, unreadable: rows.length - templates.length }
  }

  async function get(id: string): Promise<PressTemplateRecord | undefined> {
    return parse(await table().get(id))
  }

  async function create(input: TemplateInput): Promise<PressTemplateRecord> {
    assertWritable(store)
    const valid = templateInputSchema.parse(input)
    return rw(async () => {
      const at = store.now().toISOString()
      const record: PressTemplateRecord = {
        ...valid,
        id: store.newId(),
        revision: 1,
        createdAt: at,
        updatedAt: at,
        updatedBy: store.actor(),
      }
      await table().add(record)
      await log({ entityId: record.id, action: 'create', changes: [] }, at)
      return record
    })
  }

  /** Saves over the stored template if it is still the revision the editor started from. */
  async function update(
    id: string,
    input: TemplateInput,
    baseRevision: number,
  ): Promise<PressTemplateRecord> {
    assertWritable(store)
    const valid = templateInputSchema.parse(input)
    return rw(async () => {
      const before = parse(await table().get(id))
      if (!before) throw new TemplateNotFoundError()
      if (before.revision !== baseRevision) throw new TemplateConflictError()
      const at = store.now().toISOString()
      const after: PressTemplateRecord = {
        ...before,
        ...valid,
        revision: before.revision + 1,
        updatedAt: at,
        updatedBy: store.actor(),
      }
      // The log names the text change by revision rather than copying up to 40,000 characters.
      const changes = diffFields(before, after, ['updatedAt', 'updatedBy', 'revision', 'texts'])
      if (JSON.stringify(before.texts) !== JSON.stringify(after.texts))
        changes.push({ field: 'texts', from: before.revision, to: after.revision })
      await table().put(after)
      await log({ entityId: id, action: 'update', changes }, at)
      return after
    })
  }

  /** Deletes a template and returns it, so the deletion can be undone. */
  async function remove(id: string): Promise<PressTemplateRecord> {
    assertWritable(store)
    return rw(async () => {
      const record = parse(await table().get(id))
      if (!record) throw new TemplateNotFoundError()
      await table().delete(id)
      await log({ entityId: id, action: 'delete', changes: [] }, store.now().toISOString())
      return record
    })
  }

  /** Puts a deleted template back as it was (its id too, so releases still name it). */
  async function undoRemove(record: PressTemplateRecord): Promise<void> {
    assertWritable(store)
    const valid = pressTemplateSchema.parse(record)
    await rw(async () => {
      await table().put(valid)
      await log({ entityId: valid.id, action: 'restore', changes: [] }, store.now().toISOString())
    })
  }

  return { list, get, create, update, remove, undoRemove }
}

export type PressTemplateRepo = ReturnType<typeof createPressTemplateRepo>
