import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { detectReportSource, parseReport } from './parse-report'
import { parseTeamsReport } from './teams-report'
import { parseZoomReport } from './zoom-report'

const fixture = (name: string) =>
  new Uint8Array(
    readFileSync(new URL(`../../../tests/fixtures/attendance/${name}`, import.meta.url)),
  )

describe('Zoom participant report', () => {
  it('reads the sample report, one row per join, times in the stated zone', () => {
    const report = parseZoomReport(fixture('zoom_participants_report.csv'), {
      zone: 'Asia/Jakarta',
    })
    expect(report.ok).toBe(true)
    if (!report.ok) return
    expect(report.dateOrder).toBe('mdy')
    expect(report.problems).toEqual([])
    expect(report.rows).toEqual([
      {
        line: 2,
        name: 'Siosaia (Tonga MFA) (Siosaia Lolohea)',
        email: 'siosaia.l@mfa.gov.to',
        join: '2022-08-02T01:55:01.000Z',
        leave: '2022-08-02T03:00:00.000Z',
        waitingRoom: false,
      },
      expect.objectContaining({
        line: 3,
        join: '2022-08-02T03:20:00.000Z',
        leave: '2022-08-02T05:00:00.000Z',
      }),
      expect.objectContaining({
        line: 4,
        name: 'Roselyn T',
        email: '',
        join: '2022-08-02T02:00:00.000Z',
      }),
      expect.objectContaining({ line: 5, name: 'Galaxy A52', leave: '2022-08-02T02:20:00.000Z' }),
    ])
  })

  it('reads the same file in another zone as other instants', () => {
    const report = parseZoomReport(fixture('zoom_participants_report.csv'), {
      zone: 'Pacific/Auckland',
    })
    expect(report.ok && report.rows[0]!.join).toBe('2022-08-01T20:55:01.000Z')
  })

  it('reads an export with meeting data, waiting room and a BOM', () => {
    const report = parseZoomReport(fixture('zoom_with_meeting_data.csv'), { zone: 'Asia/Jakarta' })
    expect(report.ok).toBe(true)
    if (!report.ok) return
    expect(report.meeting).toEqual({
      meetingId: '85012345678',
      title: 'Pacific Digital Diplomacy Workshop, Day 2',
    })
    expect(report.rows).toHaveLength(5)
    expect(report.rows[0]).toMatchObject({
      name: 'Jone (Fiji MoFA) (Jone Vakarau)',
      waitingRoom: true,
    })
    expect(report.rows[3]).toMatchObject({ name: 'Tuilaʻepa, S. (Samoa)' })
    // Text stays text: a formula-looking name is kept as written, never evaluated.
    expect(report.rows[4]!.name).toBe('=HYPERLINK("https://evil.example")')
  })

  it('honours a day-first order when told, and reports impossible times per row', () => {
    const text = [
      'Name (Original Name),User Email,Join Time,Leave Time',
      'A,,13/02/2022 09:00:00,13/02/2022 10:00:00',
      'B,,31/02/2022 09:00:00,31/02/2022 10:00:00',
      'C,,13/02/2022 11:00:00,13/02/2022 10:00:00',
      ',,13/02/2022 11:00:00,13/02/2022 12:00:00',
    ].join('\n')
    const report = parseZoomReport(new TextEncoder().encode(text), { zone: 'UTC' })
    expect(report.ok).toBe(true)
    if (!report.ok) return
    expect(report.dateOrder).toBe('dmy')
    expect(report.rows.map((r) => r.join)).toEqual(['2022-02-13T09:00:00.000Z'])
    expect(report.problems).toEqual([
      { line: 3, code: 'badTime' },
      { line: 4, code: 'leaveBeforeJoin' },
      { line: 5, code: 'noName' },
    ])
  })

  it.each([
    ['empty', new Uint8Array()],
    ['notAReport', new TextEncoder().encode('Name,Email\nJone,jone@fiji.gov.fj\n')],
    ['empty', new TextEncoder().encode('Name (Original Name),Join Time,Leave Time\n')],
  ] as const)('refuses %s', (code, bytes) => {
    expect(parseZoomReport(bytes, { zone: 'UTC' })).toEqual({ ok: false, code })
  })
})

