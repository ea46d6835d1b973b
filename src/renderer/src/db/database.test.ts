import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { createRepositories, openDataLayer } from './index'
import { openDatabase } from './database'
import { createStore, ReadOnlyError } from './store'
import { LATEST_SCHEMA_VERSION } from './schema'

const sample = {
  nameEn: 'Pacific Digital Diplomacy Workshop',
  nameId: 'Lokakarya Diplomasi Digital Pasifik',
  shortName: 'PDDW 2026',
  kind: 'workshop' as const,
  startDate: '2026-08-01',
  endDate: '2026-08-12',
  timeZone: 'Asia/Jakarta',
  venue: 'Jakarta',
  mode: 'hybrid' as const,
}

let counter = 0
const freshName = () => `test-db-${Date.now()}-${counter++}`

describe('data layer', () => {
  it('creates an event and finds it again after the database is reopened', async () => {
    const name = freshName()
    const first = await openDataLayer(name)
    const created = await first.repos.events.create(sample)
    await first.repos.settings.setLastEventId(created.id)
    await first.repos.settings.setLanguage('id')

    const second = await openDataLayer(name)
    expect(await second.repos.events.list()).toEqual([created])
    expect(await second.repos.settings.lastEventId()).toBe(created.id)
    expect(await second.repos.settings.language()).toBe('id')
  })

  it('records who changed which field in the change log', async () => {
    const opened = await openDatabase(freshName())
    const repos = createRepositories(createStore(opened.db, false))
    const created = await repos.events.create(sample)
    await repos.events.update(created.id, { ...sample, venue: 'Bali' })
    const log = await opened.db.changeLog
      .where('[entity+entityId]')
      .equals(['event', created.id])
      .toArray()
    expect(log.map((l) => l.action)).toEqual(['create', 'update'])
    expect(log[1]?.changes).toEqual([{ field: 'venue', from: 'Jakarta', to: 'Bali' }])
  })

  it('archives without deleting, and restores', async () => {
    const { repos } = await openDataLayer(freshName())
    const created = await repos.events.create(sample)
    await repos.events.setArchived(created.id, true)
    expect(await repos.events.list()).toEqual([])
    expect((await repos.events.list({ includeArchived: true }))[0]?.archivedAt).toBeTruthy()
    await repos.events.setArchived(created.id, false)
    expect((await repos.events.list())[0]?.archivedAt).toBeUndefined()
  })

  it('refuses invalid input before touching the database', async () => {
    const { repos } = await openDataLayer(freshName())
    await expect(repos.events.create({ ...sample, endDate: '2026-07-01' })).rejects.toThrow()
    await expect(repos.events.create({ ...sample, timeZone: 'Mars/Olympus' })).rejects.toThrow()
    expect(await repos.events.list({ includeArchived: true })).toEqual([])
  })

  it('opens a database from a newer schema read-only and refuses writes', async () => {
    const name = freshName()
    const future = new Dexie(name)
    future
      .version(LATEST_SCHEMA_VERSION + 5)
      .stores({ events: 'id', settings: 'key', changeLog: '++seq' })
    await future.open()
    await future.table('events').add({ ...sample, id: 'e1', createdAt: 'x', updatedAt: 'x' })
    future.close()

    const opened = await openDataLayer(name)
    expect(opened.readOnly).toBe(true)
    expect(opened.storedVersion).toBe(LATEST_SCHEMA_VERSION + 5)
    expect((await opened.repos.events.list()).map((e) => e.id)).toEqual(['e1'])
    await expect(opened.repos.events.create(sample)).rejects.toBeInstanceOf(ReadOnlyError)
    await expect(opened.repos.settings.setLanguage('en')).rejects.toBeInstanceOf(ReadOnlyError)
  })
})
