import { useCallback } from 'react'
import { useI18n } from '../../../i18n/I18nProvider'
import { host } from '../../../platform'
import { useToast } from '../../../ui/Toasts'
import { leftOutText } from './DoneStep'
import type { ImportFile } from './use-import-file'
import type { ImportRun } from './use-import-run'

/** Saves the rows left out, with a "Problem" column, as .xlsx to send back to the embassy. */
export function useDownloadProblems(file: ImportFile, run: ImportRun) {
  const { t } = useI18n()
  const toast = useToast()
  return useCallback(async () => {
    const result = run.result
    if (!result || !file.file) return
    const rows = result.leftOut.map((r) => ({ rowNumber: r.rowNumber, problem: leftOutText(t, r) }))
    const bytes = await file.problemsWorkbook(
      rows,
      t('import.problemsColumn'),
      t('import.problemsRow'),
    )
    if (!bytes) return
    const base = file.file.name.replace(/\.[^.]*$/, '').replace(/[\\/:*?"<>|]/g, '_') || 'import'
    const name = t('import.problemsFile', { name: base })
    const saved = await host.saveFile(name, bytes, [{ name: 'Excel', extensions: ['xlsx'] }])
    if (saved) toast({ message: t('import.done.downloaded', { file: name }) })
  }, [file, run, t, toast])
}
