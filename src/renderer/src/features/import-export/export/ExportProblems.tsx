import type { ExportProblem } from '../../../../../shared/export'
import { useI18n } from '../../../i18n/I18nProvider'
import { exportProblemText } from './problem-text'

/** Why a file was not made: each problem with its row and column, in the user's language. */
export function ExportProblems(props: { problems: readonly ExportProblem[] }) {
  const { t } = useI18n()
  return (
    <div className="export-problems" role="alert">
      <h3>{t('export.problems.title')}</h3>
      <ul>
        {props.problems.map((p, i) => (
          <li key={i}>{exportProblemText(t, p)}</li>
        ))}
      </ul>
    </div>
  )
}
