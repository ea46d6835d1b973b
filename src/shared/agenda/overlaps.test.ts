import { describe, expect, it } from 'vitest'
import { findOverlaps, overlapsBySession } from './overlaps'
import {
  breakoutFor,
  breakoutMembers,
  maskSecret,
  roomsForSession,
  secretState,
  setBreakoutMembers,
  usableSecret,
} from './rooms'
import { room, session } from './test-agenda'

const rooms = [
  room({ id: 'main' }),
  room({ id: 'b1', scope: { kind: 'session' } }),
  room({ id: 'b2', scope: { kind: 'session' } }),
  room({ id: 'day2', scope: { kind: 'day', date: '2026-08-04' } }),
]
const roomsOf = (s: Parameters<typeof roomsForSession>[0]) =>
  roomsForSession(s, rooms, 'Asia/Jakarta').map((r) => r.id)

describe('findOverlaps', () => {
  it('flags two plenaries at the same time in the event room', () => {
    const found = findOverlaps(
      [
        session({ id: 'a' }),
        session({ id: 'b', start: '2026-08-03T03:00:00.000Z', end: '2026-08-03T04:00:00.000Z' }),
      ],
      roomsOf,
    )
    expect(found).toEqual([{ a: 'a', b: 'b', reasons: ['sameRoom', 'everyone'] }])
  })

  it('does not flag sessions that only touch', () => {
    const found = findOverlaps(
      [
        session({ id: 'a' }),
        session({ id: 'b', start: '2026-08-03T03:30:00.000Z', end: '2026-08-03T04:00:00.000Z' }),
      ],
      roomsOf,
    )
    expect(found).toEqual([])
  })

  it('lets parallel breakouts in their own rooms be, unless they share a speaker', () => {
    const one = session({ id: 'x', kind: 'breakout', roomIds: ['b1'], speakerIds: ['p1'] })
    const two = session({ id: 'y', kind: 'breakout', roomIds: ['b2'], speakerIds: ['p2'] })
    expect(findOverlaps([one, two], roomsOf)).toEqual([])
    const clash = findOverlaps([one, { ...two, moderatorIds: ['p1'] }], roomsOf)
    expect(clash).toEqual([{ a: 'x', b: 'y', reasons: ['samePerson'] }])
  })

  it('ignores self-study, which is self-paced', () => {
    const study = session({ id: 's', kind: 'self_study', end: '2026-08-03T10:00:00.000Z' })
    expect(findOverlaps([study, session({ id: 'p' })], roomsOf)).toEqual([])
  })

  it('indexes overlaps by session', () => {
    const list = findOverlaps(
      [session({ id: 'a' }), session({ id: 'b' }), session({ id: 'c' })],
      roomsOf,
    )
    expect(list).toHaveLength(3)
    expect(overlapsBySession(list).get('b')).toHaveLength(2)
  })
})

describe('roomsForSession', () => {
  it('uses the session’s own rooms, else the local day’s, else the event’s', () => {
    expect(roomsOf(session({ id: 'a', roomIds: ['b1', 'missing'] }))).toEqual(['b1'])
    // 4 August 09:00 Jakarta.
    expect(roomsOf(session({ id: 'b', start: '2026-08-04T02:00:00.000Z' }))).toEqual(['day2'])
    // 4 August 06:30 Jakarta is still 3 August 23:30 UTC: the local day decides.
    expect(roomsOf(session({ id: 'c', start: '2026-08-03T23:30:00.000Z' }))).toEqual(['day2'])
    expect(roomsOf(session({ id: 'd' }))).toEqual(['main'])
  })
})

describe('breakouts', () => {
  const breakouts = [
    { id: 'a', name: 'Group A', participantIds: ['p1', 'p2'], delegationIds: ['fj'] },
    { id: 'b', name: 'Group B', participantIds: ['p3'], delegationIds: ['to'] },
  ]

  it('puts each person and delegation in one breakout of a room', () => {
    const next = setBreakoutMembers(breakouts, 'b', 'participantIds', ['p3', 'p1'])
    expect(next.map((b) => b.participantIds)).toEqual([['p2'], ['p3', 'p1']])
    const moved = setBreakoutMembers(next, 'a', 'delegationIds', ['fj', 'to'])
    expect(moved.map((b) => b.delegationIds)).toEqual([['fj', 'to'], []])
  })

  it('finds a participant’s breakout by hand first, then by delegation', () => {
    const room = { breakouts }
    expect(breakoutFor(room, { id: 'p3', delegationId: 'fj' })?.name).toBe('Group B')
    expect(breakoutFor(room, { id: 'p9', delegationId: 'fj' })?.name).toBe('Group A')
    expect(breakoutFor(room, { id: 'p9' })).toBeUndefined()
    const people = [
      { id: 'p1', delegationId: 'to' },
      { id: 'p4', delegationId: 'to' },
      { id: 'p5', delegationId: 'ws' },
    ]
    expect(breakoutMembers(room, 'b', people).map((p) => p.id)).toEqual(['p4'])
  })

  it('masks secrets to a fixed length', () => {
    expect(maskSecret('4821')).toBe(maskSecret('a much longer host key'))
    expect(maskSecret('')).toBe('')
  })
})

describe('secrets that cannot be read here', () => {
  it('tells readable, absent, sealed and withheld apart, and uses only readable ones', () => {
    const sealed = 'sealed:v1:0123456789abcdef:AAAAAAAAAAAAAAAA:AAAA'
    expect(['4821', '', sealed, 'withheld:v1'].map(secretState)).toEqual([
      'open',
      'none',
      'sealed',
      'withheld',
    ])
    expect(usableSecret(sealed)).toBe('')
    expect(usableSecret('withheld:v1')).toBe('')
    expect(usableSecret('4821')).toBe('4821')
  })
})
