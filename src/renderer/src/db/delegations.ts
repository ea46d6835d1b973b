import type { Delegation } from '../../../shared/registry/model'
import type { DelegationChoice } from '../../../shared/registry/participant-input'
import type { Store } from './store'

/** The event's delegation for a country or organisation, created on first use. Call in a transaction. */
export async function ensureDelegation(
  store: Store,
  eventId: string,
  choice: DelegationChoice,
): Promise<string | undefined> {
  if (!choice) return undefined
  const { db } = store
  const table = db.table<Delegation, string>('delegations')
  const existing =
    choice.kind === 'country'
      ? await table.where('[eventId+countryCode]').equals([eventId, choice.countryCode]).first()
      : (await table.where('eventId').equals(eventId).toArray()).find(
          (d) =>
            d.kind === 'organisation' &&
            d.organisationName?.toLowerCase() === choice.organisationName.toLowerCase(),
        )
  if (existing) return existing.id
  const at = store.now().toISOString()
  const delegation: Delegation = {
    id: store.newId(),
    eventId,
    kind: choice.kind,
    ...(choice.kind === 'country'
      ? { countryCode: choice.countryCode }
      : { organisationName: choice.organisationName }),
    createdAt: at,
    updatedAt: at,
  }
  await table.add(delegation)
  return delegation.id
}
