import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Contact, Participant } from '../registry/model'
import { makeContact, makeParticipant } from '../registry/test-records'
import type { CheckedRow } from '../spreadsheet/check-rows'
import type { CandidateRecord } from '../spreadsheet/row-record'
import { personChanges } from './diff'
import { matchRecord, indexRegistry, lookupKeys } from './match'
import { patchContact, patchParticipant, recordToPatch } from './patch'
import { buildPlan, decideAll, effectiveDecision, summarise, writeRows } from './plan'
import type { Decision, ExistingPerson } from './types'

function record(r: Partial<CandidateRecord> & { rowNumber: number }): CandidateRecord {
  return {
    honorific: '',
    givenName: '',
    familyName: '',
    fullName: '',
    organisation: '',
    position: '',
    emails: [],
    phones: [],
    whatsapp: [],
    dietary: '',
    accessibility: '',
    passportNumber: '',
    notes: '',
    ...r,
  }
}

function checked(r: CandidateRecord, extra: Partial<CheckedRow> = {}): CheckedRow {
  return { rowNumber: r.rowNumber, record: r, problems: [], importable: true, ...extra }
}

function contact(c: Partial<Contact> & { id: string }): Contact {
  return makeContact(c.id, c)
}

function participant(p: Partial<Participant> & { id: string; contactId: string }): Participant {
  return makeParticipant(p.id, p.contactId, {
    status: 'confirmed',
    documents: { nominationLetter: true, passportNumber: 'P123', visaLetter: 'not_needed' },
    notes: 'Vegetarian lunch booked',
    ...p,
  })
}

const ana: ExistingPerson = {
  contact: contact({
    id: 'c-ana',
    givenName: 'Ana',
    familyName: 'Tuilagi',
    organisation: 'MFAT',
    emails: ['ana@mfat.gov.ws'],
    phones: [{ raw: '+679 990 2211', e164: '+6799902211' }],
  }),
  participant: participant({ id: 'p-ana', contactId: 'c-ana' }),
  delegationCountry: 'WS',
  countries: ['WS'],
}
const tevita: ExistingPerson = {
  contact: contact({ id: 'c-tev', fullName: 'Tevita Fifita', emails: ['tevita@gov.to'] }),
  countries: ['TO'],
}

describe('recordToPatch', () => {
  it('carries only what the file provides, and reads local dates in the event zone', () => {
    const patch = recordToPatch(
      record({
        rowNumber: 2,
        fullName: 'Ana Tuilagi',
        emails: ['ana@mfat.gov.ws'],
        arrival: '2026-08-01',
        departure: '2026-08-05T14:30:15',
        country: { text: 'Samoa', code: 'WS' },
        whatsapp: [{ raw: '+685 77 12345', e164: '+6857712345' }],
      }),
      'Asia/Jakarta',
    )
    expect(patch.contact).toEqual({
      name: { givenName: '', familyName: '', fullName: 'Ana Tuilagi' },
      emails: ['ana@mfat.gov.ws'],
      phones: [{ raw: '+685 77 12345', e164: '+6857712345' }],
    })
    expect(patch.participant).toEqual({
      delegationCountry: 'WS',
      arrival: '2026-07-31T17:00:00.000Z',
      departure: '2026-08-05T07:30:00.000Z',
    })
  })

  it('keeps a country written but not recognised out of the delegation', () => {
    const patch = recordToPatch(
      record({ rowNumber: 2, fullName: 'X', country: { text: 'Micronesia' } }),
      'UTC',
    )
    expect(patch.participant.delegationCountry).toBeUndefined()
  })
})

