import { useState } from 'react'
import { useAppData } from '../../../app/AppData'
import { describeError } from '../../../app/describe-error'
import { ImportCancelledError } from '../../../db/import-repo'
import { BackupFailedError } from './backup-hook'
import { localeOf, useI18n } from '../../../i18n/I18nProvider'
import { localeCounts } from '../../../i18n/format-counts'
import { Button } from '../../../ui/Button'
import { Progress } from '../../../ui/Progress'
import type { ImportFile } from './use-import-file'
import type { ImportRun, Progress as RunProgress } from './use-import-run'
import { timeLeft } from '../../../../../shared/time/time-left'

/** The Import button, then the progress of the write with Cancel (which changes nothing). */
export function ImportRunner(props: {
  file: ImportFile
  run: ImportRun
  count: number
  disabled: boolean
  onBack: () => void
  onDone: () => Promise<void>
}) {
  const { t, lang } = useI18n()
  const { readOnly } = useAppData()
  const [message, setMessage] = useState<{ text: string; tone: 'note' | 'error' } | null>(null)
  const { file, run } = props
  const progress = run.progress

  /** "12,000 of 50,000 rows · about 20 seconds left": the rate so far, applied to the rest. */
  const writeDetail = (p: RunProgress) => {
    const locale = localeOf(lang)
    const count = t('import.run.count', localeCounts(lang, { done: p.done, total: p.total }))
    const left = timeLeft(p.elapsedMs, p.done, p.total)
    if (!left) return count
    const time = new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: left.unit,
      unitDisplay: 'long',
    }).format(left.value)
    return `${count} · ${t('import.run.left', { time })}`
  }

  const start = async () => {
    const { opened, view, file: f, built } = file
    if (!run.plan || !opened || !view || !f || !built) return
    setMessage(null)
    try {
      const outcome = await run.run({
        plan: run.plan,
        built,
        opened,
        fileName: f.name,
        sheetName: opened.sheets[view.sheet]?.name ?? '',
        headerRow: (view.header?.headerRow ?? 0) + 1,
        mapping: file.mapping.map((m) => ({
          column: m.column,
          header: m.header,
          target: m.target,
        })),
      })
      if (outcome === 'done') await props.onDone()
      else setMessage({ text: t('import.run.cancelled'), tone: 'note' })
    } catch (e) {
      const cancelled =
        e instanceof ImportCancelledError || (e instanceof Error && e.message === 'cancelled')
      setMessage(
        cancelled
          ? { text: t('import.run.cancelled'), tone: 'note' }
          : e instanceof BackupFailedError
            ? {
                text: t('import.run.backupFailed', { reason: describeError(t, e.cause) }),
                tone: 'error',
              }
            : { text: t('import.run.failed', { reason: describeError(t, e) }), tone: 'error' },
      )
    }
  }

  return (
    <div className="import-runner">
      {message && (
        <p
          className={message.tone === 'error' ? 'import-error' : 'import-note'}
          role={message.tone === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
      {progress ? (
        <Progress
          label={progress.phase === 'backup' ? t('import.run.backup') : t('import.run.progress')}
          value={progress.done}
          max={progress.total}
          detail={progress.phase === 'write' ? writeDetail(progress) : undefined}
          cancelLabel={t('import.cancel')}
          onCancel={run.cancel}
        />
      ) : (
        <div className="import-nav">
          <Button onClick={props.onBack}>{t('import.back')}</Button>
          <Button
            variant="primary"
            disabled={props.disabled || readOnly}
            onClick={() => void start()}
          >
            {t('import.match.import', localeCounts(lang, { count: props.count }))}
          </Button>
        </div>
      )}
    </div>
  )
}
