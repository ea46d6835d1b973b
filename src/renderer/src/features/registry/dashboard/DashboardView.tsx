import { useMemo } from 'react'
import {
  genders,
  participantRoles,
  participantStatuses,
  participationModes,
} from '../../../../../shared/registry/model'
import { delegationLabel } from '../../../../../shared/registry/registry-view'
import { roleProtocolOrder } from '../../../../../shared/people/protocol-order'
import { countBy, largestFirst, registryTotals } from '../../../../../shared/registry/views/counts'
import { useI18n } from '../../../i18n/I18nProvider'
import { EmptyState } from '../../../ui/EmptyState'
import type { RegistryViewProps } from '../RegistryArea'
import { useCountryName } from '../use-country-name'
import { BarChart } from './BarChart'
import { TotalsTiles } from './TotalsTiles'

// Roles in protocol rank, then any role the rank list does not know yet.
const roleOrder = [
  ...roleProtocolOrder,
  ...participantRoles.filter((r) => !roleProtocolOrder.includes(r)),
]

/** The event's numbers at a glance: totals, then counts by status, mode, delegation, gender, role. */
export function DashboardView({ registry }: RegistryViewProps) {
  const { t, lang } = useI18n()
  const nameOf = useCountryName()
  const { participants, delegations, contacts } = registry

  const totals = useMemo(
    () => registryTotals(participants, delegations),
    [participants, delegations],
  )
  const charts = useMemo(() => {
    const labels = new Map(delegations.map((d) => [d.id, delegationLabel(d, nameOf)]))
    const collator = new Intl.Collator(lang)
    const byDelegation = countBy(participants, (p) =>
      p.delegationId && labels.has(p.delegationId) ? p.delegationId : '',
    )
      .map((r) => ({ ...r, label: labels.get(r.key) || t('registry.noDelegation') }))
      .sort((a, b) => collator.compare(a.label, b.label))
    return {
      status: countBy(participants, (p) => p.status, participantStatuses).map((r) => ({
        ...r,
        label: t(`status.${r.key}`),
      })),
      mode: countBy(participants, (p) => p.mode, participationModes).map((r) => ({
        ...r,
        label: t(`mode.${r.key}`),
      })),
      delegation: largestFirst(byDelegation),
      gender: countBy(
        participants,
        (p) => contacts.get(p.contactId)?.gender ?? 'unspecified',
        genders,
      ).map((r) => ({
        ...r,
        label: t(`gender.${r.key}`),
      })),
      role: countBy(participants, (p) => p.role, roleOrder).map((r) => ({
        ...r,
        label: t(`role.${r.key}`),
      })),
    }
  }, [participants, delegations, contacts, nameOf, t, lang])

  if (participants.length === 0)
    return <EmptyState title={t('registry.empty.title')} body={t('registry.empty.body')} />

  return (
    <div className="dashboard">
      <TotalsTiles totals={totals} />
      <div className="chart-grid">
        <BarChart title={t('dashboard.byStatus')} rows={charts.status} />
        <BarChart title={t('dashboard.byMode')} rows={charts.mode} />
        <BarChart title={t('dashboard.byGender')} rows={charts.gender} />
        <BarChart title={t('dashboard.byRole')} rows={charts.role} />
        <BarChart title={t('dashboard.byDelegation')} rows={charts.delegation} />
      </div>
    </div>
  )
}
