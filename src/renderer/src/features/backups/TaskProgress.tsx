import { useI18n } from '../../i18n/I18nProvider'
import { Progress } from '../../ui/Progress'
import type { TaskState } from './use-backup-task'

/** The running step's progress bar; an indeterminate step shows 0 of 0 until it knows more. */
export function TaskProgress(props: { task: TaskState | null; onCancel: () => void }) {
  const { t } = useI18n()
  if (!props.task) return null
  return (
    <Progress
      label={t(props.task.label)}
      value={props.task.done}
      max={props.task.total}
      cancelLabel={t('backups.cancel')}
      onCancel={props.onCancel}
    />
  )
}
