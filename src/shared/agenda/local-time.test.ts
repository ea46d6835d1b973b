import { describe, expect, it } from 'vitest'
import { decimalText, longDateRange, rangeText } from './format'
import { DEFAULT_NIGHT, fallsAtNight, localRange, localSlot } from './local-time'
import { parseSessionDraft } from './session-input'

// Fixed instants only: 09:00 in Jakarta on Monday 3 August 2026 is 02:00 UTC.
const JAKARTA_0900 = '2026-08-03T02:00:00.000Z'

describe('local times across the date line', () => {
  it('09:00 Jakarta is Sunday 16:00 in Rarotonga, one day earlier', () => {
    expect(localSlot(JAKARTA_0900, 'Pacific/Rarotonga', 'Asia/Jakarta')).toEqual({
      date: '2026-08-02',
      time: '16:00',
      weekday: 0,
      dayShift: -1,
      offsetMinutes: -600,
    })
  })

  it('and Monday 16:00 in Kiritimati, the same date', () => {
    expect(localSlot(JAKARTA_0900, 'Pacific/Kiritimati', 'Asia/Jakarta')).toMatchObject({
      date: '2026-08-03',
      time: '16:00',
      weekday: 1,
      dayShift: 0,
      offsetMinutes: 840,
    })
  })

  it('Monday 11:00 in Palau and 15:00 in Apia', () => {
    expect(localSlot(JAKARTA_0900, 'Pacific/Palau', 'Asia/Jakarta')).toMatchObject({
      time: '11:00',
      dayShift: 0,
    })
    expect(localSlot(JAKARTA_0900, 'Pacific/Apia', 'Asia/Jakarta')).toMatchObject({
      time: '15:00',
      weekday: 1,
    })
  })

  it('a Pago Pago reader is a day behind, seen from Kiritimati', () => {
    expect(localSlot(JAKARTA_0900, 'Pacific/Pago_Pago', 'Pacific/Kiritimati').dayShift).toBe(-1)
    expect(localSlot(JAKARTA_0900, 'Pacific/Kiritimati', 'Pacific/Pago_Pago').dayShift).toBe(1)
  })

  it('says so in words, in English and Indonesian', () => {
    const range = localRange(
      { start: JAKARTA_0900, end: '2026-08-03T03:30:00.000Z' },
      'Pacific/Rarotonga',
      'Asia/Jakarta',
    )
    expect(rangeText(range, 'en')).toBe('Sun 16:00–17:30, one day earlier')
    expect(rangeText(range, 'id')).toBe('Min 16:00–17:30, sehari lebih awal')
  })
})

describe('daylight saving', () => {
  // New Zealand moves to daylight time at 02:00 on Sunday 27 September 2026.
  const before = '2026-09-25T02:00:00.000Z' // Friday 09:00 Jakarta
  const after = '2026-09-28T02:00:00.000Z' // Monday 09:00 Jakarta

  it('Auckland is UTC+12 before and UTC+13 after the change', () => {
    expect(localSlot(before, 'Pacific/Auckland', 'Asia/Jakarta')).toMatchObject({
      time: '14:00',
      offsetMinutes: 720,
    })
    expect(localSlot(after, 'Pacific/Auckland', 'Asia/Jakarta')).toMatchObject({
      time: '15:00',
      offsetMinutes: 780,
    })
  })

  it('Chatham is 45 minutes ahead of Auckland on both sides', () => {
    expect(localSlot(before, 'Pacific/Chatham', 'Asia/Jakarta')).toMatchObject({
      time: '14:45',
      offsetMinutes: 765,
    })
    expect(localSlot(after, 'Pacific/Chatham', 'Asia/Jakarta')).toMatchObject({
      time: '15:45',
      offsetMinutes: 825,
    })
  })

  it('Jakarta and Rarotonga, without daylight saving, do not move', () => {
    expect(localSlot(before, 'Asia/Jakarta', 'Asia/Jakarta').time).toBe('09:00')
    expect(localSlot(after, 'Asia/Jakarta', 'Asia/Jakarta').time).toBe('09:00')
    expect(localSlot(before, 'Pacific/Rarotonga', 'Asia/Jakarta').offsetMinutes).toBe(-600)
    expect(localSlot(after, 'Pacific/Rarotonga', 'Asia/Jakarta').offsetMinutes).toBe(-600)
  })

  it('a session entered in Auckland during the spring-forward gap is refused', () => {
    const draft = {
      titleEn: 'Briefing',
      titleId: '',
      kind: 'plenary' as const,
      startLocal: '2026-09-27T02:30',
      endLocal: '2026-09-27T04:00',
      speakerIds: [],
      moderatorIds: [],
      roomIds: [],
      description: '',
    }
    const parsed = parseSessionDraft(draft, 'Pacific/Auckland')
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.problems.get('startLocal')).toBe('nonexistentTime')
    const fine = parseSessionDraft({ ...draft, startLocal: '2026-09-27T03:00' }, 'Pacific/Auckland')
    expect(fine).toMatchObject({ ok: true, session: { start: '2026-09-26T14:00:00.000Z' } })
  })

  it('a session across the autumn change keeps its real length', () => {
    // 5 April 2026, 03:00 NZDT becomes 02:00 NZST: 01:00–04:00 local is four hours long.
    const parsed = parseSessionDraft(
      {
        titleEn: 'Night watch',
        titleId: '',
        kind: 'social',
        startLocal: '2026-04-05T01:00',
        endLocal: '2026-04-05T04:00',
        speakerIds: [],
        moderatorIds: [],
        roomIds: [],
        description: '',
      },
      'Pacific/Auckland',
    )
    expect(parsed.ok).toBe(true)
    if (parsed.ok) {
      const hours = (Date.parse(parsed.session.end) - Date.parse(parsed.session.start)) / 3_600_000
      expect(hours).toBe(4)
    }
  })
})

