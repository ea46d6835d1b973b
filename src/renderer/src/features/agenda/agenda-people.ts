import {
  delegationZones,
  participantZone,
  type ResolvedZone,
} from '../../../../shared/agenda/zones'
import type { EventRecord } from '../../../../shared/events/model'
import { displayName, sortName } from '../../../../shared/people/names'
import type { Delegation, Participant } from '../../../../shared/registry/model'
import { delegationLabel } from '../../../../shared/registry/registry-view'
import type { EventRegistry, StoredContact } from '../../db'

// The registry as the agenda needs it: people and delegations with names and clocks.

export interface AgendaPerson {
  participant: Participant
  contact: StoredContact | undefined
  name: string
  sortKey: string
  delegationId: string | undefined
  delegationName: string
  /** The delegation's country, when it is one. */
  countryCode: string | undefined
  emails: string[]
  zone: ResolvedZone
}

export interface AgendaDelegation {
  delegation: Delegation
  name: string
  zones: ResolvedZone[]
}

export function agendaPeople(
  registry: EventRegistry,
  event: EventRecord,
  countryName: (code: string) => string,
): AgendaPerson[] {
  const delegations = new Map(registry.delegations.map((d) => [d.id, d]))
  return registry.participants
    .map((p) => {
      const contact = registry.contacts.get(p.contactId)
      const delegation = p.delegationId ? delegations.get(p.delegationId) : undefined
      return {
        participant: p,
        contact,
        name: contact ? displayName(contact) : '',
        sortKey: contact ? sortName(contact).toLowerCase() : '',
        delegationId: p.delegationId,
        delegationName: delegationLabel(delegation, countryName),
        countryCode: delegation?.countryCode,
        emails: contact?.emails ?? [],
        zone: participantZone(p, delegation, event.timeZone),
      }
    })
    .sort((a, b) => a.sortKey.localeCompare(b.sortKey))
}

export function agendaDelegations(
  registry: EventRegistry,
  event: EventRecord,
  countryName: (code: string) => string,
): AgendaDelegation[] {
  return registry.delegations
    .map((d) => ({
      delegation: d,
      name: delegationLabel(d, countryName),
      zones: delegationZones(d, registry.participants, event.timeZone),
    }))
    .sort((a, b) => a.name.localeCompare(b.name))
}
