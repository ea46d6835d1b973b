import { useEffect, useState } from 'react'
import { normaliseEmails } from '../../../../shared/people/emails'
import { displayName } from '../../../../shared/people/names'
import type { ParticipantDraft } from '../../../../shared/registry/participant-input'
import { useAppData } from '../../app/AppData'
import type { StoredContact } from '../../db'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import { contactDraft } from './participant-draft'

/**
 * When a typed email already belongs to someone in the directory, offers to add that person
 * instead of creating a second record of them (the most common source of duplicates).
 */
export function ExistingContactHint(props: {
  emails: string
  usingId: string | undefined
  onUse: (contactId: string, fields: Partial<ParticipantDraft>) => void
}) {
  const { t } = useI18n()
  const { repos } = useAppData()
  const [match, setMatch] = useState<StoredContact>()
  const first = normaliseEmails(props.emails).emails[0] ?? ''

  useEffect(() => {
    let cancelled = false
    void (first ? repos.contacts.findByEmail(first) : Promise.resolve(undefined)).then((found) => {
      if (!cancelled) setMatch(found)
    })
    return () => {
      cancelled = true
    }
  }, [repos, first])

  if (!match) return null
  const name = displayName(match)
  if (props.usingId === match.id) {
    return (
      <p className="form-note" role="status">
        {t('form.usingExisting', { name })}
      </p>
    )
  }
  return (
    <div className="form-note" role="status">
      <span>{t('form.existingMatch', { name, email: first })}</span>
      <Button onClick={() => props.onUse(match.id, contactDraft(match))}>
        {t('form.useExisting')}
      </Button>
    </div>
  )
}
