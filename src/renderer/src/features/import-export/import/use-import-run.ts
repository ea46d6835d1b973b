// The registry half of the import: match the checked rows against the registry, keep the
// user's decisions, write in one transaction with progress and Cancel, and keep the result.
import { useCallback, useRef, useState } from 'react'
import type { EventRecord } from '../../../../../shared/events/model'
import { defaultNewParticipant } from '../../../../../shared/import-plan/patch'
import { effectiveDecision, writeRows, type Plan } from '../../../../../shared/import-plan/plan'
import type { Decision } from '../../../../../shared/import-plan/types'
import type { ParticipantStatus } from '../../../../../shared/registry/model'
import type { BuildView } from '../../../../../shared/import-plan/session'
import { useAppData } from '../../../app/AppData'
import type { ImportBatchRecord } from '../../../db/import-repo'
import { backupBeforeImport } from './backup-hook'
import { planInSlices } from './plan-in-slices'
import type { OpenedFile } from './use-import-file'

export interface LeftOutRow {
  rowNumber: number
  /** Problem codes to describe (errors first), or 'skipped' when the user left it out. */
  problems: BuildView['rows'][number]['problems']
  skipped: boolean
}

export interface RunResult {
  batch: ImportBatchRecord
  leftOut: LeftOutRow[]
}

export interface Progress {
  phase: 'backup' | 'write'
  done: number
  total: number
  /** How long the phase has run, at this report: the time left is guessed from it. */
  elapsedMs: number
}

export function useImportRun(event: EventRecord) {
  const { repos } = useAppData()
  const [plan, setPlan] = useState<Plan | null>(null)
  const [decisions, setDecisions] = useState<Map<number, Decision>>(new Map())
  const [newStatus, setNewStatus] = useState<ParticipantStatus>(defaultNewParticipant.status)
  const [progress, setProgress] = useState<Progress | null>(null)
  const [result, setResult] = useState<RunResult | null>(null)
  const controller = useRef<AbortController | null>(null)

  const match = useCallback(
    async (built: BuildView) => {
      const existing = await repos.imports.existingPeople(event.id, built.keys)
      // Decisions are kept by row: going back to fix a cell does not lose them.
      setPlan(await planInSlices(built, existing, event.timeZone))
    },
    [repos, event],
  )

  const run = useCallback(
    async (input: {
      plan: Plan
      built: BuildView
      opened: OpenedFile
      fileName: string
      sheetName: string
      headerRow: number
      mapping: { column: number; header: string; target: string }[]
    }) => {
      const abort = new AbortController()
      controller.current = abort
      /** Reports one phase's progress with how long it has run (the time left is guessed from it). */
      const reporter = (phase: Progress['phase']) => {
        const startedAt = performance.now()
        return (done: number, total: number) =>
          setProgress({ phase, done, total, elapsedMs: performance.now() - startedAt })
      }
      try {
        const backupProgress = reporter('backup')
        backupProgress(0, 1)
        await backupBeforeImport(repos, 'import', {
          signal: abort.signal,
          onProgress: backupProgress,
        })
        if (abort.signal.aborted) return 'cancelled' as const
        const rows = writeRows(input.plan, decisions)
        const leftOut: LeftOutRow[] = []
        const byRow = new Map(input.built.rows.map((r) => [r.rowNumber, r]))
        for (const row of input.plan.rows) {
          const d = effectiveDecision(row, decisions)
          if (d?.action !== 'skip') continue
          const checked = byRow.get(row.rowNumber)
          leftOut.push({
            rowNumber: row.rowNumber,
            problems: checked?.problems ?? [],
            skipped: row.status !== 'error',
          })
        }
        const writeProgress = reporter('write')
        writeProgress(0, rows.length)
        const batch = await repos.imports.apply({
          eventId: event.id,
          file: {
            fileName: input.fileName,
            fileHash: input.opened.fileHash ?? '',
            fileKind: input.opened.kind,
            sheetName: input.sheetName,
            headerRow: input.headerRow,
            mapping: input.mapping,
          },
          rows,
          leftOut: {
            errors: leftOut.filter((r) => !r.skipped).length,
            skipped: leftOut.filter((r) => r.skipped).length,
          },
          defaults: { ...defaultNewParticipant, status: newStatus },
          onProgress: writeProgress,
          signal: abort.signal,
        })
        setResult({ batch, leftOut })
        return 'done' as const
      } finally {
        controller.current = null
        setProgress(null)
      }
    },
    [repos, event, decisions, newStatus],
  )

  const cancel = useCallback(() => controller.current?.abort(), [])

  const reset = useCallback(() => {
    setPlan(null)
    setDecisions(new Map())
    setResult(null)
  }, [])

  return {
    plan,
    decisions,
    setDecisions,
    newStatus,
    setNewStatus,
    progress,
    result,
    match,
    run,
    cancel,
    reset,
  }
}

export type ImportRun = ReturnType<typeof useImportRun>
