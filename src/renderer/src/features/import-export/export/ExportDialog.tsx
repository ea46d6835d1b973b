import { useMemo } from 'react'
import type { ExportPerson, ViewDescription } from '../../../../../shared/export'
import type { EventRecord } from '../../../../../shared/events/model'
import type { Delegation } from '../../../../../shared/registry/model'
import type { RegistryRow } from '../../../../../shared/registry/registry-view'
import { useI18n } from '../../../i18n/I18nProvider'
import { Dialog } from '../../../ui/Dialog'
import { RegistryExportForm } from './RegistryExportForm'

/** "Export…" from the participants table: exactly the rows, columns and order it shows. */
export function ExportDialog(props: {
  open: boolean
  onClose: () => void
  event: EventRecord
  rows: readonly RegistryRow[]
  delegations: readonly Delegation[]
  view: ViewDescription
  visibleColumns: readonly string[]
}) {
  const { t } = useI18n()
  const { open, rows } = props
  // Only what the file needs crosses to the worker, not the table's search keys.
  const people = useMemo<ExportPerson[]>(
    () =>
      open
        ? rows.map((r) => ({
            participant: r.participant,
            contact: r.contact,
            delegation: r.delegation,
          }))
        : [],
    [open, rows],
  )
  return (
    <Dialog title={t('export.dialog.title')} open={open} onClose={props.onClose}>
      <p className="muted">{t('export.dialog.summary', { count: people.length })}</p>
      <RegistryExportForm
        event={props.event}
        people={people}
        delegations={props.delegations}
        view={props.view}
        visibleColumns={props.visibleColumns}
        onDone={props.onClose}
        onCancel={props.onClose}
      />
    </Dialog>
  )
}
