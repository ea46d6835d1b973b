import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { parseMarkup } from '../../../shared/press/markup'
import { defaultParticipantFilter } from '../../../shared/press/participant-filter'
import { openDatabase } from './database'
import { openDataLayer } from './index'
import { PressConflictError, PressLockedError, type NewRelease } from './press-repo'
import { schemaVersions } from './schema'

let n = 0
async function setup() {
  const { repos } = await openDataLayer(`press-${Date.now()}-${n++}`)
  const event = await repos.events.create({
    nameEn: 'Workshop',
    kind: 'workshop',
    startDate: '2022-08-01',
    endDate: '2022-08-12',
    timeZone: 'Asia/Jakarta',
    mode: 'hybrid',
  })
  return { repos, eventId: event.id }
}

const input = (text = 'Halo'): NewRelease => ({
  kind: 'release',
  templateId: 'release',
  title: 'Siaran pers',
  number: '1/PR',
  place: 'Jakarta',
  date: '2022-08-12',
  filter: defaultParticipantFilter,
  countryOrder: 'language',
  texts: { id: parseMarkup(text), en: parseMarkup('Hello') },
  facts: { id: [['countries.count', { kind: 'count', count: 17 }]], en: [] },
})

describe('press repository', () => {
  it('creates a release with a first version and autosaves text by revision', async () => {
    const { repos, eventId } = await setup()
    const created = await repos.press.create(eventId, input())
    expect(created).toMatchObject({ status: 'draft', revision: 1, eventId })
    const saved = await repos.press.saveTexts(
      created.id,
      { id: parseMarkup('Halo dunia'), en: parseMarkup('Hello') },
      1,
    )
    expect(saved.revision).toBe(2)
    expect((await repos.press.get(created.id))?.texts.id).toEqual(parseMarkup('Halo dunia'))
    // An editor still on revision 1 must not overwrite revision 2.
    await expect(
      repos.press.saveTexts(created.id, { id: parseMarkup('lama'), en: parseMarkup('') }, 1),
    ).rejects.toBeInstanceOf(PressConflictError)
    const versions = await repos.press.listVersions(created.id)
    expect(versions.map((v) => v.reason)).toEqual(['created'])
    expect(versions[0]).toMatchObject({ actor: 'local user', revision: 1 })
    expect(await repos.press.list(eventId)).toHaveLength(1)
  })

  it('normalises stored text: no unknown nodes or unsafe links', async () => {
    const { repos, eventId } = await setup()
    const created = await repos.press.create(eventId, input())
    const hostile = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'x',
              marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
            },
          ],
        },
        { type: 'iframe', attrs: { src: 'https://evil.example' } },
      ],
    }
    await repos.press.saveTexts(created.id, { id: hostile as never, en: parseMarkup('') }, 1)
    expect((await repos.press.get(created.id))?.texts.id).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }],
    })
  })

  it('restores a version and keeps what was there as a version first', async () => {
    const { repos, eventId } = await setup()
    const created = await repos.press.create(eventId, input('Asli'))
    await repos.press.saveTexts(created.id, { id: parseMarkup('Diubah'), en: parseMarkup('') }, 1)
    const first = (await repos.press.listVersions(created.id)).at(-1)!
    const restored = await repos.press.restoreVersion(created.id, first.seq!)
    expect(restored.texts.id).toEqual(parseMarkup('Asli'))
    expect(restored.revision).toBe(3)
    const versions = await repos.press.listVersions(created.id)
    expect(versions.map((v) => v.reason)).toEqual(['restored', 'beforeRestore', 'created'])
    expect(versions[1]?.texts.id).toEqual(parseMarkup('Diubah'))
  })

  it('keeps unsaved text as a version without touching the release', async () => {
    const { repos, eventId } = await setup()
    const { id } = await repos.press.create(eventId, input('Asli'))
    await repos.press.keepAsVersion(id, {
      id: parseMarkup('Dari jendela lain'),
      en: parseMarkup(''),
    })
    expect((await repos.press.get(id))?.texts.id).toEqual(parseMarkup('Asli'))
    const [kept] = await repos.press.listVersions(id)
    expect(kept).toMatchObject({ reason: 'recovered', revision: -1 })
    expect(kept?.texts.id).toEqual(parseMarkup('Dari jendela lain'))
    // Restoring it later still keeps the current text first.
    const restored = await repos.press.restoreVersion(id, kept!.seq!)
    expect(restored.texts.id).toEqual(parseMarkup('Dari jendela lain'))
    expect((await repos.press.listVersions(id)).map((v) => v.reason)).toEqual([
      'restored',
      'beforeRestore',
      'recovered',
      'created',
    ])
  })

  it('moves through the workflow and locks approved text until reopened', async () => {
    const { repos, eventId } = await setup()
    const { id } = await repos.press.create(eventId, input())
    await repos.press.setStatus(id, 'submit')
    await expect(repos.press.setStatus(id, 'submit')).rejects.toThrow()
    const approved = await repos.press.setStatus(id, 'approve')
    expect(approved.status).toBe('approved')
    await expect(
      repos.press.saveTexts(id, { id: parseMarkup('x'), en: parseMarkup('') }, approved.revision),
    ).rejects.toBeInstanceOf(PressLockedError)
    await expect(
      repos.press.updateDetails(id, { ...input(), title: 'Baru' }),
    ).rejects.toBeInstanceOf(PressLockedError)
    const first = (await repos.press.listVersions(id)).at(-1)!
    await expect(repos.press.restoreVersion(id, first.seq!)).rejects.toBeInstanceOf(
      PressLockedError,
    )
    expect((await repos.press.get(id))?.texts.id).toEqual(parseMarkup('Halo'))
    await repos.press.setStatus(id, 'reopen')
    await expect(
      repos.press.saveTexts(id, { id: parseMarkup('x'), en: parseMarkup('') }, approved.revision),
    ).resolves.toMatchObject({ status: 'draft' })
    const reasons = (await repos.press.listVersions(id)).map((v) => `${v.reason}:${v.status}`)
    expect(reasons).toEqual(['status:draft', 'status:approved', 'status:review', 'created:draft'])
  })

  it('applies refreshed facts with a version on each side', async () => {
    const { repos, eventId } = await setup()
    const { id } = await repos.press.create(eventId, input())
    await repos.press.saveTexts(id, { id: parseMarkup('edit'), en: parseMarkup('') }, 1)
    const facts = { id: [['countries.count', { kind: 'count', count: 18 }]], en: [] } as const
    const after = await repos.press.applyFacts(
      id,
      { id: parseMarkup('18'), en: parseMarkup('') },
      JSON.parse(JSON.stringify(facts)),
      2,
    )
    expect(after.facts).toEqual(facts)
    expect((await repos.press.listVersions(id)).map((v) => v.reason)).toEqual([
      'facts',
      'autosave',
      'created',
    ])
  })

  it('merges detail patches with what is stored, so quick successive saves keep both', async () => {
    const { repos, eventId } = await setup()
    const { id } = await repos.press.create(eventId, input())
    await Promise.all([
      repos.press.updateDetails(id, { place: 'Bali' }),
      repos.press.updateDetails(id, { date: '2022-08-13' }),
    ])
    expect(await repos.press.get(id)).toMatchObject({ place: 'Bali', date: '2022-08-13' })
    await expect(repos.press.updateDetails(id, { title: '  ' })).rejects.toThrow()
  })

  it('deletes a release with its versions and can put both back', async () => {
    const { repos, eventId } = await setup()
    const { id } = await repos.press.create(eventId, input())
    const deleted = await repos.press.remove(id)
    expect(await repos.press.get(id)).toBeUndefined()
    expect(await repos.press.listVersions(id)).toEqual([])
    await repos.press.undoRemove(deleted)
    expect(await repos.press.get(id)).toEqual(deleted.release)
    expect(await repos.press.listVersions(id)).toHaveLength(1)
  })

  it('keeps one profile per event and reads sessions defensively', async () => {
    const { repos, eventId } = await setup()
    expect(await repos.press.getProfile(eventId)).toMatchObject({ eventId, themeEn: '' })
    await repos.press.saveProfile({
      eventId,
      themeEn: 'Digital Government',
      themeId: '',
      organisersEn: 'MOFA',
      organisersId: 'Kemlu',
    })
    expect(await repos.press.getProfile(eventId)).toMatchObject({ organisersId: 'Kemlu' })
    expect(await repos.press.loadSessions(eventId)).toEqual([])
  })
})

describe('schema version 5', () => {
  it('opens a version 2 database with a release and keeps it', async () => {
    const name = `press-migrate-${Date.now()}`
    const v2 = new Dexie(name)
    v2.version(1).stores(schemaVersions[0]!.stores)
    v2.version(2).stores(schemaVersions[1]!.stores)
    await v2.open()
    await v2.table('pressReleases').add({ id: 'r1', eventId: 'e1', updatedAt: 'x', extra: 1 })
    v2.close()
    const opened = await openDatabase(name)
    expect(await opened.db.table('pressReleases').get('r1')).toEqual({
      id: 'r1',
      eventId: 'e1',
      updatedAt: 'x',
      extra: 1,
    })
    await opened.db.table('pressVersions').add({ releaseId: 'r1', at: 'now' })
    expect(await opened.db.table('pressVersions').where('releaseId').equals('r1').count()).toBe(1)
    expect(await opened.db.table('pressProfiles').count()).toBe(0)
    opened.db.close()
  })
})
