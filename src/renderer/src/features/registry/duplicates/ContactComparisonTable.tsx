import type { MessageKey } from '../../../../../shared/i18n'
import type { Contact } from '../../../../../shared/registry/model'
import {
  compareContacts,
  type ComparedField,
} from '../../../../../shared/registry/views/duplicate-review'
import { localeOf, useI18n } from '../../../i18n/I18nProvider'
import { useCountryName } from '../use-country-name'

const fieldLabels: Record<ComparedField, MessageKey> = {
  honorific: 'form.honorific',
  givenName: 'form.givenName',
  familyName: 'form.familyName',
  fullName: 'form.fullName',
  gender: 'form.gender',
  nationality: 'form.nationality',
  organisation: 'form.organisation',
  position: 'form.position',
  emails: 'form.emails',
  phones: 'form.phones',
  notes: 'form.notes',
  createdAt: 'duplicates.field.createdAt',
}

/** Two records side by side, every field, differing fields marked in words and colour. */
export function ContactComparisonTable(props: {
  records: readonly [Contact, Contact]
  /** Event names per record, once loaded. */
  events: readonly [string[], string[]] | undefined
}) {
  const { t, lang } = useI18n()
  const nameOf = useCountryName()
  const [a, b] = props.records
  const date = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium' })

  const show = (contact: Contact, field: ComparedField): string => {
    switch (field) {
      case 'gender':
        return t(`gender.${contact.gender}`)
      case 'nationality':
        return contact.nationality ? nameOf(contact.nationality) : ''
      case 'emails':
        return contact.emails.join(', ')
      case 'phones':
        return contact.phones.map((p) => p.raw || p.e164).join('; ')
      case 'createdAt':
        return date.format(new Date(contact.createdAt))
      default:
        return contact[field]
    }
  }
  const eventsA = props.events?.[0].join(', ') ?? '…'
  const eventsB = props.events?.[1].join(', ') ?? '…'

  return (
    <table className="table comparison">
      <caption>{t('duplicates.comparison')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('duplicates.field')}</th>
          <th scope="col">{t('duplicates.record', { n: 1 })}</th>
          <th scope="col">{t('duplicates.record', { n: 2 })}</th>
        </tr>
      </thead>
      <tbody>
        {compareContacts(a, b).map(({ field, differs }) => (
          <tr key={field} className={differs ? 'differs' : undefined}>
            <th scope="row">
              {t(fieldLabels[field])}
              {differs && <span className="badge badge-warning">{t('duplicates.differs')}</span>}
            </th>
            <td>{show(a, field) || t('form.none')}</td>
            <td>{show(b, field) || t('form.none')}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t('duplicates.field.events')}</th>
          <td>{eventsA || t('form.none')}</td>
          <td>{eventsB || t('form.none')}</td>
        </tr>
      </tbody>
    </table>
  )
}
