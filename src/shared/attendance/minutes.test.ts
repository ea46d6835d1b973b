import { describe, expect, it } from 'vitest'
import { session } from '../agenda/test-agenda'
import { DEFAULT_ELIGIBILITY_RULE, evaluateEligibility } from './eligibility'
import { clipIntervals, mergeIntervals, presentMinutes } from './intervals'
import { minutesGrid } from './minutes'
import type { ReportRow } from './report'

const min = (m: number) => m * 60_000

describe('intervals', () => {
  it('merges overlapping and touching joins', () => {
    expect(
      mergeIntervals([
        { start: min(30), end: min(40) },
        { start: min(0), end: min(10) },
        { start: min(10), end: min(20) },
        { start: min(35), end: min(50) },
        { start: min(60), end: min(60) },
      ]),
    ).toEqual([
      { start: min(0), end: min(20) },
      { start: min(30), end: min(50) },
    ])
  })

  it('clips to the session and counts each minute once', () => {
    const joins = [
      { start: min(-5), end: min(65) },
      { start: min(20), end: min(40) },
    ]
    expect(clipIntervals(joins, 0, min(60))).toEqual([
      { start: 0, end: min(60) },
      { start: min(20), end: min(40) },
    ])
    expect(presentMinutes(joins, 0, min(60))).toBe(60)
  })
})

const row = (name: string, join: string, leave: string, waitingRoom = false): ReportRow => ({
  line: 1,
  name,
  email: '',
  join,
  leave,
  waitingRoom,
})

describe('minutes and eligibility', () => {
  // 09:00–12:00 Jakarta on 2 August 2022, and a self-study day.
  const plenary = session({
    id: 'p',
    start: '2022-08-02T02:00:00.000Z',
    end: '2022-08-02T05:00:00.000Z',
  })
  const social = session({
    id: 'x',
    kind: 'social',
    start: '2022-08-02T11:00:00.000Z',
    end: '2022-08-02T13:00:00.000Z',
  })
  const study = session({
    id: 's',
    kind: 'self_study',
    start: '2022-08-03T01:00:00.000Z',
    end: '2022-08-03T09:00:00.000Z',
  })
  const sessions = [plenary, social, study]
  const reports = [
    {
      sessionId: 'p',
      rows: [
        row('Siosaia', '2022-08-02T01:55:01.000Z', '2022-08-02T03:00:00.000Z'),
        row('Siosaia', '2022-08-02T03:20:00.000Z', '2022-08-02T05:00:00.000Z'),
        row('Roselyn', '2022-08-02T02:00:00.000Z', '2022-08-02T05:00:00.000Z'),
        row('Roselyn phone', '2022-08-02T02:30:00.000Z', '2022-08-02T03:00:00.000Z'),
        row('Jone', '2022-08-02T01:30:00.000Z', '2022-08-02T02:10:00.000Z', true),
        row('Jone', '2022-08-02T02:10:00.000Z', '2022-08-02T04:30:00.000Z'),
        row('Stranger', '2022-08-02T02:00:00.000Z', '2022-08-02T05:00:00.000Z'),
      ],
    },
    {
      sessionId: 'unknown-session',
      rows: [row('Siosaia', '2022-08-02T02:00:00.000Z', '2022-08-02T05:00:00.000Z')],
    },
  ]
  const who = new Map([
    ['Siosaia', 'siosaia'],
    ['Roselyn', 'roselyn'],
    ['Roselyn phone', 'roselyn'],
    ['Jone', 'jone'],
  ])
  const grid = minutesGrid(sessions, reports, (r) => who.get(r.name))

  it('merges joins per person, clips to the session, skips the waiting room', () => {
    expect(grid.get('siosaia')?.get('p')).toBe(160)
    expect(grid.get('roselyn')?.get('p')).toBe(180)
    expect(grid.get('jone')?.get('p')).toBe(140)
    expect(grid.has('Stranger')).toBe(false)
    expect([...grid.keys()].sort()).toEqual(['jone', 'roselyn', 'siosaia'])
  })

  it('applies the stated rule: 80% of counted minutes and self-study done', () => {
    const result = evaluateEligibility({
      rule: DEFAULT_ELIGIBILITY_RULE,
      sessions,
      participantIds: ['siosaia', 'roselyn', 'jone', 'absent'],
      minutes: grid,
      selfStudyDone: new Map([
        ['siosaia', new Set(['s'])],
        ['jone', new Set(['s'])],
      ]),
    })
    expect(result.map((r) => [r.participantId, r.percent, r.eligible, r.missing])).toEqual([
      ['siosaia', 88.8, true, []],
      ['roselyn', 100, false, ['selfStudy']],
      ['jone', 77.7, false, ['attendance']],
      ['absent', 0, false, ['attendance', 'selfStudy']],
    ])
    // The social session does not count: 180 possible minutes, not 300.
    expect(result[0]).toMatchObject({
      attendedMinutes: 160,
      possibleMinutes: 180,
      selfStudyDone: 1,
      selfStudyTotal: 1,
    })
  })

  it('decides on exact minutes at the boundary', () => {
    const exact = new Map([
      ['a', new Map([['p', 144]])],
      ['b', new Map([['p', 143]])],
    ])
    const result = evaluateEligibility({
      rule: { ...DEFAULT_ELIGIBILITY_RULE, requireSelfStudy: false },
      sessions,
      participantIds: ['a', 'b'],
      minutes: exact,
      selfStudyDone: new Map(),
    })
    expect(result.map((r) => r.eligible)).toEqual([true, false])
  })
})
