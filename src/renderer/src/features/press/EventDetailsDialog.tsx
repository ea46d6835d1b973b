import { useEffect, useState } from 'react'
import type { EventRecord } from '../../../../shared/events/model'
import { displayName } from '../../../../shared/people/names'
import type { PressProfile } from '../../../../shared/press/facts'
import { describeError } from '../../app/describe-error'
import { useAppData } from '../../app/AppData'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { SelectField, TextField } from '../../ui/Field'
import { useCountryName } from '../registry/use-country-name'

interface PersonOption {
  value: string
  label: string
}

/**
 * What releases say about the event beyond its record: theme and organisers in both languages,
 * and the official quoted (a participant, so honorific, name and position stay current).
 */
export function EventDetailsDialog(props: {
  event: EventRecord
  onClose: () => void
  onSaved: () => void
}) {
  const { t } = useI18n()
  const { repos, readOnly } = useAppData()
  const countryName = useCountryName()
  const [profile, setProfile] = useState<PressProfile>()
  const [people, setPeople] = useState<PersonOption[]>([])
  const [error, setError] = useState<string>()
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    let cancelled = false
    void Promise.all([
      repos.press.getProfile(props.event.id),
      repos.participants.loadEvent(props.event.id),
    ]).then(([p, registry]) => {
      if (cancelled) return
      const delegations = new Map(registry.delegations.map((d) => [d.id, d]))
      const options = registry.participants.flatMap((participant) => {
        const contact = registry.contacts.get(participant.contactId)
        if (!contact) return []
        const d = participant.delegationId ? delegations.get(participant.delegationId) : undefined
        const where = d?.countryCode ? countryName(d.countryCode) : (d?.organisationName ?? '')
        const label = [displayName(contact), contact.position, where].filter(Boolean).join(' — ')
        return [{ value: participant.id, label }]
      })
      options.sort((a, b) => a.label.localeCompare(b.label))
      setPeople(options)
      setProfile(p)
    })
    return () => {
      cancelled = true
    }
  }, [repos, props.event.id, countryName])

  const set = (patch: Partial<PressProfile>) => setProfile((p) => (p ? { ...p, ...patch } : p))

  const save = async () => {
    if (!profile) return
    setSaving(true)
    try {
      await repos.press.saveProfile(profile)
      props.onSaved()
      props.onClose()
    } catch (e) {
      setError(describeError(t, e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Dialog title={t('press.profile.title')} open onClose={props.onClose}>
      {!profile ? (
        <p className="muted">{t('press.loading')}</p>
      ) : (
        <form
          className="form-grid"
          onSubmit={(e) => {
            e.preventDefault()
            void save()
          }}
        >
          <TextField
            label={t('press.profile.themeId')}
            value={profile.themeId}
            maxLength={500}
            onChange={(e) => set({ themeId: e.target.value })}
          />
          <TextField
            label={t('press.profile.themeEn')}
            value={profile.themeEn}
            maxLength={500}
            onChange={(e) => set({ themeEn: e.target.value })}
          />
          <TextField
            label={t('press.profile.organisersId')}
            hint={t('press.profile.organisersHint')}
            value={profile.organisersId}
            maxLength={1000}
            onChange={(e) => set({ organisersId: e.target.value })}
          />
          <TextField
            label={t('press.profile.organisersEn')}
            value={profile.organisersEn}
            maxLength={1000}
            onChange={(e) => set({ organisersEn: e.target.value })}
          />
          <SelectField
            label={t('press.profile.official')}
            hint={t('press.profile.officialHint')}
            value={profile.officialParticipantId ?? ''}
            options={[{ value: '', label: t('press.profile.noOfficial') }, ...people]}
            onChange={(e) => {
              const { officialParticipantId: _old, ...rest } = profile
              setProfile(e.target.value ? { ...rest, officialParticipantId: e.target.value } : rest)
            }}
          />
          {error && (
            <p role="alert" className="field-error">
              {error}
            </p>
          )}
          <div className="form-actions">
            <Button onClick={props.onClose}>{t('press.cancel')}</Button>
            <Button variant="primary" type="submit" disabled={saving || readOnly}>
              {t('press.profile.save')}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  )
}
