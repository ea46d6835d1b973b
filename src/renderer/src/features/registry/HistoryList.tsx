import { useEffect, useState } from 'react'
import { isSealed } from '../../../../shared/backup/sealed'
import type { MessageKey } from '../../../../shared/i18n'
import { useAppData } from '../../app/AppData'
import type { ChangeLogRecord } from '../../db/database'
import { localeOf, useI18n } from '../../i18n/I18nProvider'

function show(value: unknown, sealedText: string): string {
  if (value === undefined || value === null || value === '') return '—'
  if (typeof value === 'string') return isSealed(value) ? sealedText : value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  // Sealed values (a passport number inside the documents checklist) are never shown, not even
  // as ciphertext.
  const json = JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'string' && isSealed(v) ? sealedText : v,
  )
  return json.length > 120 ? `${json.slice(0, 117)}…` : json
}

/** Who changed what and when, for one participant and their contact record, newest first. */
export function HistoryList(props: { participantId: string }) {
  const { t, lang } = useI18n()
  const { repos } = useAppData()
  const [entries, setEntries] = useState<ChangeLogRecord[]>()

  useEffect(() => {
    let cancelled = false
    void repos.participants.history(props.participantId).then((list) => {
      if (!cancelled) setEntries(list)
    })
    return () => {
      cancelled = true
    }
  }, [repos, props.participantId])

  if (!entries) return null
  if (entries.length === 0) return <p>{t('history.empty')}</p>
  const when = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' })
  return (
    <ol className="history">
      {entries.map((entry) => (
        <li key={entry.seq}>
          <p className="history-head">
            <strong>
              {t(`history.entity.${entry.entity}` as MessageKey)} ·{' '}
              {t(`history.action.${entry.action}`)}
            </strong>{' '}
            <span className="muted">
              {t('history.entry', { when: when.format(new Date(entry.at)), who: entry.actor })}
            </span>
          </p>
          {entry.changes.length > 0 && (
            <ul>
              {entry.changes.map((c) => (
                <li key={c.field}>
                  {t('history.change', {
                    field: c.field,
                    from: show(c.from, t('history.sealed')),
                    to: show(c.to, t('history.sealed')),
                  })}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  )
}
