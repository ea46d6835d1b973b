import { useEffect, useState } from 'react'
import { useAppData } from '../../../app/AppData'
import type { ImportBatchRecord, UndoPreview } from '../../../db/import-repo'
import { useI18n } from '../../../i18n/I18nProvider'
import { localeCounts } from '../../../i18n/format-counts'
import { Button } from '../../../ui/Button'
import { Dialog } from '../../../ui/Dialog'

/** Confirms undoing a batch, saying what it will remove and restore, and what later edits it loses. */
export function UndoDialog(props: {
  batch: ImportBatchRecord | null
  busy: boolean
  onCancel: () => void
  onConfirm: (batch: ImportBatchRecord) => void
}) {
  const { t, lang } = useI18n()
  const { repos } = useAppData()
  const [loaded, setLoaded] = useState<{ id: string; preview: UndoPreview } | null>(null)
  const id = props.batch?.id
  useEffect(() => {
    let cancelled = false
    if (id)
      void repos.imports.undoPreview(id).then((preview) => {
        if (!cancelled) setLoaded({ id, preview })
      })
    return () => {
      cancelled = true
    }
  }, [id, repos])
  const preview = loaded && loaded.id === id ? loaded.preview : null
  return (
    <Dialog title={t('import.undo.title')} open={props.batch !== null} onClose={props.onCancel}>
      {props.batch && (
        <>
          {(preview?.created ?? props.batch.counts.created) > 0 && (
            <p>
              {t(
                'import.undo.body',
                localeCounts(lang, { created: preview?.created ?? props.batch.counts.created }),
              )}
            </p>
          )}
          {(preview?.updated ?? props.batch.counts.updated) > 0 && (
            <p>
              {t(
                'import.undo.restores',
                localeCounts(lang, { updated: preview?.updated ?? props.batch.counts.updated }),
              )}
            </p>
          )}
          {preview && preview.editedSince > 0 && (
            <p className="import-warning">
              {t('import.undo.edited', localeCounts(lang, { count: preview.editedSince }))}
            </p>
          )}
          <div className="form-actions">
            <Button onClick={props.onCancel}>{t('import.cancel')}</Button>
            <Button
              variant="danger"
              disabled={props.busy || !preview}
              onClick={() => props.batch && props.onConfirm(props.batch)}
            >
              {t('import.undo.confirm')}
            </Button>
          </div>
        </>
      )}
    </Dialog>
  )
}
