import type { BulkPatch } from '../../../../shared/registry/bulk'
import type { RegistryRow } from '../../../../shared/registry/registry-view'
import { useAppData } from '../../app/AppData'
import { describeError } from '../../app/describe-error'
import type { RegistryUndo } from '../../db'
import { useI18n } from '../../i18n/I18nProvider'
import { useToast } from '../../ui/Toasts'
import { BulkBar } from './BulkBar'

/** Runs bulk actions on the selection and offers Undo for each, including removal. */
export function SelectionActions(props: {
  rows: readonly RegistryRow[]
  /** Called with the participants a change (or its undo) touched. */
  onDone: (participantIds: string[]) => Promise<void>
  refresh: (participantIds: readonly string[]) => Promise<void>
}) {
  const { t } = useI18n()
  const { repos, readOnly } = useAppData()
  const toast = useToast()
  const ids = props.rows.map((r) => r.participant.id)
  const single = props.rows.length === 1 ? props.rows[0] : undefined

  const run = async (work: () => Promise<RegistryUndo>, message: string) => {
    try {
      const undo = await work()
      // Everyone the change touched (a replaced head included) is in its undo record.
      const touched = [...undo.before.map((p) => p.id), ...undo.createdIds]
      await props.onDone(touched)
      toast({
        message,
        action: {
          label: t('bulk.undo'),
          run: () =>
            void repos.participants
              .undo(undo)
              .then(() => props.refresh(touched))
              .then(() => toast({ message: t('bulk.undone') }))
              .catch((error: unknown) =>
                toast({ tone: 'error', message: describeError(t, error) }),
              ),
        },
      })
    } catch (error) {
      toast({ tone: 'error', message: describeError(t, error) })
    }
  }

  return (
    <BulkBar
      count={props.rows.length}
      disabled={readOnly}
      canMakeHead={!!single?.participant.delegationId && single.participant.role !== 'head'}
      onApply={(patch: BulkPatch) =>
        void run(
          () => repos.participants.bulkUpdate(ids, patch),
          t('bulk.done', { count: ids.length }),
        )
      }
      onMakeHead={() =>
        single &&
        void run(
          () => repos.participants.setHead(single.participant.id),
          t('bulk.headDone', { name: single.name }),
        )
      }
      onDelete={() =>
        void run(() => repos.participants.remove(ids), t('bulk.deleted', { count: ids.length }))
      }
    />
  )
}
