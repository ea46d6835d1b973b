import { useState } from 'react'
import {
  participantRoles,
  participantStatuses,
  participationModes,
} from '../../../../shared/registry/model'
import type { BulkPatch } from '../../../../shared/registry/bulk'
import type { MessageKey } from '../../../../shared/i18n'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import { SelectField, TextField } from '../../ui/Field'

type Action = 'status' | 'mode' | 'role' | 'addTag' | 'removeTag'

const actionValues: Record<Action, readonly string[] | null> = {
  status: participantStatuses,
  mode: participationModes,
  role: participantRoles.filter((r) => r !== 'head'),
  addTag: null,
  removeTag: null,
}
const actionLabels: Record<Action, MessageKey> = {
  status: 'bulk.setStatus',
  mode: 'bulk.setMode',
  role: 'bulk.setRole',
  addTag: 'bulk.addTag',
  removeTag: 'bulk.removeTag',
}
const valuePrefix: Partial<Record<Action, string>> = {
  status: 'status',
  mode: 'mode',
  role: 'role',
}

function patchFor(action: Action, value: string): BulkPatch {
  switch (action) {
    case 'status':
      return { status: value as NonNullable<BulkPatch['status']> }
    case 'mode':
      return { mode: value as NonNullable<BulkPatch['mode']> }
    case 'role':
      return { role: value as NonNullable<BulkPatch['role']> }
    case 'addTag':
      return { addTags: [value.trim()] }
    case 'removeTag':
      return { removeTags: [value.trim()] }
  }
}

/** Actions on the selected participants; every one can be undone from the toast that follows. */
export function BulkBar(props: {
  count: number
  disabled: boolean
  canMakeHead: boolean
  onApply: (patch: BulkPatch) => void
  onMakeHead: () => void
  onDelete: () => void
}) {
  const { t } = useI18n()
  const [action, setAction] = useState<Action>('status')
  const [value, setValue] = useState('')
  const values = actionValues[action]
  const ready = values ? value !== '' : value.trim() !== ''

  return (
    <div className="bulk-bar" role="group" aria-label={t('bulk.label')}>
      <strong>{t('registry.selected', { count: props.count })}</strong>
      <SelectField
        label={t('bulk.action')}
        value={action}
        onChange={(e) => {
          setAction(e.target.value as Action)
          setValue('')
        }}
        options={(Object.keys(actionLabels) as Action[]).map((a) => ({
          value: a,
          label: t(actionLabels[a]),
        }))}
      />
      {values ? (
        <SelectField
          label={t(actionLabels[action])}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          options={[
            { value: '', label: t('bulk.choose') },
            ...values.map((v) => ({
              value: v,
              label: t(`${valuePrefix[action]}.${v}` as MessageKey),
            })),
          ]}
        />
      ) : (
        <TextField
          label={t('bulk.tagName')}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          maxLength={60}
        />
      )}
      <Button
        variant="primary"
        disabled={props.disabled || !ready}
        onClick={() => props.onApply(patchFor(action, value))}
      >
        {t('bulk.apply')}
      </Button>
      {props.canMakeHead && (
        <Button disabled={props.disabled} onClick={props.onMakeHead}>
          {t('bulk.makeHead')}
        </Button>
      )}
      <Button variant="danger" disabled={props.disabled} onClick={props.onDelete}>
        {t('bulk.delete')}
      </Button>
    </div>
  )
}
