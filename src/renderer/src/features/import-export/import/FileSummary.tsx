import type { ImportBatchRecord } from '../../../db/import-repo'
import { localeOf, useI18n } from '../../../i18n/I18nProvider'
import { Button } from '../../../ui/Button'
import { problemText } from './problem-text'
import type { OpenedFile } from './use-import-file'

function sizeText(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB']
  let n = bytes
  let u = 0
  while (n >= 1024 && u < units.length - 1) {
    n /= 1024
    u++
  }
  return `${n.toLocaleString(locale, { maximumFractionDigits: u ? 1 : 0 })} ${units[u]}`
}

/** The open file: name, kind, size, what looked off about it, and whether it came before. */
export function FileSummary(props: {
  name: string
  size: number
  opened: OpenedFile
  seenBefore: ImportBatchRecord[]
  disabled: boolean
  onStartOver: () => void
}) {
  const { t, lang } = useI18n()
  const locale = localeOf(lang)
  const last = props.seenBefore[0]
  const date = last
    ? new Date(last.createdAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' })
    : ''
  return (
    <div className="import-file-summary">
      <div className="import-file-line">
        <strong>
          {t('import.file.summary', {
            file: props.name,
            kind: t(`import.kind.${props.opened.kind}`),
            size: sizeText(props.size, locale),
          })}
        </strong>
        <Button variant="ghost" onClick={props.onStartOver} disabled={props.disabled}>
          {t('import.startOver')}
        </Button>
      </div>
      {props.opened.problems.map((p, i) => (
        <p key={i} className="import-warning">
          {problemText(t, p)}
        </p>
      ))}
      {last && (
        <p className="import-warning" role="status">
          {last.undoneAt
            ? t('import.file.seenBeforeUndone', { date })
            : t('import.file.seenBefore', { date, file: last.fileName })}
        </p>
      )}
    </div>
  )
}
