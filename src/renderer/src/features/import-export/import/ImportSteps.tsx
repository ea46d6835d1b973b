import { useState } from 'react'
import type { EventRecord } from '../../../../../shared/events/model'
import { summarise } from '../../../../../shared/import-plan/plan'
import type { CellEdit } from '../../../../../shared/import-plan/session'
import { hasNameField } from '../../../../../shared/spreadsheet'
import { useAppData } from '../../../app/AppData'
import type { ImportBatchRecord } from '../../../db/import-repo'
import { useI18n } from '../../../i18n/I18nProvider'
import { useToast } from '../../../ui/Toasts'
import { ColumnsStep } from './ColumnsStep'
import { DoneStep } from './DoneStep'
import { FileStep } from './FileStep'
import { ImportRunner } from './ImportRunner'
import { MatchStep } from './MatchStep'
import { RowsStep } from './RowsStep'
import { SheetStep } from './SheetStep'
import { SourceOptions } from './SourceOptions'
import { StepNav } from './StepNav'
import type { Step } from './steps'
import { useDownloadProblems } from './use-download-problems'
import type { ImportFile } from './use-import-file'
import type { ImportRun } from './use-import-run'

/** The current step's screen, and the buttons that move between steps doing each step's work. */
export function ImportSteps(props: {
  step: Step
  setStep: (s: Step) => void
  event: EventRecord
  file: ImportFile
  run: ImportRun
  busy: boolean
  dragging: boolean
  onChoose: () => void
  onUndo: (batch: ImportBatchRecord) => void
  onStartOver: () => void
  onImported: () => Promise<void>
}) {
  const { t } = useI18n()
  const { readOnly } = useAppData()
  const toast = useToast()
  const { step, setStep, file, run, busy } = props
  const [announcement, setAnnouncement] = useState('')
  const download = useDownloadProblems(file, run)

  if (step === 'file')
    return <FileStep onChoose={props.onChoose} dragging={props.dragging} disabled={busy} />
  const { opened, view, built } = file
  if (step === 'done' && run.result) {
    return (
      <DoneStep
        result={run.result}
        busy={busy}
        onDownload={() => void download()}
        onUndo={() => run.result && props.onUndo(run.result.batch)}
        onAnother={props.onStartOver}
      />
    )
  }
  if (!opened || !view) return null

  if (step === 'sheet') {
    return (
      <>
        <SourceOptions opened={opened} disabled={busy} onChange={(o) => void file.reopen(o)} />
        <SheetStep
          key={`${view.sheet}:${view.header?.headerRow}:${view.header?.headerRows}`}
          opened={opened}
          view={view}
          disabled={busy}
          onSheet={(s, h) => void file.chooseSheet(s, h)}
        />
        <StepNav busy={busy} nextDisabled={!view.header} onNext={() => setStep('columns')} />
      </>
    )
  }
  if (step === 'columns') {
    return (
      <>
        <ColumnsStep
          view={view}
          mapping={file.mapping}
          onMapping={file.setMapping}
          defaultCountry={file.defaultCountry}
          onDefaultCountry={file.setDefaultCountry}
          newStatus={run.newStatus}
          onNewStatus={run.setNewStatus}
        />
        <StepNav
          busy={busy}
          onBack={() => setStep('sheet')}
          nextDisabled={!hasNameField(file.mapping)}
          onNext={async () => {
            await file.confirmMapping()
            if (await file.build()) setStep('rows')
          }}
        />
      </>
    )
  }
  if (step === 'rows' && built) {
    const edit = async (e: CellEdit) => {
      const edits = [
        ...file.edits.filter((x) => x.rowNumber !== e.rowNumber || x.column !== e.column),
        e,
      ]
      if (await file.build({ edits })) setAnnouncement(t('import.rows.fixed', { row: e.rowNumber }))
    }
    return (
      <>
        <RowsStep
          built={built}
          edits={file.edits}
          countryAnswers={file.countryAnswers}
          valueOverrides={file.valueOverrides}
          disabled={busy}
          announcement={announcement}
          onEdit={(e) => void edit(e)}
          onCountry={(text, code) => {
            const answers = new Map(file.countryAnswers)
            if (code === undefined) answers.delete(text)
            else answers.set(text, code)
            void file.build({ countryAnswers: answers })
          }}
          onValues={(valueOverrides) => void file.build({ valueOverrides })}
        />
        <StepNav
          busy={busy}
          onBack={() => setStep('columns')}
          onNext={async () => {
            file.setBusy({ message: 'matching' })
            try {
              await run.match(built)
              setStep('match')
            } catch (e) {
              toast({ message: String(e instanceof Error ? e.message : e), tone: 'error' })
            } finally {
              file.setBusy(null)
            }
          }}
        />
      </>
    )
  }
  if (step === 'match' && built && run.plan) {
    const summary = summarise(run.plan, run.decisions)
    return (
      <>
        <MatchStep
          plan={run.plan}
          built={built}
          decisions={run.decisions}
          onDecisions={run.setDecisions}
          zone={props.event.timeZone}
        />
        <ImportRunner
          file={file}
          run={run}
          count={summary.create + summary.update + summary.unchanged}
          disabled={busy || readOnly || summary.undecided > 0}
          onBack={() => setStep('rows')}
          onDone={async () => {
            await props.onImported()
            setStep('done')
          }}
        />
      </>
    )
  }
  return null
}
