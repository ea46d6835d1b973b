import { z } from 'zod'
import { countryName, type NameOverrides } from '../countries'
import type { EventRecord } from '../events/model'
import { displayName, protocolOrder, type NameParts } from '../people'
import type { Contact, Delegation, Participant } from '../registry/model'
import { isValidTimeZone, utcToZonedLocal } from '../time/zones'
import { factCatalogue, type FactKey } from './catalogue'
import { daysInclusive, formatDateRange, formatPressDate } from './dates'
import { joinList } from './join-list'
import { pressLocale, type PressLang } from './language'
import { countsParticipant, type ParticipantFilter } from './participant-filter'

// The facts a release is written from, per language, computed from the event, its registry, the
// release's own details and the writer's choice of who counts. Facts are values, not code: text,
// a count, or a list of names that the language's rules join.

export type FactValue =
  | { kind: 'text'; text: string }
  | { kind: 'count'; count: number }
  | { kind: 'list'; items: string[] }

export type LangFacts = ReadonlyMap<FactKey, FactValue>
export type PressFacts = Readonly<Record<PressLang, LangFacts>>

/** How the countries are ordered in lists: by their name in the release's language, or English. */
export const countryOrders = ['language', 'english'] as const
export type CountryOrder = (typeof countryOrders)[number]

/** What a release knows about its event beyond the event record; one per event. */
export const pressProfileSchema = z.object({
  eventId: z.string().min(1).max(64),
  themeEn: z.string().max(500).default(''),
  themeId: z.string().max(500).default(''),
  organisersEn: z.string().max(1000).default(''),
  organisersId: z.string().max(1000).default(''),
  /** The participant quoted as the official (honorific, name, position come from the registry). */
  officialParticipantId: z.string().max(64).optional(),
  updatedAt: z.string().optional(),
})
export type PressProfile = z.infer<typeof pressProfileSchema>

export interface ReleaseDetails {
  number: string
  place: string
  /** "YYYY-MM-DD" or '' when not set. */
  date: string
}

export type FactContact = NameParts & Partial<Pick<Contact, 'position' | 'organisation'>>

export interface FactsInput {
  event: Pick<
    EventRecord,
    'nameEn' | 'nameId' | 'shortName' | 'startDate' | 'endDate' | 'venue' | 'mode' | 'timeZone'
  >
  profile?: Partial<PressProfile>
  participants: readonly Pick<
    Participant,
    'id' | 'contactId' | 'delegationId' | 'role' | 'status' | 'mode'
  >[]
  contacts: ReadonlyMap<string, FactContact>
  delegations: readonly Pick<Delegation, 'id' | 'kind' | 'countryCode' | 'organisationName'>[]
  filter: ParticipantFilter
  countryNames?: NameOverrides
  countryOrder?: CountryOrder
  /** The event's sessions; undefined when the agenda is not available (session facts stay empty). */
  sessions?: readonly { start: string; end: string }[]
  release: ReleaseDetails
}

const modeWords: Record<PressLang, Record<EventRecord['mode'], string>> = {
  id: { hybrid: 'hibrida', online: 'daring', in_person: 'luring' },
  en: { hybrid: 'hybrid', online: 'online', in_person: 'in person' },
}

const text = (value: string): FactValue => ({ kind: 'text', text: value.trim() })
const count = (n: number): FactValue => ({ kind: 'count', count: n })
const list = (items: string[]): FactValue => ({ kind: 'list', items })

function safeDate(iso: string, lang: PressLang): string {
  try {
    return formatPressDate(iso, lang)
  } catch {
    return ''
  }
}

function sessionDates(
  sessions: readonly { start: string; end: string }[],
  zone: string,
): { first: string; last: string } | undefined {
  const valid = sessions.filter(
    (s) => Number.isFinite(Date.parse(s.start)) && Number.isFinite(Date.parse(s.end)),
  )
  if (valid.length === 0 || !isValidTimeZone(zone)) return undefined
  const starts = valid.map((s) => utcToZonedLocal(s.start, zone).slice(0, 10))
  // A session ending at midnight belongs to the day before.
  const ends = valid.map((s) =>
    utcToZonedLocal(
      new Date(Math.max(Date.parse(s.start), Date.parse(s.end) - 60_000)).toISOString(),
      zone,
    ).slice(0, 10),
  )
  return { first: starts.sort()[0]!, last: ends.sort()[ends.length - 1]! }
}

