import { describe, expect, it } from 'vitest'
import { canonical, fillWithheld, planBundleImport, withholdSecrets } from './bundle'
import type { TableDump } from './format'
import { WITHHELD } from './sealed'

const sealed = 'sealed:v1:0123456789abcdef:AAAAAAAAAAAAAAAA:AAAAAAAAAAAAAAAAAAAAAA=='

describe('event bundles', () => {
  it('withholds sealed values anywhere and known secret fields even in plain text', () => {
    const participant = {
      id: 'p1',
      documents: { passportNumber: 'A1234567', nominationLetter: true },
      extra: { deep: [sealed] },
    }
    expect(withholdSecrets('participants', participant)).toEqual({
      id: 'p1',
      documents: { passportNumber: WITHHELD, nominationLetter: true },
      extra: { deep: [WITHHELD] },
    })
    expect(
      withholdSecrets('rooms', { id: 'r1', passcode: '4821', hostKey: '', name: 'Main' }),
    ).toEqual({ id: 'r1', passcode: WITHHELD, hostKey: '', name: 'Main' })
    expect(participant.documents.passportNumber).toBe('A1234567')
  })

  it('treats a withheld secret as "keep mine", never as cleared', () => {
    expect(fillWithheld({ a: WITHHELD, b: [WITHHELD] }, { a: 'mine', b: ['x'] })).toEqual({
      a: 'mine',
      b: ['x'],
    })
    expect(fillWithheld({ a: WITHHELD }, undefined)).toEqual({ a: '' })
  })

  it('compares records whatever their key order, dates included', () => {
    expect(canonical({ a: 1, b: new Date(0) })).toBe(canonical({ b: new Date(0), a: 1 }))
    expect(canonical({ a: 1 })).not.toBe(canonical({ a: '1' }))
  })

  it('adds what is missing, skips what is identical, and shows what changed on both sides', () => {
    const tables: TableDump[] = [
      {
        name: 'participants',
        keyPath: 'id',
        rows: [
          { id: 'new', status: 'invited' },
          { id: 'same', status: 'confirmed', documents: { passportNumber: WITHHELD } },
          { id: 'changed', status: 'confirmed', position: 'Director', notes: '' },
        ],
      },
      {
        name: 'agendaSettings',
        keyPath: ['eventId', 'key'],
        rows: [{ eventId: 'e', key: 'k', value: 1 }],
      },
      { name: 'changeLog', keyPath: 'seq', rows: [{ seq: 1 }] },
    ]
    const local = new Map<string, unknown>([
      [
        'participants:"same"',
        { id: 'same', status: 'confirmed', documents: { passportNumber: 'A1' } },
      ],
      [
        'participants:"changed"',
        { id: 'changed', status: 'invited', position: 'Director', notes: 'x' },
      ],
      ['agendaSettings:["e","k"]', { eventId: 'e', key: 'k', value: 1 }],
    ])
    const plan = planBundleImport(tables, (table, id) => local.get(`${table}:${id}`))
    expect(plan.add.map((r) => r.id)).toEqual(['"new"'])
    expect(plan.same.map((r) => r.id)).toEqual(['"same"', '["e","k"]'])
    expect(plan.conflicts).toEqual([
      expect.objectContaining({ id: '"changed"', fields: ['notes', 'status'] }),
    ])
  })
})
