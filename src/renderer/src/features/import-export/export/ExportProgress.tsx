import type { ExportProgress as Progress_ } from '../../../../../shared/export'
import { useI18n } from '../../../i18n/I18nProvider'
import { Progress } from '../../../ui/Progress'

/** Rows are most of the work and are counted; writing and compressing show as later steps. */
function overall(progress: Progress_ | null): number {
  if (!progress) return 0
  if (progress.stage === 'rows')
    return progress.total > 0 ? Math.round((progress.done / progress.total) * 60) : 0
  return progress.stage === 'writing' ? 65 : 90
}

export function ExportProgress(props: { progress: Progress_ | null; onCancel: () => void }) {
  const { t } = useI18n()
  const stage = props.progress?.stage ?? 'rows'
  const label =
    stage === 'rows'
      ? t('export.progress.rows')
      : stage === 'writing'
        ? t('export.progress.writing')
        : t('export.progress.packing')
  return (
    <div role="status" className="export-progress">
      <Progress
        label={label}
        value={overall(props.progress)}
        max={100}
        cancelLabel={t('export.cancel')}
        onCancel={props.onCancel}
      />
    </div>
  )
}
