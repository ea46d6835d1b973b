// The file half of the import: open (in the worker), sheet and header, column mapping, and the
// checked rows with the user's fixes. Every call goes to the worker, with Cancel.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type {
  BuildView,
  CellEdit,
  OpenResult,
  SheetView,
} from '../../../../../shared/import-plan/session'
import type { ValueOverride } from '../../../../../shared/import-plan/value-overrides'
import {
  rememberMapping,
  type ColumnMapping,
  type Delimiter,
  type HeaderOverride,
  type RememberedMapping,
  type TextEncodingName,
} from '../../../../../shared/spreadsheet'
import { useAppData } from '../../../app/AppData'
import { ImportWorkerClient, ImportWorkerError } from './import-client'
import type { ImportProblemCode } from './problem-text'

export type OpenedFile = Extract<OpenResult, { ok: true }> & { fileHash?: string }

export interface FileState {
  name: string
  bytes: Uint8Array
}

export interface Busy {
  message: 'reading' | 'checking' | 'matching' | 'working'
  cancel?: () => void
}

export type FlowError = { code: ImportProblemCode; limit?: number; detail?: string }

export function useImportFile() {
  const { repos, readOnly } = useAppData()
  const client = useMemo(() => new ImportWorkerClient(), [])
  useEffect(() => () => client.dispose(), [client])

  const [file, setFile] = useState<FileState | null>(null)
  const [opened, setOpened] = useState<OpenedFile | null>(null)
  const [view, setView] = useState<SheetView | null>(null)
  const [header, setHeader] = useState<HeaderOverride | undefined>(undefined)
  const [mapping, setMapping] = useState<ColumnMapping[]>([])
  const [defaultCountry, setDefaultCountry] = useState('')
  const [countryAnswers, setCountryAnswers] = useState<Map<string, string>>(new Map())
  const [valueOverrides, setValueOverrides] = useState<ValueOverride[]>([])
  const [edits, setEdits] = useState<CellEdit[]>([])
  const [built, setBuilt] = useState<BuildView | null>(null)
  const [busy, setBusy] = useState<Busy | null>(null)
  const [error, setError] = useState<FlowError | null>(null)
  const remembered = useRef<RememberedMapping[]>([])
  const generation = useRef(0)

  /** Runs one worker call with a busy indicator; resolves undefined when cancelled or failed. */
  const run = useCallback(
    async <T>(message: Busy['message'], work: () => Promise<T>): Promise<T | undefined> => {
      const mine = ++generation.current
      setError(null)
      setBusy({ message, cancel: () => client.stop('cancelled') })
      try {
        return await work()
      } catch (e) {
        if (mine === generation.current) {
          const code = e instanceof ImportWorkerError ? e.code : 'crashed'
          if (code !== 'cancelled') setError({ code })
        }
        return undefined
      } finally {
        if (mine === generation.current) setBusy(null)
      }
    },
    [client],
  )

  const applyView = useCallback((next: SheetView) => {
    setView(next)
    setMapping(next.mapping)
    setBuilt(null)
    setEdits([])
    setDefaultCountry((current) =>
      current || next.mapping.some((m) => m.target === 'country')
        ? current
        : (next.suggestedCountry ?? ''),
    )
  }, [])

  const open = useCallback(
    async (
      name: string,
      bytes: Uint8Array,
      options: { encoding?: TextEncodingName; delimiter?: Delimiter } = {},
    ) => {
      remembered.current = await repos.imports.rememberedMappings().catch(() => [])
      const result = await run('reading', () =>
        client.call('open', { bytes, fileName: name, remembered: remembered.current, ...options }),
      )
      if (!result) return false
      if (!result.ok) {
        setError({
          code: result.problem.code,
          ...(result.problem.limit !== undefined && { limit: result.problem.limit }),
          ...(result.problem.detail !== undefined && { detail: result.problem.detail }),
        })
        return false
      }
      setFile({ name, bytes })
      setOpened(result)
      setHeader(undefined)
      setCountryAnswers(new Map())
      setValueOverrides([])
      setDefaultCountry('')
      applyView(result.view)
      return true
    },
    [client, repos, run, applyView],
  )

  const reopen = useCallback(
    async (options: { encoding?: TextEncodingName; delimiter?: Delimiter }) => {
      if (!file || !opened) return
      await open(file.name, file.bytes, {
        ...(opened.encoding && { encoding: opened.encoding }),
        ...(opened.delimiter && { delimiter: opened.delimiter }),
        ...options,
      })
    },
    [file, opened, open],
  )

  const chooseSheet = useCallback(
    async (sheet: number, override?: HeaderOverride) => {
      const next = await run('working', () =>
        client.call('sheet', {
          sheet,
          ...(override && { header: override }),
          remembered: remembered.current,
        }),
      )
      if (!next) return
      setHeader(override)
      applyView(next)
    },
    [client, run, applyView],
  )

  const build = useCallback(
    async (
      changes: {
        edits?: CellEdit[]
        countryAnswers?: Map<string, string>
        valueOverrides?: ValueOverride[]
      } = {},
    ) => {
      if (!view) return false
      const nextEdits = changes.edits ?? edits
      const nextAnswers = changes.countryAnswers ?? countryAnswers
      const nextValues = changes.valueOverrides ?? valueOverrides
      const result = await run('checking', () =>
        client.call('build', {
          sheet: view.sheet,
          ...(header && { header }),
          mapping,
          ...(defaultCountry && { defaultCountry }),
          countryAnswers: [...nextAnswers],
          valueOverrides: nextValues,
          edits: nextEdits,
        }),
      )
      if (!result) return false
      if (!result.ok) {
        setError({ code: result.problems[0]?.code ?? 'no_data' })
        return false
      }
      setEdits(nextEdits)
      setCountryAnswers(nextAnswers)
      setValueOverrides(nextValues)
      setBuilt(result)
      return true
    },
    [client, run, view, header, mapping, defaultCountry, edits, countryAnswers, valueOverrides],
  )

  /** The user confirmed this mapping: offer it again for files with the same headers. */
  const confirmMapping = useCallback(async () => {
    if (readOnly || mapping.length === 0) return
    await repos.imports.rememberMapping(rememberMapping(mapping)).catch(() => undefined)
  }, [repos, readOnly, mapping])

  const problemsWorkbook = useCallback(
    (rows: { rowNumber: number; problem: string }[], problemHeader: string, rowHeader: string) =>
      run('working', () =>
        client.call('problems', {
          sheet: view?.sheet ?? 0,
          ...(header && { header }),
          rows,
          problemHeader,
          rowHeader,
        }),
      ),
    [client, run, view, header],
  )

  const reset = useCallback(() => {
    generation.current++
    client.dispose()
    setFile(null)
    setOpened(null)
    setView(null)
    setBuilt(null)
    setEdits([])
    setBusy(null)
    setError(null)
  }, [client])

  return {
    file,
    opened,
    view,
    header,
    mapping,
    setMapping,
    defaultCountry,
    setDefaultCountry,
    countryAnswers,
    valueOverrides,
    edits,
    built,
    busy,
    setBusy,
    error,
    setError,
    open,
    reopen,
    chooseSheet,
    build,
    confirmMapping,
    problemsWorkbook,
    reset,
  }
}

export type ImportFile = ReturnType<typeof useImportFile>