describe('sessions crossing midnight locally', () => {
  // 16:00–18:00 Jakarta = 09:00–11:00 UTC = 23:00–01:00 in Kiritimati.
  const late = { start: '2026-08-03T09:00:00.000Z', end: '2026-08-03T11:00:00.000Z' }

  it('runs from Monday 23:00 to Tuesday 01:00 in Kiritimati', () => {
    const range = localRange(late, 'Pacific/Kiritimati', 'Asia/Jakarta')
    expect(range.crossesMidnight).toBe(true)
    expect(range.start).toMatchObject({ date: '2026-08-03', time: '23:00', dayShift: 0 })
    expect(range.end).toMatchObject({ date: '2026-08-04', time: '01:00', dayShift: 1 })
    expect(rangeText(range, 'en')).toBe('Mon 23:00 – Tue 01:00')
  })

  it('ending exactly at midnight does not cross it', () => {
    const range = localRange(
      { start: '2026-08-03T08:00:00.000Z', end: '2026-08-03T10:00:00.000Z' },
      'Pacific/Kiritimati',
      'Asia/Jakarta',
    )
    expect(range.crossesMidnight).toBe(false)
    expect(rangeText(range, 'en')).toBe('Mon 22:00–00:00')
  })

  it('is entered across midnight in the event zone too', () => {
    const parsed = parseSessionDraft(
      {
        titleEn: 'Gala dinner',
        titleId: 'Jamuan makan malam',
        kind: 'social',
        startLocal: '2026-08-03T22:30',
        endLocal: '2026-08-04T00:30',
        speakerIds: [],
        moderatorIds: [],
        roomIds: [],
        description: '',
      },
      'Asia/Jakarta',
    )
    expect(parsed).toMatchObject({
      ok: true,
      session: { start: '2026-08-03T15:30:00.000Z', end: '2026-08-03T17:30:00.000Z' },
    })
  })
})

describe('night', () => {
  it('flags a session that falls between 22:00 and 06:00 locally', () => {
    const late = { start: '2026-08-03T09:00:00.000Z', end: '2026-08-03T11:00:00.000Z' }
    expect(fallsAtNight(late, 'Pacific/Kiritimati')).toBe(true)
    expect(fallsAtNight(late, 'Asia/Jakarta')).toBe(false)
  })

  it('flags a session that runs into the night, not one that ends when it starts', () => {
    // 20:30–22:30 in Tarawa (UTC+12) runs into the night; 20:00–22:00 ends as it begins.
    expect(
      fallsAtNight(
        { start: '2026-08-03T08:30:00.000Z', end: '2026-08-03T10:30:00.000Z' },
        'Pacific/Tarawa',
      ),
    ).toBe(true)
    expect(
      fallsAtNight(
        { start: '2026-08-03T08:00:00.000Z', end: '2026-08-03T10:00:00.000Z' },
        'Pacific/Tarawa',
      ),
    ).toBe(false)
  })

  it('flags early mornings and honours another window', () => {
    // 23:00 Jakarta on Sunday is 04:00–05:00 on Monday in Auckland (UTC+12 in August).
    const early = { start: '2026-08-02T16:00:00.000Z', end: '2026-08-02T17:00:00.000Z' }
    expect(fallsAtNight(early, 'Pacific/Auckland')).toBe(true)
    expect(fallsAtNight(early, 'Pacific/Auckland', { from: 0, to: 3 * 60 })).toBe(false)
    expect(DEFAULT_NIGHT).toEqual({ from: 1320, to: 360 })
  })
})

describe('dates in words', () => {
  it('writes decimals per language', () => {
    expect(decimalText(88.8, 'en')).toBe('88.8')
    expect(decimalText(88.8, 'id')).toBe('88,8')
    expect(decimalText(100, 'id')).toBe('100')
  })

  it('writes date ranges per language', () => {
    expect(longDateRange('2022-08-01', '2022-08-12', 'en')).toBe('1–12 August 2022')
    expect(longDateRange('2022-08-01', '2022-08-12', 'id')).toBe('1–12 Agustus 2022')
    expect(longDateRange('2022-07-28', '2022-08-02', 'en').replace(/\s/g, ' ')).toBe(
      '28 July – 2 August 2022',
    )
  })
})
