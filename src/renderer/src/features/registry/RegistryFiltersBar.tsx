import type { Delegation } from '../../../../shared/registry/model'
import {
  participantRoles,
  participantStatuses,
  participationModes,
} from '../../../../shared/registry/model'
import type { RegistryFilters } from '../../../../shared/registry/registry-view'
import type { MessageKey } from '../../../../shared/i18n'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import { SelectField, TextField } from '../../ui/Field'

const missingOptions = ['any', 'nomination', 'passport', 'visa'] as const

/** One choice per filter ("Any" = no filter); the shared filter also takes lists for later use. */
export function RegistryFiltersBar(props: {
  filters: RegistryFilters
  onChange: (filters: RegistryFilters) => void
  delegations: readonly { delegation: Delegation; label: string }[]
}) {
  const { t } = useI18n()
  const { filters, onChange } = props
  const any = { value: '', label: t('registry.filter.any') }
  const list = (values: readonly string[], prefix: string) => [
    any,
    ...values.map((v) => ({ value: v, label: t(`${prefix}.${v}` as MessageKey) })),
  ]
  const one = <T extends string>(value: string): T[] => (value ? [value as T] : [])
  const active = Object.values(filters).some((v) => (Array.isArray(v) ? v.length > 0 : !!v))

  return (
    <div className="filters" role="group" aria-label={t('registry.filters')}>
      <SelectField
        label={t('registry.filter.status')}
        value={filters.statuses?.[0] ?? ''}
        options={list(participantStatuses, 'status')}
        onChange={(e) => onChange({ ...filters, statuses: one(e.target.value) })}
      />
      <SelectField
        label={t('registry.filter.mode')}
        value={filters.modes?.[0] ?? ''}
        options={list(participationModes, 'mode')}
        onChange={(e) => onChange({ ...filters, modes: one(e.target.value) })}
      />
      <SelectField
        label={t('registry.filter.role')}
        value={filters.roles?.[0] ?? ''}
        options={list(participantRoles, 'role')}
        onChange={(e) => onChange({ ...filters, roles: one(e.target.value) })}
      />
      <SelectField
        label={t('registry.filter.delegation')}
        value={filters.delegationIds?.[0] ?? ''}
        options={[
          any,
          ...props.delegations.map((d) => ({ value: d.delegation.id, label: d.label })),
        ]}
        onChange={(e) => onChange({ ...filters, delegationIds: one(e.target.value) })}
      />
      <TextField
        label={t('registry.filter.tag')}
        value={filters.tag ?? ''}
        onChange={(e) => onChange({ ...filters, tag: e.target.value })}
      />
      <SelectField
        label={t('registry.filter.missing')}
        value={filters.missing ?? ''}
        options={[
          any,
          ...missingOptions.map((m) => ({ value: m, label: t(`registry.missing.${m}`) })),
        ]}
        onChange={(e) => {
          const { missing: _drop, ...rest } = filters
          onChange(
            e.target.value
              ? { ...rest, missing: e.target.value as (typeof missingOptions)[number] }
              : rest,
          )
        }}
      />
      {active && (
        <Button variant="ghost" onClick={() => onChange({})}>
          {t('registry.filter.clear')}
        </Button>
      )}
    </div>
  )
}