describe('Microsoft Teams attendance report', () => {
  it('reads the per-join section of a UTF-16 report', () => {
    const report = parseTeamsReport(fixture('teams_attendance_report.csv'), {
      zone: 'Asia/Jakarta',
    })
    expect(report.ok).toBe(true)
    if (!report.ok) return
    expect(report.source).toBe('teams')
    expect(report.meeting.title).toBe('Pacific Digital Diplomacy Workshop – Day 2')
    expect(report.rows).toHaveLength(7)
    expect(report.rows[0]).toEqual({
      line: 19,
      name: 'Siosaia Lolohea',
      email: 'siosaia.l@mfa.gov.to',
      join: '2022-08-02T01:58:12.000Z',
      leave: '2022-08-02T03:00:00.000Z',
      waitingRoom: false,
    })
    expect(report.rows.filter((r) => r.name === 'Jone Vakarau')).toHaveLength(2)
  })

  it('falls back to first join and last leave when only the participants section is there', () => {
    const text = [
      '1. Summary',
      'Meeting title\tBriefing',
      '',
      '2. Participants',
      'Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole',
      'Mele Taufa\t2/8/2022, 09:00:00\t2/8/2022, 10:30:00\t1h 30m\tmele@gov.to\tmele@gov.to\tAttendee',
      'Sione Tupou\t2/8/2022, 09:10:00\t2/8/2022, 10:00:00\t50m\t\t\tAttendee',
    ].join('\n')
    const report = parseTeamsReport(new TextEncoder().encode(text), {
      zone: 'UTC',
      dateOrder: 'dmy',
    })
    expect(report.ok && report.rows.map((r) => [r.name, r.join, r.leave])).toEqual([
      ['Mele Taufa', '2022-08-02T09:00:00.000Z', '2022-08-02T10:30:00.000Z'],
      ['Sione Tupou', '2022-08-02T09:10:00.000Z', '2022-08-02T10:00:00.000Z'],
    ])
  })

  it('pairs the joined and left events of the older report', () => {
    const text = [
      'Full Name\tUser Action\tTimestamp',
      'Mele Taufa\tJoined before\t8/2/2022, 9:00:00 AM',
      'Sione Tupou\tJoined\t8/2/2022, 9:05:00 AM',
      'Mele Taufa\tLeft\t8/2/2022, 9:30:00 AM',
      'Mele Taufa\tJoined\t8/2/2022, 9:40:00 AM',
      'Sione Tupou\tLeft\t8/2/2022, 10:00:00 AM',
      'Mele Taufa\tLeft\t8/2/2022, 10:15:00 AM',
    ].join('\n')
    const report = parseTeamsReport(new TextEncoder().encode(text), { zone: 'UTC' })
    expect(
      report.ok && report.rows.map((r) => [r.name, r.join.slice(11, 16), r.leave.slice(11, 16)]),
    ).toEqual([
      ['Mele Taufa', '09:00', '09:30'],
      ['Sione Tupou', '09:05', '10:00'],
      ['Mele Taufa', '09:40', '10:15'],
    ])
  })

  it('refuses a Zoom-less, Teams-less spreadsheet', () => {
    expect(parseTeamsReport(new TextEncoder().encode('a\tb\n1\t2\n'), { zone: 'UTC' })).toEqual({
      ok: false,
      code: 'notAReport',
    })
  })
})

describe('detectReportSource', () => {
  it('tells Zoom from Teams by what only each writes', () => {
    expect(detectReportSource(fixture('zoom_participants_report.csv'))).toBe('zoom')
    expect(detectReportSource(fixture('zoom_with_meeting_data.csv'))).toBe('zoom')
    expect(detectReportSource(fixture('teams_attendance_report.csv'))).toBe('teams')
    expect(
      detectReportSource(new TextEncoder().encode('Name,Email\nJone,jone@fiji.gov.fj')),
    ).toBeNull()
  })

  it('parses with the chosen platform', () => {
    const teams = parseReport(fixture('teams_attendance_report.csv'), 'teams', { zone: 'UTC' })
    expect(teams.ok && teams.source).toBe('teams')
  })
})