function factsFor(input: FactsInput, lang: PressLang): Map<FactKey, FactValue> {
  const { event, filter } = input
  const profile = input.profile ?? {}
  const facts = new Map<FactKey, FactValue>()

  facts.set('event.name', text(lang === 'id' ? event.nameId || event.nameEn : event.nameEn))
  facts.set('event.shortName', text(event.shortName))
  const themeEn = profile.themeEn ?? ''
  const themeId = profile.themeId ?? ''
  facts.set('event.theme', text(lang === 'id' ? themeId || themeEn : themeEn || themeId))
  facts.set('event.dates', text(safeRange(event.startDate, event.endDate, lang)))
  facts.set('event.startDate', text(safeDate(event.startDate, lang)))
  facts.set('event.endDate', text(safeDate(event.endDate, lang)))
  facts.set('event.days', count(safeDays(event.startDate, event.endDate)))
  facts.set('event.venue', text(event.venue))
  facts.set('event.mode', text(modeWords[lang][event.mode]))
  facts.set(
    'event.organisers',
    text((lang === 'id' ? profile.organisersId : profile.organisersEn) ?? ''),
  )

  const counted = input.participants.filter((p) => countsParticipant(filter, p))
  const used = new Set(counted.map((p) => p.delegationId).filter((id) => id !== undefined))
  const orderLang = input.countryOrder === 'english' ? 'en' : lang
  const present = protocolOrder(
    input.delegations.filter((d) => used.has(d.id)),
    { by: orderLang, ...(input.countryNames ? { names: input.countryNames } : {}) },
  )
  const countryCodes = [
    ...new Set(
      present.flatMap((d) => (d.kind === 'country' && d.countryCode ? [d.countryCode] : [])),
    ),
  ]
  const delegationName = new Map(
    present.map((d) => [
      d.id,
      d.kind === 'country' && d.countryCode
        ? countryName(d.countryCode, lang, input.countryNames)
        : (d.organisationName ?? '').trim(),
    ]),
  )
  facts.set(
    'countries.list',
    list(countryCodes.map((c) => countryName(c, lang, input.countryNames))),
  )
  facts.set('countries.count', count(countryCodes.length))
  facts.set(
    'organisations.list',
    list(
      present
        .filter((d) => d.kind === 'organisation')
        .map((d) => delegationName.get(d.id) ?? '')
        .filter(Boolean),
    ),
  )
  facts.set('delegations.count', count(present.length))
  facts.set('participants.count', count(counted.length))
  facts.set('participants.inPerson', count(counted.filter((p) => p.mode === 'in_person').length))
  facts.set('participants.online', count(counted.filter((p) => p.mode === 'online').length))

  const order = new Map(present.map((d, i) => [d.id, i]))
  const heads = counted
    .filter((p) => p.role === 'head' && p.delegationId && order.has(p.delegationId))
    .sort((a, b) => order.get(a.delegationId!)! - order.get(b.delegationId!)!)
    .flatMap((p) => {
      const contact = input.contacts.get(p.contactId)
      if (!contact) return []
      const name = displayName(contact)
      const details = [contact.position?.trim(), delegationName.get(p.delegationId!)].filter(
        Boolean,
      )
      return name ? [details.length ? `${name} (${details.join(', ')})` : name] : []
    })
  facts.set('heads.list', list(heads))

  const official = input.participants.find((p) => p.id === profile.officialParticipantId)
  const officialContact = official ? input.contacts.get(official.contactId) : undefined
  facts.set('official.name', text(officialContact ? displayName(officialContact) : ''))
  facts.set('official.honorific', text(officialContact?.honorific ?? ''))
  facts.set('official.position', text(officialContact?.position ?? ''))
  facts.set('official.organisation', text(officialContact?.organisation ?? ''))

  if (input.sessions) {
    facts.set('sessions.count', count(input.sessions.length))
    const span = sessionDates(input.sessions, event.timeZone)
    facts.set('sessions.dates', text(span ? safeRange(span.first, span.last, lang) : ''))
  }

  const { release } = input
  const date = release.date ? safeDate(release.date, lang) : ''
  facts.set('release.number', text(release.number))
  facts.set('release.place', text(release.place))
  facts.set('release.date', text(date))
  facts.set('release.dateline', text([release.place.trim(), date].filter(Boolean).join(', ')))
  return facts
}

function safeRange(start: string, end: string, lang: PressLang): string {
  try {
    return formatDateRange(start, end, lang)
  } catch {
    return ''
  }
}

function safeDays(start: string, end: string): number {
  try {
    return Math.max(0, daysInclusive(start, end))
  } catch {
    return 0
  }
}

export function buildFacts(input: FactsInput): PressFacts {
  return { id: factsFor(input, 'id'), en: factsFor(input, 'en') }
}

/**
 * The text a fact puts into a release in `lang`: counts with the language's digit grouping
 * ("1.234" / "1,234"), lists joined by the house rule. '' means there is no value.
 */
export function factText(value: FactValue | undefined, lang: PressLang): string {
  if (!value) return ''
  switch (value.kind) {
    case 'text':
      return value.text
    case 'count':
      return new Intl.NumberFormat(pressLocale[lang]).format(value.count)
    case 'list':
      return joinList(value.items, lang)
  }
}

// Stored snapshots: the facts a draft was written from, as plain JSON (Maps do not survive JSON).

const factValueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string().max(20_000) }),
  z.object({ kind: z.literal('count'), count: z.number().int().min(0).max(10_000_000) }),
  z.object({ kind: z.literal('list'), items: z.array(z.string().max(1_000)).max(5_000) }),
])

const snapshotEntrySchema = z.tuple([z.string().max(100), factValueSchema])
const MAX_SNAPSHOT_ENTRIES = 200

export type FactsSnapshot = Record<PressLang, [FactKey, FactValue][]>

export function toSnapshot(facts: PressFacts): FactsSnapshot {
  return { id: [...facts.id], en: [...facts.en] }
}

/** A stored snapshot back as facts; unknown keys and malformed values are left out. */
export function fromSnapshot(raw: unknown): PressFacts {
  const read = (lang: PressLang): LangFacts => {
    const value =
      typeof raw === 'object' && raw !== null && Object.hasOwn(raw, lang)
        ? (raw as Record<string, unknown>)[lang]
        : undefined
    const facts = new Map<FactKey, FactValue>()
    if (!Array.isArray(value)) return facts
    for (const entry of value.slice(0, MAX_SNAPSHOT_ENTRIES)) {
      const parsed = snapshotEntrySchema.safeParse(entry)
      if (parsed.success && factCatalogue.has(parsed.data[0]))
        facts.set(parsed.data[0] as FactKey, parsed.data[1])
    }
    return facts
  }
  return { id: read('id'), en: read('en') }
}
