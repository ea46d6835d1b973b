import { countryName, type NameLang, type NameOverrides } from '../../countries'
import { orderWithinDelegation, protocolOrder, type ProtocolOrderBy } from '../../people'
import type {
  Contact,
  Delegation,
  Participant,
  ParticipantStatus,
  ParticipationMode,
} from '../model'
import { participantStatuses, participationModes } from '../model'
import { delegationLabel } from '../registry-view'
import { countBy, type CountRow } from './counts'

export interface DelegationMemberRow<C extends Contact = Contact> {
  participant: Participant
  contact: C
}

export interface DelegationGroup<C extends Contact = Contact> {
  /** Undefined for the participants who have no delegation yet (always listed last). */
  delegation: Delegation | undefined
  /** The delegation's name in the order's language, with staff's official names. */
  name: string
  /** Head first, then by role rank, then by sort name. */
  members: DelegationMemberRow<C>[]
  head: DelegationMemberRow<C> | undefined
  /** Statuses and modes with at least one member, in the registry's order. */
  byStatus: CountRow<ParticipantStatus>[]
  byMode: CountRow<ParticipationMode>[]
}

export interface GroupOptions {
  by: ProtocolOrderBy
  names?: NameOverrides
}

function langOf(by: ProtocolOrderBy): NameLang {
  return typeof by === 'string' ? by : by.lang
}

/**
 * The event's participants grouped by delegation, delegations in protocol order (empty ones
 * left out), members in protocol order within each. One pass to group, then a sort per group.
 */
export function groupByDelegation<C extends Contact>(
  participants: readonly Participant[],
  contacts: ReadonlyMap<string, C>,
  delegations: readonly Delegation[],
  options: GroupOptions,
): DelegationGroup<C>[] {
  const lang = langOf(options.by)
  const known = new Set(delegations.map((d) => d.id))
  const byDelegation = new Map<string, DelegationMemberRow<C>[]>()
  const without: DelegationMemberRow<C>[] = []
  for (const participant of participants) {
    const contact = contacts.get(participant.contactId)
    if (!contact) continue
    const row = { participant, contact }
    const id = participant.delegationId
    if (!id || !known.has(id)) {
      without.push(row)
      continue
    }
    const list = byDelegation.get(id)
    if (list) list.push(row)
    else byDelegation.set(id, [row])
  }
  const used = delegations.filter((d) => byDelegation.has(d.id))
  const ordered = protocolOrder(used, {
    by: options.by,
    ...(options.names ? { names: options.names } : {}),
  })
  const nameOf = (code: string) => countryName(code, lang, options.names)
  const groups = ordered.map((d) =>
    makeGroup(d, delegationLabel(d, nameOf), byDelegation.get(d.id)!, lang),
  )
  if (without.length > 0) groups.push(makeGroup(undefined, '', without, lang))
  return groups
}

function makeGroup<C extends Contact>(
  delegation: Delegation | undefined,
  name: string,
  rows: DelegationMemberRow<C>[],
  lang: NameLang,
): DelegationGroup<C> {
  const members = orderWithinDelegation(rows, lang)
  const nonZero = <K extends string>(list: CountRow<K>[]) => list.filter((r) => r.count > 0)
  return {
    delegation,
    name,
    members,
    head: members.find((m) => m.participant.role === 'head'),
    byStatus: nonZero(countBy(rows, (r) => r.participant.status, participantStatuses)),
    byMode: nonZero(countBy(rows, (r) => r.participant.mode, participationModes)),
  }
}
