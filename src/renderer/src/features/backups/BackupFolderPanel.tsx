import { useEffect, useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider'
import type { BackupFolder } from '../../platform/host'
import { Button } from '../../ui/Button'
import { useToast } from '../../ui/Toasts'
import { describeBackupError } from './describe-backup-error'

/** The desktop app's backups folder: where it is, change it, open it in the file manager. */
export function BackupFolderPanel(props: { folder: BackupFolder; onChanged: () => void }) {
  const { t } = useI18n()
  const toast = useToast()
  const [path, setPath] = useState<string>('')
  const { folder, onChanged } = props

  useEffect(() => {
    let live = true
    void folder.folder('get').then((r) => live && setPath(r.folder))
    return () => {
      live = false
    }
  }, [folder])

  const act = async (action: 'choose' | 'reveal') => {
    try {
      const result = await folder.folder(action)
      setPath(result.folder)
      if (result.changed) {
        toast({ message: t('backups.folder.changed', { folder: result.folder }) })
        onChanged()
      }
    } catch (error) {
      toast({ message: describeBackupError(t, error), tone: 'error' })
    }
  }

  return (
    <div className="backup-folder">
      <span className="backup-folder-label">{t('backups.folder.label')}</span>
      <code className="backup-folder-path">{path}</code>
      <Button onClick={() => void act('choose')}>{t('backups.folder.change')}</Button>
      <Button variant="ghost" onClick={() => void act('reveal')}>
        {t('backups.folder.open')}
      </Button>
    </div>
  )
}
