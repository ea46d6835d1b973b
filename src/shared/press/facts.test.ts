import { describe, expect, it } from 'vitest'
import { factKeys, type FactKey } from './catalogue'
import { buildFacts, factText, fromSnapshot, toSnapshot, type FactsInput } from './facts'
import type { PressLang } from './language'
import { sampleInput } from './test-event'

const text = (input: FactsInput, lang: PressLang, key: FactKey) =>
  factText(buildFacts(input)[lang].get(key), lang)

const sessions = [
  // 09:00 Jakarta on 1 Aug and 16:00 Jakarta on 12 Aug, stored as UTC instants.
  { start: '2022-08-01T02:00:00Z', end: '2022-08-01T04:00:00Z' },
  { start: '2022-08-12T09:00:00Z', end: '2022-08-12T10:00:00Z' },
  { start: '2022-08-05T02:00:00Z', end: '2022-08-05T03:00:00Z' },
]

describe('buildFacts: every placeholder in both languages', () => {
  const input = sampleInput({ sessions })
  const expected: Record<FactKey, { id: string; en: string }> = {
    'event.name': {
      id: 'Lokakarya Regional Diplomasi Digital',
      en: 'Regional Workshop on Digital Diplomacy',
    },
    'event.shortName': { id: 'RWDD 2022', en: 'RWDD 2022' },
    'event.theme': {
      id: 'E-Government and E-Governance: Digital Government in Public Service',
      en: 'E-Government and E-Governance: Digital Government in Public Service',
    },
    'event.dates': { id: '1–12 Agustus 2022', en: '1–12 August 2022' },
    'event.startDate': { id: '1 Agustus 2022', en: '1 August 2022' },
    'event.endDate': { id: '12 Agustus 2022', en: '12 August 2022' },
    'event.days': { id: '12', en: '12' },
    'event.venue': { id: 'Jakarta', en: 'Jakarta' },
    'event.mode': { id: 'hibrida', en: 'hybrid' },
    'event.organisers': {
      id: 'Kementerian Luar Negeri bersama BPPTIK',
      en: 'The Ministry of Foreign Affairs and BPPTIK',
    },
    'countries.list': {
      id: 'Fiji, Kaledonia Baru, Kepulauan Cook, Kepulauan Solomon, Kiribati, Nauru, Negara Federasi Mikronesia, Niue, Palau, Papua Nugini, Polinesia Prancis, Republik Kepulauan Marshall, Samoa, Timor Leste, Tonga, Tuvalu dan Vanuatu',
      en: 'Cook Islands, Federated States of Micronesia, Fiji, French Polynesia, Kiribati, Marshall Islands, Nauru, New Caledonia, Niue, Palau, Papua New Guinea, Samoa, Solomon Islands, Timor-Leste, Tonga, Tuvalu and Vanuatu',
    },
    'countries.count': { id: '17', en: '17' },
    'organisations.list': {
      id: 'Pacific Islands Forum Secretariat',
      en: 'Pacific Islands Forum Secretariat',
    },
    'delegations.count': { id: '18', en: '18' },
    'participants.count': { id: '18', en: '18' },
    'participants.inPerson': { id: '11', en: '11' },
    'participants.online': { id: '7', en: '7' },
    'heads.list': {
      id: expect.stringMatching(
        /^Mr GivenFJ FamilyFJ \(Director FJ, Fiji\), .* dan Mr GivenVU FamilyVU \(Director VU, Vanuatu\)$/,
      ) as unknown as string,
      en: expect.stringMatching(
        /^Mr GivenCK FamilyCK \(Director CK, Cook Islands\), .* and Mr GivenVU FamilyVU \(Director VU, Vanuatu\)$/,
      ) as unknown as string,
    },
    'official.name': { id: 'Dr Teuku Faizasyah', en: 'Dr Teuku Faizasyah' },
    'official.honorific': { id: 'Dr', en: 'Dr' },
    'official.position': {
      id: 'Direktur Jenderal Informasi dan Diplomasi Publik',
      en: 'Direktur Jenderal Informasi dan Diplomasi Publik',
    },
    'official.organisation': { id: 'Kementerian Luar Negeri', en: 'Kementerian Luar Negeri' },
    'sessions.count': { id: '3', en: '3' },
    'sessions.dates': { id: '1–12 Agustus 2022', en: '1–12 August 2022' },
    'release.number': { id: '12/PR/VIII/2022', en: '12/PR/VIII/2022' },
    'release.dateline': { id: 'Jakarta, 12 Agustus 2022', en: 'Jakarta, 12 August 2022' },
    'release.date': { id: '12 Agustus 2022', en: '12 August 2022' },
    'release.place': { id: 'Jakarta', en: 'Jakarta' },
  }

  it.each(factKeys.flatMap((key) => (['id', 'en'] as const).map((lang) => [key, lang] as const)))(
    '%s in %s',
    (key, lang) => {
      expect(text(input, lang, key)).toEqual(expected[key][lang])
    },
  )

  it('covers the whole catalogue', () => {
    expect(Object.keys(expected).sort()).toEqual([...factKeys].sort())
  })
})

