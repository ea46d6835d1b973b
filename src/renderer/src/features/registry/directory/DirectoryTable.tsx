import type { DirectoryEntry } from '../../../../../shared/registry/views/directory'
import { entryCountries } from '../../../../../shared/registry/views/directory'
import type { StoredContact } from '../../../db'
import { useI18n } from '../../../i18n/I18nProvider'
import { useCountryName } from '../use-country-name'

/** Contacts with their countries and events; those already in this event cannot be selected. */
export function DirectoryTable(props: {
  entries: readonly DirectoryEntry<StoredContact>[]
  eventLabel: (eventId: string) => string
  participating: ReadonlySet<string>
  selected: ReadonlySet<string>
  onSelect: (contactId: string, on: boolean) => void
}) {
  const { t } = useI18n()
  const nameOf = useCountryName()
  return (
    <table className="table directory-table">
      <caption className="visually-hidden">{t('directory.table')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('directory.column.select')}</th>
          <th scope="col">{t('directory.column.name')}</th>
          <th scope="col">{t('directory.column.organisation')}</th>
          <th scope="col">{t('directory.column.countries')}</th>
          <th scope="col">{t('directory.column.events')}</th>
          <th scope="col">{t('directory.column.here')}</th>
        </tr>
      </thead>
      <tbody>
        {props.entries.map((entry) => {
          const { contact } = entry
          const here = props.participating.has(contact.id)
          const events = [...new Set(entry.participations.map((p) => props.eventLabel(p.eventId)))]
          return (
            <tr key={contact.id} className={here ? 'is-participating' : undefined}>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('directory.select', { name: entry.name })}
                  checked={!here && props.selected.has(contact.id)}
                  disabled={here}
                  onChange={(e) => props.onSelect(contact.id, e.target.checked)}
                />
              </td>
              <th scope="row">
                {entry.name}
                {contact.emails[0] && <span className="muted"> · {contact.emails[0]}</span>}
              </th>
              <td>{contact.organisation}</td>
              <td>{entryCountries(entry).map(nameOf).join(', ')}</td>
              <td>{events.join(', ')}</td>
              <td>
                {here && <span className="badge badge-muted">{t('directory.alreadyIn')}</span>}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
