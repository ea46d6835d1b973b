import { useCallback, useEffect, useMemo, useState } from 'react'
import type { EventRecord } from '../../../../shared/events/model'
import {
  buildFacts,
  type CountryOrder,
  type PressFacts,
  type PressProfile,
  type ReleaseDetails,
} from '../../../../shared/press/facts'
import type { ParticipantFilter } from '../../../../shared/press/participant-filter'
import { useAppData } from '../../app/AppData'
import type { EventRegistry } from '../../db'
import type { SessionSpan } from '../../db/press-repo'

export interface FactsSource {
  registry: EventRegistry
  sessions: SessionSpan[]
  profile: PressProfile
}

/** Reads what facts are made of: the event's registry, its sessions and its press profile. */
export async function loadFactsSource(
  repos: ReturnType<typeof useAppData>['repos'],
  eventId: string,
): Promise<FactsSource> {
  const [registry, sessions, profile] = await Promise.all([
    repos.participants.loadEvent(eventId),
    repos.press.loadSessions(eventId),
    repos.press.getProfile(eventId),
  ])
  return { registry, sessions, profile }
}

export interface FactChoices {
  filter: ParticipantFilter
  countryOrder: CountryOrder
  release: ReleaseDetails
}

export function computeFacts(
  event: EventRecord,
  source: FactsSource,
  choices: FactChoices,
  countryNames: ReturnType<typeof useAppData>['countryNames'],
): PressFacts {
  return buildFacts({
    event,
    profile: source.profile,
    participants: source.registry.participants,
    contacts: source.registry.contacts,
    delegations: source.registry.delegations,
    filter: choices.filter,
    countryOrder: choices.countryOrder,
    countryNames,
    sessions: source.sessions,
    release: choices.release,
  })
}

/** The facts as they are now, recomputed when the choices change; `reload` reads the registry again. */
export function usePressFacts(event: EventRecord, choices: FactChoices) {
  const { repos, countryNames } = useAppData()
  const [source, setSource] = useState<FactsSource>()

  const reload = useCallback(async () => {
    const next = await loadFactsSource(repos, event.id)
    setSource(next)
    return next
  }, [repos, event.id])

  useEffect(() => {
    let cancelled = false
    void loadFactsSource(repos, event.id).then((next) => {
      if (!cancelled) setSource(next)
    })
    return () => {
      cancelled = true
    }
  }, [repos, event.id])

  const { filter, countryOrder, release } = choices
  const facts = useMemo(
    () =>
      source
        ? computeFacts(event, source, { filter, countryOrder, release }, countryNames)
        : undefined,
    [event, source, filter, countryOrder, release, countryNames],
  )
  return { facts, source, reload }
}
