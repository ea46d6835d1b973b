import { useId } from 'react'
import { displayName } from '../../../../../shared/people/names'
import type {
  DelegationGroup,
  DelegationMemberRow,
} from '../../../../../shared/registry/views/delegation-groups'
import type { StoredContact } from '../../../db'
import { useI18n } from '../../../i18n/I18nProvider'
import { Button } from '../../../ui/Button'
import { DelegationMembersTable } from './DelegationMembersTable'

/** One delegation: its name, head, counts by status and mode, and its members. */
export function DelegationCard(props: {
  group: DelegationGroup<StoredContact>
  /** Place in the protocol order, from 1; the list already tells screen readers. */
  position: number
  /** Undefined when the list is short enough to always show every member. */
  expanded: boolean | undefined
  onToggle: () => void
  onMakeHead: (member: DelegationMemberRow<StoredContact>) => void
  readOnly: boolean
}) {
  const { t } = useI18n()
  const headingId = useId()
  const { group } = props
  const name = group.delegation ? group.name : t('delegations.noDelegation')
  const counts = (rows: { label: string; count: number }[]) =>
    rows.map((r) => t('delegations.count', r)).join(' · ')
  const showMembers = props.expanded ?? true

  return (
    <section className="delegation-card" aria-labelledby={headingId}>
      <div className="delegation-card-header">
        <span className="delegation-position" aria-hidden="true">
          {props.position}
        </span>
        <h3 id={headingId}>{name}</h3>
        {group.delegation?.kind === 'organisation' && (
          <span className="badge badge-muted">{t('delegations.organisation')}</span>
        )}
        <span className="muted">
          {t('delegations.memberCount', { count: group.members.length })}
        </span>
      </div>
      {group.delegation && (
        <p className={group.head ? 'delegation-head' : 'delegation-head delegation-no-head'}>
          {group.head
            ? t('delegations.head', { name: displayName(group.head.contact) })
            : t('delegations.noHead')}
        </p>
      )}
      <p className="delegation-counts">
        <span className="muted">{t('delegations.byStatus')}:</span>{' '}
        {counts(group.byStatus.map((r) => ({ label: t(`status.${r.key}`), count: r.count })))}
        <br />
        <span className="muted">{t('delegations.byMode')}:</span>{' '}
        {counts(group.byMode.map((r) => ({ label: t(`mode.${r.key}`), count: r.count })))}
      </p>
      {props.expanded !== undefined && (
        <Button variant="ghost" aria-expanded={props.expanded} onClick={props.onToggle}>
          {props.expanded
            ? t('delegations.hideMembers', { delegation: name })
            : t('delegations.showMembers', { count: group.members.length, delegation: name })}
        </Button>
      )}
      {showMembers && (
        <DelegationMembersTable
          caption={t('delegations.members', { delegation: name })}
          members={group.members}
          {...(group.delegation ? { onMakeHead: props.onMakeHead } : {})}
          readOnly={props.readOnly}
        />
      )}
    </section>
  )
}
