import type { ExportProblem } from '../../../../../shared/export'
import type { Translate } from '../../../i18n/I18nProvider'

/** One export problem as a sentence in the user's language. */
export function exportProblemText(t: Translate, p: ExportProblem): string {
  const fmt = (n: number | undefined) => (n ?? 0).toLocaleString()
  switch (p.code) {
    case 'cell_too_long':
      return t('export.problem.cell_too_long', {
        row: fmt(p.row),
        column: p.column ?? '',
        length: fmt(p.length),
        limit: fmt(p.limit),
      })
    case 'too_many_rows':
      return t('export.problem.too_many_rows', { count: fmt(p.count), limit: fmt(p.limit) })
    case 'sheet_name_changed':
      return t('export.problem.sheet_name_changed', {
        value: p.value ?? '',
        detail: p.detail ?? '',
      })
    case 'nothing_to_export':
      return t('export.problem.nothing_to_export')
  }
}
