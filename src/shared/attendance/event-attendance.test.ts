import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { session } from '../agenda/test-agenda'
import { DEFAULT_ELIGIBILITY_RULE } from './eligibility'
import { eventAttendance } from './event-attendance'
import type { MatchPerson } from './match'
import type { AttendanceReport } from './model'
import { parseZoomReport } from './zoom-report'

const bytes = new Uint8Array(
  readFileSync(
    new URL('../../../tests/fixtures/attendance/zoom_participants_report.csv', import.meta.url),
  ),
)

describe('eventAttendance on the sample Zoom report', () => {
  // Tuesday 2 August 2022, 09:00–12:00 in Jakarta, where the report was downloaded.
  const plenary = session({
    id: 'day2',
    start: '2022-08-02T02:00:00.000Z',
    end: '2022-08-02T05:00:00.000Z',
  })
  const parsed = parseZoomReport(bytes, { zone: 'Asia/Jakarta' })
  if (!parsed.ok) throw new Error('sample report')
  const report: AttendanceReport = {
    id: 'r1',
    eventId: 'e1',
    sessionId: 'day2',
    source: 'zoom',
    fileName: 'zoom_participants_report.csv',
    zone: 'Asia/Jakarta',
    dateOrder: parsed.dateOrder,
    meeting: parsed.meeting,
    rows: parsed.rows,
    skippedRows: 0,
    importedAt: '2022-08-02T06:00:00.000Z',
  }
  const people: MatchPerson[] = [
    {
      participantId: 'siosaia',
      emails: ['siosaia.l@mfa.gov.to'],
      name: { givenName: 'Siosaia', familyName: 'Lolohea' },
      countryCode: 'TO',
      expected: true,
    },
    {
      participantId: 'roselyn',
      emails: [],
      name: { givenName: 'Roselyn', familyName: 'Tuimabu' },
      countryCode: 'FJ',
      expected: true,
    },
    {
      participantId: 'tevita',
      emails: [],
      name: { givenName: 'Tevita', familyName: 'Moala' },
      countryCode: 'TO',
      expected: true,
    },
  ]
  const run = (aliases = new Map<string, string | null>()) =>
    eventAttendance({
      sessions: [plenary],
      reports: [report],
      marks: [],
      people,
      aliases,
      rule: { ...DEFAULT_ELIGIBILITY_RULE, requireSelfStudy: false },
    })

  it('matches by email and close name, and queues the phone', () => {
    const result = run()
    expect(
      result.matches.map((m) => [
        m.identity.name,
        m.status,
        m.status === 'matched' ? m.method : '',
      ]),
    ).toEqual([
      ['Siosaia (Tonga MFA) (Siosaia Lolohea)', 'matched', 'email'],
      ['Roselyn T', 'matched', 'fuzzy'],
      ['Galaxy A52', 'unmatched', ''],
    ])
    expect(result.minutes.get('siosaia')?.get('day2')).toBe(160)
    expect(result.minutes.get('roselyn')?.get('day2')).toBe(180)
    expect(result.eligibility.filter((e) => e.eligible).map((e) => e.participantId)).toEqual([
      'siosaia',
      'roselyn',
    ])
    expect(result.sessionsOf.get('name:galaxy a52')).toEqual(new Set(['day2']))
  })

  it('counts the phone for the person the user said it was', () => {
    const result = run(new Map([['name:galaxy a52', 'tevita']]))
    expect(result.matches.every((m) => m.status === 'matched')).toBe(true)
    expect(result.minutes.get('tevita')?.get('day2')).toBe(10)
    expect(result.eligibility.find((e) => e.participantId === 'tevita')).toMatchObject({
      eligible: false,
      percent: 5.5,
    })
  })
})
