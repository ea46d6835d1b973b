import { useCallback, useEffect, useMemo, useState } from 'react'
import type { DataManifest } from '../../../../shared/backup/manifest'
import { useAppData } from '../../app/AppData'
import type { LastRestore } from '../../db/backup-repo'
import { useI18n } from '../../i18n/I18nProvider'
import { host } from '../../platform'
import { useToast } from '../../ui/Toasts'
import {
  BACKUP_FILTERS,
  buildBackup,
  inspectBackup,
  restoreBackup,
  saveBackup,
  type OpenedBackup,
} from './backup-service'
import { shelfFor, type ShelfEntry } from './backup-shelf'
import { noteBackupMade } from './data-manifest'
import { describeBackupError, describeFileProblem } from './describe-backup-error'
import { useBackupTask } from './use-backup-task'

/** Everything the Backups area shows and does; the components only lay it out. */
export function useBackupsArea() {
  const { repos, readOnly } = useAppData()
  const { t } = useI18n()
  const toast = useToast()
  const shelf = useMemo(() => shelfFor(), [])
  const { task, run, cancel } = useBackupTask()
  const [entries, setEntries] = useState<ShelfEntry[]>([])
  const [counts, setCounts] = useState<Record<string, number>>({})
  const [lastRestore, setLastRestore] = useState<LastRestore>()
  const [manifest, setManifest] = useState<DataManifest | null>(null)
  const [opened, setOpened] = useState<OpenedBackup | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  const load = useCallback(
    async () =>
      Promise.all([
        shelf.list().catch(() => []),
        repos.backups.counts(),
        repos.backups.lastRestore(),
        host.readManifest().catch(() => null),
      ]),
    [repos, shelf],
  )
  const apply = useCallback(([list, now, restored, kept]: Awaited<ReturnType<typeof load>>) => {
    setEntries(list)
    setCounts(now)
    setLastRestore(restored)
    setManifest(kept)
  }, [])
  const refresh = useCallback(async () => apply(await load()), [apply, load])

  useEffect(() => {
    let live = true
    void load().then((loaded) => live && apply(loaded))
    return () => {
      live = false
    }
  }, [load, apply])

  const fail = (error: unknown) => setProblem(describeBackupError(t, error))

  const backUpNow = async () => {
    setProblem(null)
    try {
      if (shelf.kind === 'folder') {
        const made = await run('backups.progress.backup', (p) => saveBackup(repos, 'manual', p))
        toast({ message: t('backups.saved.folder', { name: made.name }) })
      } else {
        const made = await run('backups.progress.backup', (p) => buildBackup(repos, 'manual', p))
        if (await host.saveFile(made.name, made.bytes, BACKUP_FILTERS)) {
          await noteBackupMade(repos, made).catch(() => undefined)
          toast({ message: t('backups.saved.download', { name: made.name }) })
        }
      }
    } catch (error) {
      fail(error)
    }
    await refresh()
  }

  /** Checks bytes and opens the preview, or says why the file is refused. */
  const preview = async (read: () => Promise<Uint8Array | null>) => {
    setProblem(null)
    try {
      const result = await run('backups.progress.reading', async () => {
        const bytes = await read()
        return bytes ? inspectBackup(bytes) : null
      })
      if (!result) return
      if (result.ok) setOpened(result)
      else setProblem(describeFileProblem(t, result.code))
    } catch (error) {
      fail(error)
    }
  }

  const restoreFromFile = () =>
    preview(async () => (await host.openFile(BACKUP_FILTERS))?.bytes ?? null)
  const restoreEntry = (entry: ShelfEntry) => preview(() => shelf.read(entry.name))

  const downloadEntry = async (entry: ShelfEntry) => {
    try {
      await host.saveFile(entry.name, await shelf.read(entry.name), BACKUP_FILTERS)
    } catch (error) {
      fail(error)
    }
  }

  /** Restores a backup the app made (the undo of a restore or an import), then reloads. */
  const restoreNamed = async (name: string) => {
    setProblem(null)
    try {
      const checked = await inspectBackup(await shelf.read(name))
      if (!checked.ok) return setProblem(describeFileProblem(t, checked.code))
      await run('backups.progress.restore', (p) => restoreBackup(repos, checked, p))
      window.location.reload()
    } catch (error) {
      fail(error)
    }
  }

  const undoRestore = async () => {
    if (lastRestore?.undoBackup) await restoreNamed(lastRestore.undoBackup)
  }

  const dismissRestore = async () => {
    await repos.backups.forgetLastRestore().catch(fail)
    setLastRestore(undefined)
  }

  return {
    repos,
    readOnly,
    shelf,
    task,
    cancel,
    entries,
    counts,
    lastRestore,
    manifest,
    opened,
    closePreview: () => setOpened(null),
    problem,
    refresh,
    backUpNow,
    restoreFromFile,
    restoreEntry,
    downloadEntry,
    undoRestore,
    restoreNamed,
    dismissRestore,
  }
}
