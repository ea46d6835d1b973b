import { useMemo, useState } from 'react'
import { directoryCountries, filterDirectory } from '../../../../../shared/registry/views/directory'
import { useAppData } from '../../../app/AppData'
import { useI18n } from '../../../i18n/I18nProvider'
import { Button } from '../../../ui/Button'
import { EmptyState } from '../../../ui/EmptyState'
import { SelectField, TextField } from '../../../ui/Field'
import { displayEventName } from '../../events/event-format'
import type { RegistryViewProps } from '../RegistryArea'
import { useUndoableChange } from '../delegations/use-undoable-change'
import { useCountryName } from '../use-country-name'
import { CountryChecklist } from './CountryChecklist'
import { DirectoryTable } from './DirectoryTable'
import { useDirectory } from './use-directory'

// Rows drawn at once; "select all" still covers every match, shown or not.
const ROWS_SHOWN = 200

/** Everyone the ministry has met, across events, to search and invite to this event. */
export function DirectoryView({ event, registry, reload }: RegistryViewProps) {
  const { t, lang } = useI18n()
  const { repos, events, readOnly } = useAppData()
  const nameOf = useCountryName()
  const change = useUndoableChange(reload)
  const entries = useDirectory(events, event.id, registry)
  const [query, setQuery] = useState('')
  const [pastEvent, setPastEvent] = useState('')
  const [countries, setCountries] = useState<ReadonlySet<string>>(new Set())
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())

  const participating = useMemo(
    () => new Set(registry.participants.map((p) => p.contactId)),
    [registry.participants],
  )
  const pastEvents = useMemo(
    () =>
      events
        .filter((e) => e.id !== event.id)
        .sort((a, b) => b.startDate.localeCompare(a.startDate))
        .map((e) => ({
          value: e.id,
          label: e.shortName
            ? `${displayEventName(e, lang)} (${e.shortName})`
            : displayEventName(e, lang),
        })),
    [events, event.id, lang],
  )
  const eventLabel = useMemo(() => {
    const labels = new Map(events.map((e) => [e.id, e.shortName || displayEventName(e, lang)]))
    return (id: string) => labels.get(id) ?? ''
  }, [events, lang])
  const countryOptions = useMemo(() => {
    const codes = new Set([
      ...directoryCountries(entries ?? [], pastEvent || undefined),
      ...countries,
    ])
    const collator = new Intl.Collator(lang)
    return [...codes]
      .map((code) => ({ code, name: nameOf(code) }))
      .sort((a, b) => collator.compare(a.name, b.name))
  }, [entries, pastEvent, countries, nameOf, lang])
  const matches = useMemo(
    () =>
      filterDirectory(entries ?? [], {
        query,
        ...(pastEvent ? { eventId: pastEvent } : {}),
        countries: [...countries],
      }),
    [entries, query, pastEvent, countries],
  )
  const addable = useMemo(
    () => matches.filter((e) => !participating.has(e.contact.id)).map((e) => e.contact.id),
    [matches, participating],
  )

  if (!entries) return <p className="muted">{t('directory.loading')}</p>
  if (entries.length === 0)
    return <EmptyState title={t('directory.empty.title')} body={t('directory.empty.body')} />

  const chosen = [...selected].filter((id) => !participating.has(id))
  const allChosen = addable.length > 0 && addable.every((id) => selected.has(id))
  const select = (ids: readonly string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current)
      for (const id of ids) {
        if (on) next.add(id)
        else next.delete(id)
      }
      return next
    })
  const add = async () => {
    await change(
      () => repos.contacts.addToEvent(chosen, event.id),
      (token) =>
        t('directory.added', {
          count: token.createdIds.length,
          event: displayEventName(event, lang),
        }),
    )
    setSelected(new Set())
  }

  return (
    <div className="directory-view">
      <div className="directory-filters">
        <TextField
          label={t('directory.search')}
          hint={t('directory.searchHint')}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <SelectField
          label={t('directory.pastEvent')}
          value={pastEvent}
          onChange={(e) => setPastEvent(e.target.value)}
          options={[{ value: '', label: t('directory.anyEvent') }, ...pastEvents]}
        />
        <CountryChecklist options={countryOptions} selected={countries} onChange={setCountries} />
      </div>
      <div className="directory-actions">
        <p role="status">
          {t('directory.count', { shown: matches.length, total: entries.length })}
        </p>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={allChosen}
            disabled={addable.length === 0}
            onChange={(e) => select(addable, e.target.checked)}
          />
          {t('directory.selectAll', { count: addable.length })}
        </label>
        <span className="muted">{t('directory.selected', { count: chosen.length })}</span>
        <Button
          variant="primary"
          disabled={readOnly || chosen.length === 0}
          onClick={() => void add()}
        >
          {t('directory.add')}
        </Button>
      </div>
      {matches.length === 0 ? (
        <p className="muted">{t('directory.noResults')}</p>
      ) : (
        <DirectoryTable
          entries={matches.slice(0, ROWS_SHOWN)}
          eventLabel={eventLabel}
          participating={participating}
          selected={selected}
          onSelect={(id, on) => select([id], on)}
        />
      )}
      {matches.length > ROWS_SHOWN && (
        <p className="muted">{t('directory.shownFirst', { shown: ROWS_SHOWN })}</p>
      )}
    </div>
  )
}
