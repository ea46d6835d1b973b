import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import type { EventRecord } from '../../../shared/events/model'
import type { NameOverrides } from '../../../shared/countries/country-names'
import type { DataLayer, Repositories } from '../db'

interface AppDataValue {
  repos: Repositories
  readOnly: boolean
  storedVersion?: number
  events: EventRecord[]
  currentEvent: EventRecord | undefined
  selectEvent: (id: string | null) => Promise<void>
  refreshEvents: () => Promise<void>
  countryNames: NameOverrides
  setCountryNames: (overrides: NameOverrides) => Promise<void>
}

const AppDataContext = createContext<AppDataValue | null>(null)

export function AppDataProvider(props: {
  data: DataLayer
  initialEventId: string | undefined
  initialEvents: EventRecord[]
  initialCountryNames: NameOverrides
  children: ReactNode
}) {
  const { repos, readOnly } = props.data
  const [events, setEvents] = useState<EventRecord[]>(props.initialEvents)
  const [currentId, setCurrentId] = useState<string | undefined>(props.initialEventId)

  const refreshEvents = useCallback(async () => {
    setEvents(await repos.events.list({ includeArchived: true }))
  }, [repos])

  const selectEvent = useCallback(
    async (id: string | null) => {
      setCurrentId(id ?? undefined)
      if (!readOnly) await repos.settings.setLastEventId(id)
    },
    [repos, readOnly],
  )

  const [countryNames, setCountryNamesState] = useState<NameOverrides>(props.initialCountryNames)
  const setCountryNames = useCallback(
    async (overrides: NameOverrides) => {
      await repos.settings.setCountryNames(overrides)
      setCountryNamesState(overrides)
    },
    [repos],
  )

  const currentEvent = events.find((e) => e.id === currentId && !e.archivedAt)
  const value = useMemo<AppDataValue>(
    () => ({
      repos,
      readOnly,
      ...(props.data.storedVersion !== undefined
        ? { storedVersion: props.data.storedVersion }
        : {}),
      events,
      currentEvent,
      selectEvent,
      refreshEvents,
      countryNames,
      setCountryNames,
    }),
    [
      repos,
      readOnly,
      props.data.storedVersion,
      events,
      currentEvent,
      selectEvent,
      refreshEvents,
      countryNames,
      setCountryNames,
    ],
  )
  return <AppDataContext.Provider value={value}>{props.children}</AppDataContext.Provider>
}

export function useAppData(): AppDataValue {
  const value = useContext(AppDataContext)
  if (!value) throw new Error('useAppData outside AppDataProvider')
  return value
}
