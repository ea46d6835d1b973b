import { useState } from 'react'
import type {
  PressReleaseRecord,
  ReleaseDetailsInput,
} from '../../../../shared/press/release-model'
import { useI18n } from '../../i18n/I18nProvider'
import { TextField } from '../../ui/Field'

type Editable = Pick<ReleaseDetailsInput, 'title' | 'number' | 'place' | 'date'>

/** The release's title, number and dateline; each saved when its field is left. */
export function ReleaseDetailsForm(props: {
  release: PressReleaseRecord
  disabled: boolean
  onSave: (patch: Partial<Editable>) => Promise<boolean>
}) {
  const { t } = useI18n()
  const { release } = props
  const [draft, setDraft] = useState<Editable>({
    title: release.title,
    number: release.number,
    place: release.place,
    date: release.date,
  })
  const [titleError, setTitleError] = useState<string>()

  const commit = async (field: keyof Editable) => {
    const value = draft[field].trim()
    if (value === release[field]) return
    if (field === 'title' && value === '') return setTitleError(t('press.details.titleRequired'))
    setTitleError(undefined)
    const ok = await props.onSave({ [field]: value })
    if (!ok) setDraft((d) => ({ ...d, [field]: release[field] }))
  }

  const field = (name: keyof Editable, label: string, extra: Record<string, unknown> = {}) => (
    <TextField
      label={label}
      value={draft[name]}
      disabled={props.disabled}
      onChange={(e) => setDraft((d) => ({ ...d, [name]: e.target.value }))}
      onBlur={() => void commit(name)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') void commit(name)
      }}
      {...extra}
    />
  )

  return (
    <div className="press-details">
      {field('title', t('press.details.title'), titleError ? { error: titleError } : {})}
      {field('number', t('press.details.number'), { hint: t('press.details.numberHint') })}
      {field('place', t('press.details.place'), { hint: t('press.details.placeHint') })}
      {field('date', t('press.details.date'), { type: 'date' })}
    </div>
  )
}