describe('patches', () => {
  it('adds emails, replaces phones, never erases with blanks, appends notes once', () => {
    const after = patchContact(ana.contact, {
      emails: ['ana.t@gmail.com'],
      phones: [{ raw: '+679 990 9999', e164: '+6799909999' }],
    })
    expect(after.emails).toEqual(['ana.t@gmail.com', 'ana@mfat.gov.ws'])
    expect(after.phones).toEqual([{ raw: '+679 990 9999', e164: '+6799909999' }])
    expect(after.organisation).toBe('MFAT')
    const p = patchParticipant(ana.participant, { notes: 'Arrives late' })
    expect(p.notes).toBe('Vegetarian lunch booked\nArrives late')
    expect(patchParticipant(p, { notes: 'Arrives late' }).notes).toBe(p.notes)
    expect(p.documents.passportNumber).toBe('P123')
  })

  it('replaces a whole name, so old and new parts never mix', () => {
    const after = patchContact(ana.contact, {
      name: { givenName: '', familyName: '', fullName: 'Ana Tuilagi-Smith' },
    })
    expect([after.givenName, after.familyName, after.fullName]).toEqual([
      '',
      '',
      'Ana Tuilagi-Smith',
    ])
  })

  it('property: applying a patch twice is the same as once, and known emails are kept', () => {
    const email = fc.emailAddress().map((e) => e.toLowerCase())
    fc.assert(
      fc.property(
        fc.array(email, { maxLength: 4 }),
        fc.array(email, { maxLength: 4 }),
        fc.string({ maxLength: 20 }),
        (known, added, org) => {
          const before = contact({ id: 'x', emails: [...new Set(known)] })
          const patch = { emails: [...new Set(added)], organisation: org }
          const once = patchContact(before, patch)
          expect(patchContact(once, patch)).toEqual(once)
          for (const e of before.emails.slice(0, 10 - patch.emails.length))
            expect(once.emails).toContain(e)
        },
      ),
    )
  })
})

describe('personChanges', () => {
  it('lists each changed field as from → to, and hides passport numbers', () => {
    const patch = recordToPatch(
      record({
        rowNumber: 3,
        phones: [{ raw: '+679 990 9999', e164: '+6799909999' }],
        mode: 'online',
        passportNumber: 'Q999',
      }),
      'UTC',
    )
    const { changes, joinsEvent } = personChanges(ana, patch)
    expect(joinsEvent).toBe(false)
    expect(changes).toEqual([
      { field: 'phones', from: '+679 990 2211', to: '+679 990 9999' },
      { field: 'mode', from: 'in_person', to: 'online' },
      { field: 'passportNumber', from: '••••', to: '••••' },
    ])
  })

  it('the same number written differently is no change; a directory contact joins the event', () => {
    const patch = recordToPatch(
      record({ rowNumber: 3, phones: [{ raw: '+6799902211', e164: '+6799902211' }] }),
      'UTC',
    )
    expect(personChanges(ana, patch).changes).toEqual([])
    expect(personChanges(tevita, patch).joinsEvent).toBe(true)
  })
})

describe('matchRecord', () => {
  const index = indexRegistry([ana, tevita])

  it('trusts our own ID first, then a shared email', () => {
    expect(matchRecord(record({ rowNumber: 2, id: 'p-ana' }), index)).toEqual({
      kind: 'certain',
      by: 'id',
      contactId: 'c-ana',
    })
    expect(matchRecord(record({ rowNumber: 2, emails: ['tevita@gov.to'] }), index)).toEqual({
      kind: 'certain',
      by: 'email',
      contactId: 'c-tev',
    })
  })

  it('asks about the same name with a compatible country, and not with another country', () => {
    const same = record({
      rowNumber: 2,
      fullName: 'Tuilagi Ana',
      country: { text: 'Samoa', code: 'WS' },
    })
    expect(matchRecord(same, index)).toEqual({
      kind: 'probable',
      by: 'name',
      candidates: ['c-ana'],
    })
    const other = record({
      rowNumber: 2,
      fullName: 'Ana Tuilagi',
      country: { text: 'Fiji', code: 'FJ' },
    })
    expect(matchRecord(other, index)).toEqual({ kind: 'none' })
    const unknown = record({ rowNumber: 2, givenName: 'Dr Ana', familyName: 'TUILAGI' })
    expect(matchRecord(unknown, index).kind).toBe('probable')
  })

  it('an email shared by two people is a question, not a guess', () => {
    const twin: ExistingPerson = {
      contact: contact({ id: 'c-twin', fullName: 'Office', emails: ['ana@mfat.gov.ws'] }),
      countries: [],
    }
    const m = matchRecord(
      record({ rowNumber: 2, emails: ['ana@mfat.gov.ws'] }),
      indexRegistry([ana, twin]),
    )
    expect(m).toEqual({ kind: 'probable', by: 'email', candidates: ['c-ana', 'c-twin'] })
  })

  it('collects the lookup keys of a file once each', () => {
    expect(
      lookupKeys([
        record({ rowNumber: 2, id: 'p1', fullName: 'Ana Tuilagi', emails: ['a@x.org'] }),
        record({ rowNumber: 3, fullName: 'Tuilagi Ana', emails: ['a@x.org'] }),
      ]),
    ).toEqual({ ids: ['p1'], emails: ['a@x.org'], nameKeys: ['ana tuilagi'] })
  })
})

