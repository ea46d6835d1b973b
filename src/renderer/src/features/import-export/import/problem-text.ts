import type { MessageKey } from '../../../../../shared/i18n'
import type { Problem } from '../../../../../shared/spreadsheet'
import { isImportField } from '../../../../../shared/spreadsheet/map-columns'
import type { Translate } from '../../../i18n/I18nProvider'

export type ImportProblemCode = Problem['code'] | 'timeout' | 'crashed'

/** The field's name in the user's language ("Email", "Surel"). */
export function fieldLabel(t: Translate, field: string | undefined): string {
  return field && isImportField(field) ? t(`import.field.${field}` as MessageKey) : (field ?? '')
}

/** One sentence for a pipeline problem, with its values. */
export function problemText(
  t: Translate,
  p: { code: ImportProblemCode } & Partial<Omit<Problem, 'code'>>,
): string {
  const field = fieldLabel(t, p.field)
  const limit = p.code === 'too_large' && p.limit ? Math.round(p.limit / 1024 / 1024) : p.limit
  switch (p.code) {
    case 'phone_invalid':
      return t(
        p.detail === 'was_number'
          ? 'import.problem.phone_invalid_number'
          : 'import.problem.phone_invalid',
        {
          value: p.value ?? '',
        },
      )
    case 'duplicate_in_file':
      return t('import.problem.duplicate_in_file', { row: p.firstRow ?? '?' })
    case 'date_ambiguous':
      return t('import.problem.date_ambiguous', {
        detail: t(p.detail === 'mdy' ? 'import.dateOrder.mdy' : 'import.dateOrder.dmy'),
      })
    default:
      return t(`import.problem.${p.code}` as MessageKey, {
        value: p.value ?? '',
        field,
        limit: limit ?? '',
        detail: p.detail ?? '',
      })
  }
}
