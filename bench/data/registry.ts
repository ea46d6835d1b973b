// One event's registry, deterministic: ~20 delegations (Pacific countries and regional bodies)
// and one participant per generated contact (valid against participantSchema/delegationSchema).
// Participant i depends only on (seed, i) and contact i, so it can be generated in chunks.
import { defaultZoneFor } from '../../src/shared/countries/zones'
import type { EventRecord } from '../../src/shared/events/model'
import type {
  Contact,
  Delegation,
  Participant,
  ParticipantRole,
  ParticipantStatus,
} from '../../src/shared/registry/model'
import { contactAt, DEFAULT_SEED, uuid } from './contacts'
import { countries } from './pools'
import { createRng, type Rng } from './prng'

/** Streams of the seed used by participants and delegations, apart from contacts' 0, 1, 2, … */
const PARTICIPANT_STREAMS = 0x4000_0000
const DELEGATION_STREAMS = 0x7000_0000

export const BENCH_EVENT_ID = 'bench-event-pacific-forum-2026'

/** The event the registry belongs to: a hybrid ministerial meeting in Suva. */
export const benchEvent: EventRecord = {
  id: BENCH_EVENT_ID,
  nameEn: 'Pacific–Indonesia Ministerial Forum 2026',
  nameId: 'Forum Tingkat Menteri Pasifik–Indonesia 2026',
  shortName: 'PIMF 2026',
  kind: 'conference',
  startDate: '2026-08-10',
  endDate: '2026-08-14',
  timeZone: 'Pacific/Fiji',
  venue: 'Grand Pacific Hotel, Suva',
  mode: 'hybrid',
  createdAt: '2026-02-02T01:00:00.000Z',
  updatedAt: '2026-02-02T01:00:00.000Z',
}

/** Delegations without contacts of their own nationality in the pools: a few join them. */
const extraCountries = ['AU', 'CK', 'FM', 'MH', 'NR', 'PW', 'TV'] as const

/** Regional bodies that send their own delegation; their staff sit in it, not their country's. */
export const organisationDelegations = [
  'Pacific Islands Forum Secretariat',
  'Pacific Community (SPC)',
  'Secretariat of the Pacific Regional Environment Programme',
  'Melanesian Spearhead Group Secretariat',
] as const

const DELEGATIONS_CREATED = Date.UTC(2026, 1, 3)
// Participants were registered between 2026-02-03 and 2026-08-01.
const REGISTERED_SPAN = Date.UTC(2026, 7, 1) - DELEGATIONS_CREATED

/** The event's 21 delegations, always the same for a seed: 17 countries, 4 organisations. */
export function generateDelegations(seed: number = DEFAULT_SEED): Delegation[] {
  const codes = [...countries.map((c) => c.code), ...extraCountries]
  const at = (i: number) => new Date(DELEGATIONS_CREATED + i * 60_000).toISOString()
  const id = (i: number) => uuid(createRng(seed, DELEGATION_STREAMS + i))
  return [
    ...codes.map((countryCode, i): Delegation => ({
      id: id(i),
      eventId: BENCH_EVENT_ID,
      kind: 'country',
      countryCode,
      createdAt: at(i),
      updatedAt: at(i),
    })),
    ...organisationDelegations.map((organisationName, j): Delegation => {
      const i = codes.length + j
      return {
        id: id(i),
        eventId: BENCH_EVENT_ID,
        kind: 'organisation',
        organisationName,
        createdAt: at(i),
        updatedAt: at(i),
      }
    }),
  ]
}

/** Picks from `[item, weight]` pairs. */
function weighted<T>(rng: Rng, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((sum, [, w]) => sum + w, 0)
  let roll = rng.next() * total
  for (const [item, w] of table) {
    roll -= w
    if (roll < 0) return item
  }
  return table[table.length - 1]![0]
}

const memberRoles: readonly (readonly [ParticipantRole, number])[] = [
  ['delegate', 50],
  ['adviser', 20],
  ['alternate', 10],
  ['observer', 9],
  ['speaker', 7],
  ['moderator', 4],
]
const statuses: readonly (readonly [ParticipantStatus, number])[] = [
  ['invited', 10],
  ['nominated', 10],
  ['registered', 25],
  ['confirmed', 33],
  ['declined', 5],
  ['cancelled', 3],
  ['attended', 12],
  ['no_show', 2],
]
const dietary = ['Halal', 'Vegetarian', 'No pork', 'Gluten-free', 'No seafood'] as const
const tags = ['VIP', 'side-event', 'gala-dinner', 'media-briefing', 'site-visit'] as const
const visaLetters = [
  ['not_needed', 50],
  ['needed', 15],
  ['requested', 15],
  ['issued', 20],
] as const

