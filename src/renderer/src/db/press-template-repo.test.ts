import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { openDatabase } from './database'
import { createRepositories, openDataLayer } from './index'
import { TemplateConflictError, type TemplateInput } from './press-template-repo'
import { schemaVersions } from './schema'
import { createStore, ReadOnlyError } from './store'

let n = 0
const freshName = () => `templates-${Date.now()}-${n++}`

const input = (name = 'Briefing', id = '# {{event.name}}'): TemplateInput => ({
  name,
  kind: 'announcement',
  texts: { id, en: '# {{event.name}}' },
})

describe('press template repository', () => {
  it('creates, lists by name, updates by revision and keeps a change log', async () => {
    const name = freshName()
    const { repos } = await openDataLayer(name)
    const b = await repos.pressTemplates.create(input('  Briefing  '))
    const a = await repos.pressTemplates.create(input('Agenda note'))
    expect(b).toMatchObject({ name: 'Briefing', revision: 1, updatedBy: 'local user' })
    expect((await repos.pressTemplates.list()).templates.map((t) => t.name)).toEqual([
      'Agenda note',
      'Briefing',
    ])

    const saved = await repos.pressTemplates.update(b.id, input('Briefing', 'Halo {{x}}'), 1)
    expect(saved).toMatchObject({ revision: 2, texts: { id: 'Halo {{x}}' } })
    // An editor still on revision 1 must not overwrite revision 2.
    await expect(repos.pressTemplates.update(b.id, input('Old'), 1)).rejects.toBeInstanceOf(
      TemplateConflictError,
    )
    expect((await repos.pressTemplates.get(b.id))?.name).toBe('Briefing')
    expect(await repos.pressTemplates.get(a.id)).toEqual(a)

    const raw = await openDatabase(name)
    const log = await raw.db.changeLog.where('[entity+entityId]').equals(['pressTemplate', b.id])
    expect((await log.toArray()).map((l) => [l.action, l.changes])).toEqual([
      ['create', []],
      ['update', [{ field: 'texts', from: 1, to: 2 }]],
    ])
    raw.db.close()
  })

  it('refuses invalid input without writing anything', async () => {
    const { repos } = await openDataLayer(freshName())
    await expect(repos.pressTemplates.create({ ...input(), name: '   ' })).rejects.toThrow()
    await expect(
      repos.pressTemplates.create({ ...input(), kind: 'memo' as never }),
    ).rejects.toThrow()
    expect((await repos.pressTemplates.list()).templates).toEqual([])
  })

  it('drops stored rows that are not templates and counts them', async () => {
    const name = freshName()
    const { repos } = await openDataLayer(name)
    const good = await repos.pressTemplates.create(input())
    const raw = await openDatabase(name)
    await raw.db.table('pressTemplates').bulkPut([
      { id: 'bad-1', name: 'No texts', kind: 'release' },
      { ...good, id: 'bad-2', texts: { id: { type: 'doc' }, en: '' } },
      { ...good, id: 'bad-3', kind: '<script>' },
    ])
    raw.db.close()
    expect(await repos.pressTemplates.list()).toEqual({ templates: [good], unreadable: 3 })
    expect(await repos.pressTemplates.get('bad-2')).toBeUndefined()
  })

  it('deletes a template and puts it back with its id', async () => {
    const { repos } = await openDataLayer(freshName())
    const created = await repos.pressTemplates.create(input())
    const deleted = await repos.pressTemplates.remove(created.id)
    expect((await repos.pressTemplates.list()).templates).toEqual([])
    await repos.pressTemplates.undoRemove(deleted)
    expect(await repos.pressTemplates.get(created.id)).toEqual(created)
  })

  it('refuses writes on read-only data', async () => {
    const opened = await openDatabase(freshName())
    const repos = createRepositories(createStore(opened.db, true))
    await expect(repos.pressTemplates.create(input())).rejects.toBeInstanceOf(ReadOnlyError)
    opened.db.close()
  })
})

describe('schema version 7', () => {
  it('opens a version 6 database with its data and adds an empty template store', async () => {
    const name = freshName()
    const old = new Dexie(name)
    for (const v of schemaVersions.filter((x) => x.version <= 6))
      old.version(v.version).stores(v.stores)
    await old.open()
    await old.table('pressReleases').add({ id: 'r1', eventId: 'e1', updatedAt: 'x', extra: 1 })
    await old.table('importJournal').add({ batchId: 'b1', table: 'contacts' })
    old.close()

    const opened = await openDatabase(name)
    expect(opened.db.verno).toBe(7)
    expect(await opened.db.table('pressReleases').get('r1')).toEqual({
      id: 'r1',
      eventId: 'e1',
      updatedAt: 'x',
      extra: 1,
    })
    expect(await opened.db.table('importJournal').count()).toBe(1)
    expect(await opened.db.table('pressTemplates').count()).toBe(0)
    opened.db.close()

    const { repos } = await openDataLayer(name)
    const created = await repos.pressTemplates.create(input())
    expect((await repos.pressTemplates.list()).templates).toEqual([created])
  })
})