describe('buildFacts: choices and overrides', () => {
  it('counts only the participants the filter names', () => {
    const online = sampleInput({
      filter: { statuses: ['confirmed', 'attended'], modes: ['online'] },
    })
    expect(text(online, 'en', 'participants.count')).toBe('7')
    expect(text(online, 'en', 'countries.count')).toBe('6')
    const attended = sampleInput({
      filter: { statuses: ['attended'], modes: ['in_person', 'online'] },
    })
    expect(text(attended, 'en', 'countries.count')).toBe('0')
    expect(text(attended, 'en', 'countries.list')).toBe('')
    expect(text(attended, 'en', 'delegations.count')).toBe('1')
  })

  it('uses staff’s official names in lists and in their order', () => {
    const input = sampleInput({
      countryNames: {
        TL: { id: 'Republik Demokratik Timor-Leste', en: 'Democratic Republic of Timor-Leste' },
      },
    })
    expect(text(input, 'id', 'countries.list')).toContain(
      'Republik Demokratik Timor-Leste, Republik Kepulauan Marshall, Samoa, Tonga, Tuvalu dan Vanuatu',
    )
    expect(text(input, 'en', 'countries.list')).toMatch(
      /^Cook Islands, Democratic Republic of Timor-Leste, /,
    )
  })

  it('ignores override keys that are not country codes', () => {
    const input = sampleInput({
      countryNames: JSON.parse('{"__proto__": {"id": "X"}, "constructor": {"id": "Y"}}'),
    })
    expect(text(input, 'id', 'countries.list')).not.toMatch(/\bX\b|\bY\b/)
  })

  it('can order countries by their English names in both languages', () => {
    const input = sampleInput({ countryOrder: 'english' })
    expect(text(input, 'id', 'countries.list')).toMatch(
      /^Kepulauan Cook, Negara Federasi Mikronesia, Fiji, Polinesia Prancis, Kiribati, Republik Kepulauan Marshall, /,
    )
  })

  it('leaves session facts out when the agenda is not available, and empty values empty', () => {
    const input = sampleInput({ profile: {}, release: { number: '', place: '', date: '' } })
    const facts = buildFacts(input)
    expect(facts.id.has('sessions.count')).toBe(false)
    expect(text(input, 'id', 'official.name')).toBe('')
    expect(text(input, 'id', 'event.theme')).toBe('')
    expect(text(input, 'id', 'release.dateline')).toBe('')
  })

  it('writes counts with the language’s digit grouping', () => {
    expect(factText({ kind: 'count', count: 1234 }, 'id')).toBe('1.234')
    expect(factText({ kind: 'count', count: 1234 }, 'en')).toBe('1,234')
  })

  it('falls back to the English event name in Indonesian, and the theme to the other language', () => {
    const input = sampleInput()
    input.event = { ...input.event, nameId: '' }
    expect(text(input, 'id', 'event.name')).toBe('Regional Workshop on Digital Diplomacy')
  })
})

describe('snapshots', () => {
  it('round-trip through JSON', () => {
    const facts = buildFacts(sampleInput())
    const back = fromSnapshot(JSON.parse(JSON.stringify(toSnapshot(facts))))
    expect([...back.id]).toEqual([...facts.id])
    expect([...back.en]).toEqual([...facts.en])
  })

  it('drop unknown keys and malformed values instead of failing', () => {
    const back = fromSnapshot({
      id: [
        ['countries.count', { kind: 'count', count: 3 }],
        ['__proto__', { kind: 'text', text: 'x' }],
        ['event.name', { kind: 'count', count: -1 }],
      ],
      en: 'nonsense',
    })
    expect([...back.id]).toEqual([['countries.count', { kind: 'count', count: 3 }]])
    expect(back.en.size).toBe(0)
    expect(fromSnapshot(null).id.size).toBe(0)
  })
})
