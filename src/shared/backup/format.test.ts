import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { openBackupFile, readBackupHeader, writeBackupFile, type BackupContents } from './format'
import { storedValue } from './test-values'

const contents = (over: Partial<BackupContents> = {}): BackupContents => ({
  kind: 'backup',
  reason: 'manual',
  appVersion: '0.1.0',
  schemaVersion: 4,
  createdAt: '2026-08-01T10:00:00.000Z',
  tables: [
    {
      name: 'events',
      keyPath: 'id',
      rows: [
        {
          id: 'e1',
          nameEn: 'Pacific Digital Diplomacy Workshop',
          nameId: 'Lokakarya Diplomasi Digital Pasifik',
          startDate: '2026-08-01',
          endDate: '2026-08-12',
        },
      ],
    },
    { name: 'settings', keyPath: 'key', rows: [{ key: 'language', value: 'id' }] },
    { name: 'blobs', keyPath: null, rows: [new Uint8Array([1, 2])], keys: ['k1'] },
  ],
  ...over,
})

const open = (bytes: Uint8Array, kind: 'backup' | 'event-bundle' = 'backup') =>
  openBackupFile(bytes, { latestSchemaVersion: 4, kind })

describe('backup file format', () => {
  it('round-trips tables and records, dates and binary included (property)', async () => {
    const tables = fc.uniqueArray(
      fc.record({
        name: fc.stringMatching(/^[a-z][A-Za-z0-9]{0,10}$/),
        rows: fc.array(fc.dictionary(fc.string(), storedValue.value, { noNullPrototype: true })),
      }),
      { maxLength: 4, selector: (t) => t.name },
    )
    await fc.assert(
      fc.asyncProperty(tables, async (list) => {
        const input = contents({
          tables: list.map((t) => ({ name: t.name, keyPath: 'id', rows: t.rows })),
        })
        const result = await open(await writeBackupFile(input))
        if (!result.ok) throw new Error(result.code)
        expect(result.tables).toStrictEqual(input.tables)
      }),
      { numRuns: 60 },
    )
  })

  it('carries what a preview needs in its header: versions, date, counts, events', async () => {
    const head = readBackupHeader(await writeBackupFile(contents()))
    if (!head.ok) throw new Error(head.code)
    expect(head.header).toMatchObject({
      format: 'sekretariat-backup',
      formatVersion: 1,
      appVersion: '0.1.0',
      schemaVersion: 4,
      createdAt: '2026-08-01T10:00:00.000Z',
      tables: [
        { name: 'events', count: 1 },
        { name: 'settings', count: 1 },
        { name: 'blobs', count: 1 },
      ],
      events: [{ id: 'e1', nameEn: 'Pacific Digital Diplomacy Workshop', archived: false }],
    })
    expect(head.header.checksum.value).toMatch(/^[0-9a-f]{64}$/)
  })

  it('refuses a file with any single byte changed, or cut short', async () => {
    const bytes = await writeBackupFile(contents())
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: bytes.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        async (at, delta) => {
          const damaged = bytes.slice()
          damaged[at] = (damaged[at]! + delta) % 256
          expect((await open(damaged)).ok).toBe(false)
        },
      ),
      { numRuns: 300 },
    )
    for (const cut of [1, 10, Math.floor(bytes.length / 2), bytes.length - 1])
      expect(await open(bytes.slice(0, cut))).toMatchObject({ ok: false })
    expect(await open(bytes.slice(0, bytes.length - 1))).toEqual({ ok: false, code: 'damaged' })
  })

  it.each([
    ['an empty file', new Uint8Array()],
    ['a spreadsheet', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])],
    ['JSON of something else', new TextEncoder().encode('{"tables":[]}\n{}')],
    ['text', new TextEncoder().encode('Daftar peserta\nNama;Negara')],
  ])('calls %s not a backup', async (_what, bytes) => {
    expect(await open(bytes)).toEqual({ ok: false, code: 'not_a_backup' })
  })

  it('refuses files from a newer app, and the wrong kind of file', async () => {
    expect(await open(await writeBackupFile(contents({ schemaVersion: 9 })))).toEqual({
      ok: false,
      code: 'newer_schema',
    })
    const bytes = await writeBackupFile(contents())
    expect(await open(bytes, 'event-bundle')).toEqual({ ok: false, code: 'wrong_kind' })
    const text = new TextDecoder().decode(bytes).replace('"formatVersion":1', '"formatVersion":2')
    expect(await open(new TextEncoder().encode(text))).toEqual({ ok: false, code: 'newer_format' })
  })

  it('refuses a file whose checksum was recomputed over an inconsistent table list', async () => {
    const good = await writeBackupFile(contents())
    const [headerLine, payload] = new TextDecoder().decode(good).split('\n') as [string, string]
    const header = JSON.parse(headerLine)
    // Tamper: payload says 2 settings, header still 1; a careless forger fixes the checksum too.
    const forgedPayload = payload.replace(
      '"rows":[{"key":"language","value":"id"}]',
      '"rows":[{"key":"language","value":"id"},{"key":"x","value":1}]',
    )
    const { checksum: _c, ...core } = header
    core.payloadBytes = new TextEncoder().encode(forgedPayload).byteLength
    const data = new TextEncoder().encode(`${JSON.stringify(core)}\n${forgedPayload}`)
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data))
    const value = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('')
    const forged = `${JSON.stringify({ ...core, checksum: { algorithm: 'SHA-256', value } })}\n${forgedPayload}`
    expect(await open(new TextEncoder().encode(forged))).toEqual({ ok: false, code: 'damaged' })
  })
})
