import { countryName, type NameLang, type NameOverrides } from '../countries'
import type { Delegation, Participant, ParticipantRole, ParticipantStatus } from '../registry/model'
import { sortName, type NameParts } from './names'

export type ProtocolOrderBy = NameLang | { drawnFirst: string; lang: NameLang }

export interface ProtocolOrderOptions {
  by: ProtocolOrderBy
  /** Staff's official country names; they decide the alphabetical order too. */
  names?: NameOverrides
}

type DelegationLike = Pick<Delegation, 'id' | 'kind' | 'countryCode' | 'organisationName'>

function delegationName(d: DelegationLike, lang: NameLang, names?: NameOverrides): string {
  if (d.kind === 'country' && d.countryCode) return countryName(d.countryCode, lang, names)
  return (d.organisationName ?? '').trim()
}

/**
 * Delegations in protocol order for seating, speaking and the List of Participants.
 *
 * Countries and territories come first, alphabetically by the name printed in the chosen language
 * (so "Selandia Baru" sits among the S's in Indonesian and "New Zealand" among the N's in English).
 * With a country drawn by lot, the same alphabetical list starts at that country and wraps around;
 * if the drawn country has no delegation, it starts at the first name that follows the drawn one.
 * Organisations (and country delegations missing their code) follow all countries, alphabetically,
 * as international organisations are seated after states. Ties fall back to id, so the order is
 * stable. Returns a new array; the input is not changed.
 */
export function protocolOrder<D extends DelegationLike>(
  delegations: readonly D[],
  options: ProtocolOrderOptions,
): D[] {
  const lang = typeof options.by === 'string' ? options.by : options.by.lang
  const collator = new Intl.Collator(lang)
  const named = delegations.map((d) => ({ d, name: delegationName(d, lang, options.names) }))
  const byName = (a: (typeof named)[number], b: (typeof named)[number]): number =>
    collator.compare(a.name, b.name) || (a.d.id < b.d.id ? -1 : a.d.id > b.d.id ? 1 : 0)
  const isCountry = (x: (typeof named)[number]): boolean =>
    x.d.kind === 'country' && Boolean(x.d.countryCode)
  const countries = named.filter(isCountry).sort(byName)
  const others = named.filter((x) => !isCountry(x)).sort(byName)

  let start = 0
  if (typeof options.by !== 'string') {
    const drawn = options.by.drawnFirst
    const drawnName = countryName(drawn, lang, options.names)
    const exact = countries.findIndex((x) => x.d.countryCode === drawn)
    const following = countries.findIndex((x) => collator.compare(x.name, drawnName) >= 0)
    start = exact >= 0 ? exact : following >= 0 ? following : 0
  }
  const rotated = [...countries.slice(start), ...countries.slice(0, start)]
  return [...rotated, ...others].map((x) => x.d)
}

/**
 * Protocol rank of a role within a delegation. Follows the usual credentials order (head of
 * delegation, alternate representatives, delegates, advisers), then programme roles a delegation
 * member may also hold (speaker, moderator), then people who are not full members of the
 * delegation (observers), and last event staff and press (organiser, media).
 */
export const roleProtocolOrder: readonly ParticipantRole[] = [
  'head',
  'alternate',
  'delegate',
  'adviser',
  'speaker',
  'moderator',
  'observer',
  'organiser',
  'media',
]

export interface DelegationMember {
  participant: Pick<Participant, 'id' | 'role'>
  contact: NameParts
}

/** Members of one delegation: head first, then by role rank, then alphabetically by sortName. */
export function orderWithinDelegation<M extends DelegationMember>(
  members: readonly M[],
  lang: NameLang = 'en',
): M[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base' })
  const rank = (m: M): number => {
    const r = roleProtocolOrder.indexOf(m.participant.role)
    return r < 0 ? roleProtocolOrder.length : r
  }
  return members
    .map((m) => ({ m, rank: rank(m), name: sortName(m.contact) }))
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        collator.compare(a.name, b.name) ||
        (a.m.participant.id < b.m.participant.id ? -1 : 1),
    )
    .map((x) => x.m)
}

/** Statuses that take a participant out of the delegation, so a replaced head is no conflict. */
const WITHDRAWN: ReadonlySet<ParticipantStatus> = new Set(['declined', 'cancelled'])

/**
 * Rule: a delegation has at most one head. Returns the ids of the heads of every delegation that
 * has more than one (participants without a delegation are not checked); withdrawn participants
 * (declined, cancelled) do not count. Empty when the rule holds.
 */
export function checkSingleHead(
  participants: readonly (Pick<Participant, 'id' | 'role' | 'delegationId'> & {
    status?: ParticipantStatus
  })[],
): string[] {
  const headsByDelegation = new Map<string, string[]>()
  for (const p of participants) {
    if (p.role !== 'head' || !p.delegationId || (p.status && WITHDRAWN.has(p.status))) continue
    const heads = headsByDelegation.get(p.delegationId)
    if (heads) heads.push(p.id)
    else headsByDelegation.set(p.delegationId, [p.id])
  }
  return [...headsByDelegation.values()].filter((ids) => ids.length > 1).flat()
}
