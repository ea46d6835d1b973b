import { useCallback, useEffect, useState } from 'react'
import type { EventRecord } from '../../../../../shared/events/model'
import { defaultLimits } from '../../../../../shared/spreadsheet'
import { useAppData } from '../../../app/AppData'
import { describeError } from '../../../app/describe-error'
import type { ImportBatchRecord } from '../../../db/import-repo'
import { useI18n } from '../../../i18n/I18nProvider'
import { localeCounts } from '../../../i18n/format-counts'
import { host } from '../../../platform'
import { useToast } from '../../../ui/Toasts'
import { BackupFailedError, backupBeforeImport } from './backup-hook'
import { BatchesList } from './BatchesList'
import { BusyBar } from './BusyBar'
import { FileSummary } from './FileSummary'
import { ImportSteps } from './ImportSteps'
import { problemText } from './problem-text'
import { Stepper } from './Stepper'
import { UndoDialog } from './UndoDialog'
import { useFileDrop } from './use-file-drop'
import { useImportFile } from './use-import-file'
import { useImportRun } from './use-import-run'
import type { Step } from './steps'
import './import.css'

export const SPREADSHEET_EXTENSIONS = ['xlsx', 'xlsm', 'xls', 'ods', 'csv', 'tsv', 'txt']

/** The import tab: a stepper from file to import, and the past imports with Undo. */
export function ImportView(props: { event: EventRecord }) {
  const { t, lang } = useI18n()
  const { repos, readOnly } = useAppData()
  const toast = useToast()
  const file = useImportFile()
  const run = useImportRun(props.event)
  const [step, setStep] = useState<Step>('file')
  const [batches, setBatches] = useState<ImportBatchRecord[]>([])
  const [seenBefore, setSeenBefore] = useState<ImportBatchRecord[]>([])
  const [undoing, setUndoing] = useState<ImportBatchRecord | null>(null)
  const [working, setWorking] = useState(false)

  const refreshBatches = useCallback(async () => {
    setBatches(await repos.imports.listBatches(props.event.id))
  }, [repos, props.event.id])
  useEffect(() => {
    let cancelled = false
    void repos.imports.listBatches(props.event.id).then((list) => {
      if (!cancelled) setBatches(list)
    })
    return () => {
      cancelled = true
    }
  }, [repos, props.event.id])

  const openBytes = useCallback(
    async (name: string, bytes: Uint8Array) => {
      run.reset()
      setSeenBefore([])
      if (await file.open(name, bytes)) setStep('sheet')
      else setStep('file')
    },
    [file, run],
  )

  useEffect(() => {
    const hash = file.opened?.fileHash
    if (hash) void repos.imports.importsOfFile(hash).then(setSeenBefore)
  }, [file.opened?.fileHash, repos])

  const onFiles = useCallback(
    (files: File[]) => {
      const [first] = files
      if (!first) return
      if (files.length > 1) return toast({ message: t('import.file.tooMany'), tone: 'error' })
      // Refused before reading a byte: a 2 GB file must not be loaded just to be rejected.
      if (first.size > defaultLimits.maxBytes) {
        file.setError({ code: 'too_large', limit: defaultLimits.maxBytes })
        return setStep('file')
      }
      void first.arrayBuffer().then((b) => openBytes(first.name, new Uint8Array(b)))
    },
    [file, openBytes, toast, t],
  )
  const busy = file.busy !== null || working || run.progress !== null
  const dragging = useFileDrop(onFiles, !busy)

  const choose = async () => {
    const picked = await host.openFile([
      { name: t('import.file.filter'), extensions: SPREADSHEET_EXTENSIONS },
    ])
    if (picked) await openBytes(picked.name, picked.bytes)
  }

  const confirmUndo = async (batch: ImportBatchRecord) => {
    setWorking(true)
    try {
      await backupBeforeImport(repos, 'undo-import')
      const r = await repos.imports.undo(batch.id)
      toast({
        message: [
          t('import.undo.done', localeCounts(lang, { removed: r.removed, restored: r.restored })),
          r.kept ? t('import.undo.kept', localeCounts(lang, { count: r.kept })) : '',
        ].join(' '),
      })
      setUndoing(null)
      await refreshBatches()
      if (run.result?.batch.id === batch.id) {
        run.reset()
        file.reset()
        setStep('file')
      }
    } catch (e) {
      const message =
        e instanceof BackupFailedError
          ? t('import.undo.backupFailed', { reason: describeError(t, e.cause) })
          : describeError(t, e)
      toast({ message, tone: 'error' })
    } finally {
      setWorking(false)
    }
  }

  const startOver = () => {
    file.reset()
    run.reset()
    setSeenBefore([])
    setStep('file')
  }

  return (
    <div className="import">
      <Stepper step={step} />
      {dragging && step !== 'file' && (
        <div className="import-drop-overlay" aria-hidden="true">
          {t('import.file.dropActive')}
        </div>
      )}
      {file.error && (
        <p className="import-error" role="alert">
          {problemText(t, { ...file.error })}
        </p>
      )}
      {file.busy && <BusyBar busy={file.busy} fileName={file.file?.name ?? ''} />}
      {file.opened && file.file && step !== 'file' && step !== 'done' && (
        <FileSummary
          name={file.file.name}
          size={file.file.bytes.length}
          opened={file.opened}
          seenBefore={seenBefore}
          onStartOver={startOver}
          disabled={busy}
        />
      )}
      <ImportSteps
        step={step}
        setStep={setStep}
        event={props.event}
        file={file}
        run={run}
        busy={busy}
        dragging={dragging}
        onChoose={() => void choose()}
        onUndo={(b) => setUndoing(b)}
        onStartOver={startOver}
        onImported={refreshBatches}
      />
      {(step === 'file' || step === 'done') && (
        <BatchesList batches={batches} busy={busy} readOnly={readOnly} onUndo={setUndoing} />
      )}
      <UndoDialog
        batch={undoing}
        busy={working}
        onCancel={() => setUndoing(null)}
        onConfirm={(b) => void confirmUndo(b)}
      />
    </div>
  )
}
