import { describe, expect, it } from 'vitest'
import { DEFAULT_INSTRUCTION_TEMPLATES } from './default-templates'
import {
  INSTRUCTION_VOCABULARY,
  instructionContext,
  type InstructionAudience,
} from './instructions'
import { parseTemplate, renderTemplate } from './template'
import { room, session } from './test-agenda'

const event = {
  nameEn: 'Pacific Digital Diplomacy Workshop',
  nameId: 'Lokakarya Diplomasi Digital Pasifik',
  timeZone: 'Asia/Jakarta',
}
const rooms = [
  room({
    id: 'main',
    name: 'Plenary room',
    breakouts: [
      { id: 'g1', name: 'Group A', participantIds: [], delegationIds: ['ck'] },
      { id: 'g2', name: 'Group B', participantIds: ['p9'], delegationIds: [] },
    ],
  }),
]
const sessions = [
  session({ id: 'open', titleEn: 'Opening', titleId: 'Pembukaan' }),
  session({
    id: 'study',
    kind: 'self_study',
    titleEn: 'Reading',
    titleId: 'Bacaan',
    start: '2026-08-04T01:00:00.000Z',
    end: '2026-08-04T09:00:00.000Z',
  }),
]

function text(audience: InstructionAudience, lang: 'en' | 'id') {
  const parsed = parseTemplate(DEFAULT_INSTRUCTION_TEMPLATES[lang], INSTRUCTION_VOCABULARY)
  if (!parsed.ok) throw new Error('default template')
  return renderTemplate(
    parsed.nodes,
    instructionContext({ event, sessions, rooms, audience, lang }),
  )
}

describe('join instructions', () => {
  const tevita: InstructionAudience = {
    kind: 'participant',
    name: 'Tevita Moala',
    participantId: 'p1',
    delegationId: 'ck',
    zone: 'Pacific/Rarotonga',
  }

  it('gives a participant their own times, rooms, passcode and breakout, never the host key', () => {
    const out = text(tevita, 'en')
    expect(out).toContain('Dear Tevita Moala,')
    expect(out).toContain('All times below are in your time zone, Pacific/Rarotonga (UTC−10:00).')
    expect(out).toContain('Sunday, 2 August 2026')
    expect(out).toContain('• Sun 16:00–17:30 (one day earlier) — Opening')
    expect(out).toContain('Mon 09:00–10:30 in Asia/Jakarta (UTC+07:00)')
    expect(out).toContain('Plenary room (Zoom): https://us02web.zoom.us/j/85012345678?pwd=abc')
    expect(out).toContain('Meeting ID: 850 1234 5678')
    expect(out).toContain('Passcode: 4821')
    expect(out).toContain('Your breakout room: Group A')
    expect(out).toContain('Self-study: there is no meeting to join.')
    expect(out).not.toContain('135790')
  })

  it('writes Indonesian with Indonesian dates', () => {
    const out = text(tevita, 'id')
    expect(out).toContain('Yth. Tevita Moala,')
    expect(out).toContain('Minggu, 2 Agustus 2026')
    expect(out).toContain('• Min 16:00–17:30 (sehari lebih awal) — Pembukaan')
    expect(out).toContain('Kode sandi: 4821')
    expect(out).toContain('Ruang diskusi Anda: Group A')
  })

  it('gives a delegation the passcode and its breakout, never the host key', () => {
    const out = text(
      { kind: 'delegation', name: 'Cook Islands', delegationId: 'ck', zone: 'Pacific/Rarotonga' },
      'en',
    )
    expect(out).toContain('Dear Cook Islands,')
    expect(out).toContain('Passcode: 4821')
    expect(out).toContain('Your breakout room: Group A')
  })

  it('leaves the passcode out of the instructions for everyone', () => {
    const out = text({ kind: 'everyone', name: 'all participants', zone: 'Asia/Jakarta' }, 'en')
    expect(out).not.toContain('Passcode')
    expect(out).not.toContain('4821')
  })

  it('shows the same session on the same day for Kiritimati', () => {
    const out = text(
      { ...tevita, zone: 'Pacific/Kiritimati', delegationId: undefined, participantId: 'p9' },
      'en',
    )
    expect(out).toContain('Monday, 3 August 2026')
    expect(out).toContain('• Mon 16:00–17:30 — Opening')
    expect(out).toContain('Your breakout room: Group B')
  })
})

describe('a passcode this computer cannot open', () => {
  it('is left out rather than printed sealed', () => {
    const sealedRooms = [
      room({ id: 'main', passcode: 'sealed:v1:0123456789abcdef:AAAAAAAAAAAAAAAA:AAAA' }),
    ]
    const parsed = parseTemplate(DEFAULT_INSTRUCTION_TEMPLATES.en, INSTRUCTION_VOCABULARY)
    if (!parsed.ok) throw new Error('default template')
    const out = renderTemplate(
      parsed.nodes,
      instructionContext({
        event,
        sessions,
        rooms: sealedRooms,
        lang: 'en',
        audience: {
          kind: 'participant',
          name: 'A',
          participantId: 'p1',
          delegationId: undefined,
          zone: 'UTC',
        },
      }),
    )
    expect(out).not.toContain('sealed:')
    expect(out).not.toContain('Passcode')
  })
})
