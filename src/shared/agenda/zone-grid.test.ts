import { describe, expect, it } from 'vitest'
import type { Delegation, Participant } from '../registry/model'
import { DEFAULT_NIGHT } from './local-time'
import { session } from './test-agenda'
import { buildZoneGrid } from './zone-grid'
import { delegationZones, participantZone } from './zones'

const AT = '2026-07-01T00:00:00.000Z'
const delegation = (id: string, countryCode: string): Delegation => ({
  id,
  eventId: 'e1',
  kind: 'country',
  countryCode,
  createdAt: AT,
  updatedAt: AT,
})
const participant = (id: string, delegationId: string, timeZone?: string): Participant => ({
  id,
  eventId: 'e1',
  contactId: `c-${id}`,
  delegationId,
  role: 'delegate',
  mode: 'online',
  status: 'confirmed',
  dietary: '',
  accessibility: '',
  tags: [],
  documents: { nominationLetter: false, passportNumber: '', visaLetter: 'not_needed' },
  ...(timeZone ? { timeZone } : {}),
  notes: '',
  createdAt: AT,
  updatedAt: AT,
})

describe('whose clock', () => {
  it('takes a participant’s own zone, else the country’s only zone', () => {
    expect(
      participantZone({ timeZone: 'Pacific/Kiritimati' }, { countryCode: 'KI' }, 'Asia/Jakarta'),
    ).toEqual({
      zone: 'Pacific/Kiritimati',
      source: 'chosen',
    })
    expect(participantZone({}, { countryCode: 'CK' }, 'Asia/Jakarta')).toEqual({
      zone: 'Pacific/Rarotonga',
      source: 'country',
    })
  })

  it('assumes the capital’s zone for a country with several, and says so', () => {
    expect(participantZone({}, { countryCode: 'KI' }, 'Asia/Jakarta')).toEqual({
      zone: 'Pacific/Tarawa',
      source: 'capital',
    })
    expect(participantZone({}, undefined, 'Asia/Jakarta')).toEqual({
      zone: 'Asia/Jakarta',
      source: 'event',
    })
  })

  it('puts a delegation in every zone its members chose, most members first', () => {
    const ki = delegation('ki', 'KI')
    const members = [
      participant('1', 'ki', 'Pacific/Kiritimati'),
      participant('2', 'ki', 'Pacific/Tarawa'),
      participant('3', 'ki', 'Pacific/Kiritimati'),
      participant('4', 'other', 'Asia/Tokyo'),
    ]
    expect(delegationZones(ki, members, 'Asia/Jakarta').map((z) => z.zone)).toEqual([
      'Pacific/Kiritimati',
      'Pacific/Tarawa',
    ])
  })
})

describe('buildZoneGrid', () => {
  const delegations = [delegation('ck', 'CK'), delegation('ki', 'KI'), delegation('pw', 'PW')]
  const participants = [
    participant('1', 'ki', 'Pacific/Kiritimati'),
    participant('2', 'ki', 'Pacific/Tarawa'),
  ]
  const grid = buildZoneGrid({
    sessions: [
      session({ id: 'late', start: '2026-08-03T09:00:00.000Z', end: '2026-08-03T11:00:00.000Z' }),
      session({ id: 'morning' }),
    ],
    delegations,
    participants,
    eventZone: 'Asia/Jakarta',
    night: DEFAULT_NIGHT,
  })

  it('has one column per zone, west to east, the event’s included', () => {
    expect(grid.columns.map((c) => c.zone)).toEqual([
      'Pacific/Rarotonga',
      'Asia/Jakarta',
      'Pacific/Palau',
      'Pacific/Tarawa',
      'Pacific/Kiritimati',
    ])
    expect(grid.columns[0]!.delegations).toEqual([{ id: 'ck', source: 'country' }])
  })

  it('sorts sessions by start and shows each in every zone with its day shift', () => {
    expect(grid.rows.map((r) => r.session.id)).toEqual(['morning', 'late'])
    const morning = grid.rows[0]!
    expect(morning.cells[0]!.range.start).toMatchObject({ time: '16:00', dayShift: -1 })
    expect(morning.nightFor).toEqual([])
  })

  it('flags the late session at night for the Cook Islands and Kiribati, not Palau', () => {
    const late = grid.rows[1]!
    // 16:00–18:00 Jakarta: 23:00–01:00 in Rarotonga (a day earlier), 18:00–20:00 in Palau,
    // 21:00–23:00 in Tarawa and 23:00–01:00 in Kiritimati.
    expect(late.cells.map((c) => c.night)).toEqual([true, false, false, true, true])
    expect(late.nightFor).toEqual(['ck', 'ki'])
  })
})
