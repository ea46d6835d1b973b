import type { MessageKey } from '../../../../../shared/i18n'
import type { DiffField, FieldChange } from '../../../../../shared/import-plan/types'
import { utcToZonedLocal } from '../../../../../shared/time/zones'
import type { Translate } from '../../../i18n/I18nProvider'

const labels: Record<DiffField, MessageKey> = {
  name: 'import.field.fullName',
  honorific: 'import.field.honorific',
  gender: 'import.field.gender',
  organisation: 'import.field.organisation',
  position: 'import.field.position',
  emails: 'import.field.email',
  phones: 'import.field.phone',
  nationality: 'import.field.nationality',
  delegation: 'import.field.country',
  role: 'import.field.role',
  mode: 'import.field.mode',
  status: 'import.field.status',
  arrival: 'import.field.arrival',
  departure: 'import.field.departure',
  dietary: 'import.field.dietary',
  accessibility: 'import.field.accessibility',
  passportNumber: 'import.field.passportNumber',
  passportExpiry: 'import.field.passportExpiry',
  notes: 'import.field.notes',
}

/** "Phone: +679 990 2211 → +679 990 9999", with codes and instants in the user's terms. */
export function changeText(
  t: Translate,
  change: FieldChange,
  countryName: (code: string) => string,
  zone: string,
): string {
  const value = (v: string): string => {
    if (!v) return t('import.match.empty')
    switch (change.field) {
      case 'gender':
      case 'role':
      case 'mode':
      case 'status':
        return t(`${change.field}.${v}` as MessageKey)
      case 'delegation':
      case 'nationality':
        return countryName(v)
      case 'arrival':
      case 'departure':
        return utcToZonedLocal(v, zone).replace('T', ' ')
      default:
        return v.length > 120 ? `${v.slice(0, 120)}…` : v
    }
  }
  return t('import.match.change', {
    field: t(labels[change.field]),
    from: value(change.from),
    to: value(change.to),
  })
}