describe('buildPlan', () => {
  const rows: CheckedRow[] = [
    checked(
      record({
        rowNumber: 2,
        fullName: 'Ana Tuilagi',
        emails: ['ana@mfat.gov.ws'],
        mode: 'online',
      }),
    ),
    checked(
      record({ rowNumber: 3, fullName: 'Tevita Fifita', country: { text: 'Tonga', code: 'TO' } }),
    ),
    checked(record({ rowNumber: 4, fullName: 'Mele Taumalolo' })),
    checked(record({ rowNumber: 5, fullName: 'Mele Taumalolo' }), {
      problems: [{ code: 'duplicate_in_file', severity: 'warning', firstRow: 4 }],
    }),
    checked(record({ rowNumber: 6, fullName: '' }), {
      importable: false,
      problems: [{ code: 'name_missing', severity: 'error' }],
    }),
    checked(record({ rowNumber: 7, fullName: 'Ana Tuilagi', emails: ['ana@mfat.gov.ws'] })),
  ]
  const plan = buildPlan(rows, [ana, tevita], 'UTC')

  it('gives each row its status and default decision', () => {
    expect(plan.rows.map((r) => [r.rowNumber, r.status])).toEqual([
      [2, 'update'],
      [3, 'probable'],
      [4, 'new'],
      [5, 'duplicate'],
      [6, 'error'],
      [7, 'unchanged'],
    ])
    expect(plan.rows[0]!.targets[0]!.changes).toEqual([
      { field: 'mode', from: 'in_person', to: 'online' },
    ])
    expect(plan.rows[1]!.defaultDecision).toBeNull()
    expect(plan.rows[3]!.firstRow).toBe(4)
  })

  it('refuses to write while a probable match is undecided; decisions for all settle it', () => {
    expect(() => writeRows(plan, new Map())).toThrow(/row 3/)
    expect(summarise(plan, new Map())).toEqual({
      create: 1,
      update: 1,
      unchanged: 1,
      skip: 1,
      error: 1,
      undecided: 1,
    })
    const decided = decideAll(plan, 'probable', 'update', new Map())
    expect(writeRows(plan, decided).map((w) => [w.rowNumber, w.contactId])).toEqual([
      [2, 'c-ana'],
      [3, 'c-tev'],
      [4, undefined],
      [7, 'c-ana'],
    ])
  })

  it('ignores a decision a row does not allow (an update of someone it did not match)', () => {
    const bogus = new Map<number, Decision>([
      [4, { action: 'update', contactId: 'c-ana' }],
      [6, { action: 'new' }],
    ])
    expect(effectiveDecision(plan.rows[2]!, bogus)).toEqual({ action: 'new' })
    expect(effectiveDecision(plan.rows[4]!, bogus)).toEqual({ action: 'skip' })
  })

  it('property: every row is written at most once and error rows never', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<'update' | 'new' | 'skip'>('update', 'new', 'skip'), {
          minLength: rows.length,
          maxLength: rows.length,
        }),
        (choices) => {
          let decisions = new Map<number, Decision>()
          for (const status of ['probable', 'duplicate', 'new', 'update'] as const)
            decisions = decideAll(plan, status, choices[0]!, decisions)
          plan.rows.forEach((r, i) => {
            const c = choices[i]!
            if (c !== 'update') decisions.set(r.rowNumber, { action: c })
          })
          const out = writeRows(plan, decisions)
          expect(new Set(out.map((w) => w.rowNumber)).size).toBe(out.length)
          expect(out.some((w) => w.rowNumber === 6)).toBe(false)
        },
      ),
    )
  })
})