/** An ISO instant on `day` of August 2026 at a random quarter hour (UTC). */
function augustInstant(rng: Rng, day: number): string {
  return new Date(Date.UTC(2026, 7, day, rng.int(24), rng.int(4) * 15)).toISOString()
}

function delegationFor(
  index: number,
  contact: Contact,
  delegations: readonly Delegation[],
  rng: Rng,
): Delegation | undefined {
  // The first participants are the heads, one for each delegation (the app keeps one head).
  if (index < delegations.length) return delegations[index]
  if (rng.chance(0.04)) return undefined // organisers, media: no delegation
  const ownBody = delegations.find((d) => d.organisationName === contact.organisation)
  if (ownBody && rng.chance(0.7)) return ownBody
  if (rng.chance(0.03)) return rng.pick(delegations) // e.g. a diplomat posted abroad
  return delegations.find((d) => d.countryCode === contact.nationality)
}

/** Participant `index` of the event: contact `index` taking part, with a realistic state. */
export function participantAt(
  index: number,
  contact: Contact,
  delegations: readonly Delegation[],
  seed: number = DEFAULT_SEED,
): Participant {
  const rng = createRng(seed, PARTICIPANT_STREAMS + index)
  const delegation = delegationFor(index, contact, delegations, rng)
  const role: ParticipantRole =
    index < delegations.length
      ? 'head'
      : delegation
        ? weighted(rng, memberRoles)
        : rng.pick(['organiser', 'organiser', 'media'] as const)
  const mode = rng.chance(0.65) ? 'in_person' : 'online'
  const status = weighted(rng, statuses)
  const inPerson = mode === 'in_person'
  const passportNumber =
    inPerson && rng.chance(0.7) ? `${rng.pick(['A', 'B', 'P'])}${rng.digits(7)}` : ''
  const created = DELEGATIONS_CREATED + rng.int(REGISTERED_SPAN)
  const updated = created + rng.int(DELEGATIONS_CREATED + REGISTERED_SPAN - created)
  const zone = !inPerson && contact.nationality ? defaultZoneFor(contact.nationality) : undefined
  const participant: Participant = {
    id: uuid(rng),
    eventId: BENCH_EVENT_ID,
    contactId: contact.id,
    ...(delegation ? { delegationId: delegation.id } : {}),
    role,
    mode,
    status,
    dietary: rng.chance(0.15) ? rng.pick(dietary) : '',
    accessibility: rng.chance(0.02) ? 'Wheelchair access to the plenary hall' : '',
    tags: rng.chance(0.2) ? [rng.pick(tags)] : [],
    documents: {
      nominationLetter: status !== 'invited' && rng.chance(0.85),
      passportNumber,
      ...(passportNumber
        ? { passportExpiry: `${2027 + rng.int(8)}-0${1 + rng.int(9)}-1${rng.int(10)}` }
        : {}),
      visaLetter: inPerson ? weighted(rng, visaLetters) : 'not_needed',
    },
    ...(zone ? { timeZone: zone } : {}),
    notes: rng.chance(0.05) ? 'Confirmed by note verbale.' : '',
    createdAt: new Date(created).toISOString(),
    updatedAt: new Date(updated).toISOString(),
  }
  if (inPerson && rng.chance(0.6)) {
    participant.arrival = augustInstant(rng, 8 + rng.int(2))
    participant.departure = augustInstant(rng, 14 + rng.int(2))
  }
  return participant
}

export interface GeneratedRegistry {
  contacts: Contact[]
  participants: Participant[]
}

/** Contacts start .. start+count-1 and their participation in the event. */
export function generateRegistry(
  start: number,
  count: number,
  delegations: readonly Delegation[],
  seed?: number,
): GeneratedRegistry {
  const contacts: Contact[] = []
  const participants: Participant[] = []
  for (let i = start; i < start + count; i++) {
    const contact = contactAt(i, seed)
    contacts.push(contact)
    participants.push(participantAt(i, contact, delegations, seed))
  }
  return { contacts, participants }
}
