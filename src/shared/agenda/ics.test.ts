import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { agendaIcs } from './agenda-ics'
import { buildIcs, escapeText, foldLine } from './ics'
import { room, session } from './test-agenda'

const event = {
  nameEn: 'Pacific Digital Diplomacy Workshop',
  nameId: 'Lokakarya Diplomasi Digital Pasifik',
  timeZone: 'Asia/Jakarta',
}
const STAMP = '2026-07-20T08:00:00.000Z'
const encoder = new TextEncoder()

function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text))
  return {
    calendar: component,
    events: component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)),
  }
}

describe('RFC 5545 text', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf')
  })

  it('folds at 75 octets and never splits a UTF-8 character', () => {
    const line = `SUMMARY:${'Tuilaʻepa ā '.repeat(20)}`
    const folded = foldLine(line)
    const physical = folded.split('\r\n')
    expect(physical.length).toBeGreaterThan(1)
    for (const p of physical) expect(encoder.encode(p).length).toBeLessThanOrEqual(75)
    for (const p of physical.slice(1)) expect(p.startsWith(' ')).toBe(true)
    expect(physical.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line)
    expect(folded).not.toContain('\uFFFD')
  })
})

describe('buildIcs', () => {
  const text = buildIcs({
    name: 'Agenda',
    stamp: STAMP,
    events: [
      {
        uid: 's1@sekretariat.agenda',
        start: '2026-08-03T02:00:00.000Z',
        end: '2026-08-03T03:30:00.000Z',
        summary: 'Opening; welcome, and \\ remarks',
        description: 'Line one\nLine two, with comma',
        location: 'https://zoom.us/j/85012345678',
        url: 'https://zoom.us/j/85012345678',
      },
    ],
  })

  it('uses CRLF everywhere and publishes in UTC', () => {
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    expect(text).toContain('METHOD:PUBLISH\r\n')
    expect(text).toContain('DTSTART:20260803T020000Z\r\n')
    expect(text).toContain('DTEND:20260803T033000Z\r\n')
    expect(text).toContain('DTSTAMP:20260720T080000Z\r\n')
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
  })

  it('parses back with ical.js to the same values', () => {
    const { calendar, events } = parse(text)
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH')
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    const [e] = events
    expect(e!.uid).toBe('s1@sekretariat.agenda')
    expect(e!.summary).toBe('Opening; welcome, and \\ remarks')
    expect(e!.description).toBe('Line one\nLine two, with comma')
    expect(e!.startDate.toJSDate().toISOString()).toBe('2026-08-03T02:00:00.000Z')
    expect(e!.endDate.toJSDate().toISOString()).toBe('2026-08-03T03:30:00.000Z')
    expect(e!.startDate.zone?.tzid).toBe('UTC')
    expect(e!.component.getFirstPropertyValue('url')).toBe('https://zoom.us/j/85012345678')
  })
})

describe('agendaIcs', () => {
  const rooms = [
    room({
      id: 'main',
      name: 'Plenary room',
      dialIn: [{ label: 'Jakarta', number: '+62 21 5050 1234' }],
      breakouts: [{ id: 'g1', name: 'Group A', participantIds: ['p1'], delegationIds: ['fj'] }],
    }),
  ]
  const sessions = [
    session({ id: 's1', titleEn: 'Opening, and welcome', titleId: 'Pembukaan' }),
    session({
      id: 's2',
      kind: 'self_study',
      titleEn: 'Self-study: module 1',
      start: '2026-08-04T01:00:00.000Z',
      end: '2026-08-04T09:00:00.000Z',
    }),
  ]

  it('has join links, never a passcode or host key, and a stable UID per session', () => {
    const text = agendaIcs(
      {
        event,
        sessions,
        rooms,
        lang: 'en',
        audience: {
          kind: 'participant',
          name: 'Jone Vakarau',
          participantId: 'p1',
          delegationId: 'fj',
          zone: 'Pacific/Fiji',
        },
      },
      STAMP,
    )
    expect(text).not.toContain('4821')
    expect(text).not.toContain('135790')
    const { calendar, events } = parse(text)
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      'Pacific Digital Diplomacy Workshop — Jone Vakarau',
    )
    expect(events.map((e) => e.uid)).toEqual(['s1@sekretariat.agenda', 's2@sekretariat.agenda'])
    const [opening, study] = events
    expect(opening!.summary).toBe('Opening, and welcome')
    expect(opening!.location).toBe('https://us02web.zoom.us/j/85012345678?pwd=abc')
    expect(opening!.description).toContain(
      'Plenary room (Zoom): https://us02web.zoom.us/j/85012345678?pwd=abc',
    )
    expect(opening!.description).toContain('Meeting ID: 850 1234 5678')
    expect(opening!.description).toContain('Breakout room: Group A')
    expect(opening!.description).toContain('Dial in: Jakarta +62 21 5050 1234')
    expect(study!.description).toContain('Self-study: there is no meeting to join.')
    expect(study!.location).toBeNull()
  })

  it('writes Indonesian titles for an Indonesian file', () => {
    const text = agendaIcs(
      {
        event,
        sessions,
        rooms,
        lang: 'id',
        audience: { kind: 'everyone', name: 'Semua', zone: 'Asia/Jakarta' },
      },
      STAMP,
    )
    const { events } = parse(text)
    expect(events[0]!.summary).toBe('Pembukaan')
    expect(events[0]!.description).toContain('Lokakarya Diplomasi Digital Pasifik')
    expect(events[0]!.description).toContain('ID rapat: 850 1234 5678')
    expect(events[0]!.description).not.toContain('Group A')
  })
})
