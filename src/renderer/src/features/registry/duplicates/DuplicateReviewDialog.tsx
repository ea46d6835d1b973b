import { useEffect, useId, useState } from 'react'
import { displayName } from '../../../../../shared/people/names'
import type { Contact } from '../../../../../shared/registry/model'
import { useAppData } from '../../../app/AppData'
import { useI18n } from '../../../i18n/I18nProvider'
import { Button } from '../../../ui/Button'
import { displayEventName } from '../../events/event-format'
import { ContactComparisonTable } from './ContactComparisonTable'

/**
 * Review of one pair: both records side by side, a choice of the record to keep, and a merge
 * that happens only after a second, explicit confirmation. Rendered inside the Dialog.
 */
export function DuplicateReviewDialog(props: {
  records: readonly [Contact, Contact]
  onMerge: (keepId: string, otherId: string) => Promise<void>
  onDismiss: () => void
  onClose: () => void
}) {
  const { t, lang } = useI18n()
  const { repos, events, readOnly } = useAppData()
  const radioName = useId()
  const [keepIndex, setKeepIndex] = useState<0 | 1>(0)
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [eventNames, setEventNames] = useState<[string[], string[]]>()
  const [a, b] = props.records

  useEffect(() => {
    let cancelled = false
    const nameOf = new Map(events.map((e) => [e.id, displayEventName(e, lang)]))
    const namesFor = async (id: string) =>
      (await repos.contacts.participations(id)).map(
        (p) => nameOf.get(p.participant.eventId) ?? p.participant.eventId,
      )
    void Promise.all([namesFor(a.id), namesFor(b.id)]).then((names) => {
      if (!cancelled) setEventNames(names)
    })
    return () => {
      cancelled = true
    }
  }, [repos, events, lang, a.id, b.id])

  const otherIndex = keepIndex === 0 ? 1 : 0
  const keep = props.records[keepIndex]
  const other = props.records[otherIndex]

  if (confirming)
    return (
      <div className="merge-confirm">
        <p>
          {t('duplicates.confirm', {
            keep: displayName(keep),
            keepN: keepIndex + 1,
            other: displayName(other),
            otherN: otherIndex + 1,
          })}
        </p>
        <div className="form-actions">
          {/* Focus lands on the safe choice: Enter on a stray keypress does not merge. */}
          <Button autoFocus onClick={() => setConfirming(false)} disabled={busy}>
            {t('duplicates.back')}
          </Button>
          <Button
            variant="danger"
            disabled={busy}
            onClick={() => {
              setBusy(true)
              void props.onMerge(keep.id, other.id).finally(() => setBusy(false))
            }}
          >
            {t('duplicates.confirmMerge')}
          </Button>
        </div>
      </div>
    )

  return (
    <div className="duplicate-review">
      <ContactComparisonTable records={props.records} events={eventNames} />
      <fieldset className="radio-group keep-choice">
        <legend>{t('duplicates.keep')}</legend>
        {props.records.map((record, i) => (
          <label key={record.id} className="radio">
            <input
              type="radio"
              name={radioName}
              checked={keepIndex === i}
              onChange={() => setKeepIndex(i === 0 ? 0 : 1)}
            />
            {t('duplicates.keepRecord', { n: i + 1, name: displayName(record) })}
          </label>
        ))}
        <p className="field-hint">{t('duplicates.keepHint')}</p>
      </fieldset>
      <div className="form-actions">
        <Button onClick={props.onClose}>{t('dialog.close')}</Button>
        <Button onClick={props.onDismiss}>{t('duplicates.notDuplicate')}</Button>
        <Button variant="primary" disabled={readOnly} onClick={() => setConfirming(true)}>
          {t('duplicates.merge')}
        </Button>
      </div>
    </div>
  )
}
