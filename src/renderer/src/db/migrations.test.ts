import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { openDatabase } from './database'
import { contactV1toV2 } from './migrations'
import { schemaVersions } from './schema'

describe('schema migrations', () => {
  it('declares versions in increasing order, each once', () => {
    const numbers = schemaVersions.map((v) => v.version)
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b))
    expect(new Set(numbers).size).toBe(numbers.length)
  })

  it('v1 → v2 computes name keys and keeps unknown fields', () => {
    const upgraded = contactV1toV2({
      id: 'c1',
      givenName: 'José',
      familyName: 'Tuilaʻepa',
      extra: 42,
    })
    expect(upgraded).toMatchObject({ id: 'c1', nameKey: 'jose tuilaepa', extra: 42 })
  })

  it('opens a version 1 database with data and upgrades it to the latest', async () => {
    const name = `migrate-${Date.now()}`
    const v1 = new Dexie(name)
    v1.version(1).stores(schemaVersions[0]!.stores)
    await v1.open()
    await v1.table('contacts').add({
      id: 'c1',
      honorific: 'H.E.',
      givenName: 'Fiamē',
      familyName: 'Naomi Mataʻafa',
      emails: ['pm@samoa.ws'],
    })
    await v1.table('events').add({ id: 'e1', nameEn: 'Workshop' })
    v1.close()

    const opened = await openDatabase(name)
    expect(opened.readOnly).toBe(false)
    const contact = await opened.db.table('contacts').get('c1')
    expect(contact.nameKey).toBe('fiame mataafa naomi')
    expect(
      await opened.db.table('contacts').where('nameKey').equals('fiame mataafa naomi').count(),
    ).toBe(1)
    expect(await opened.db.table('events').get('e1')).toEqual({ id: 'e1', nameEn: 'Workshop' })
    opened.db.close()
  })
})
