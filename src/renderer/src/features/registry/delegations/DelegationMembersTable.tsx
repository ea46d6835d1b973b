import { displayName } from '../../../../../shared/people/names'
import type { DelegationMemberRow } from '../../../../../shared/registry/views/delegation-groups'
import type { StoredContact } from '../../../db'
import { useI18n } from '../../../i18n/I18nProvider'
import { Button } from '../../../ui/Button'

/** One delegation's members in protocol order, with "Make head" for everyone but the head. */
export function DelegationMembersTable(props: {
  caption: string
  members: readonly DelegationMemberRow<StoredContact>[]
  /** Absent for participants without a delegation: there is no one to head. */
  onMakeHead?: (member: DelegationMemberRow<StoredContact>) => void
  readOnly: boolean
}) {
  const { t } = useI18n()
  return (
    <table className="table delegation-members">
      <caption className="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('registry.column.name')}</th>
          <th scope="col">{t('registry.column.role')}</th>
          <th scope="col">{t('registry.column.status')}</th>
          <th scope="col">{t('registry.column.mode')}</th>
          {props.onMakeHead && <th scope="col">{t('delegations.column.actions')}</th>}
        </tr>
      </thead>
      <tbody>
        {props.members.map((member) => {
          const { participant, contact } = member
          const name = displayName(contact)
          const isHead = participant.role === 'head'
          return (
            <tr key={participant.id} className={isHead ? 'is-head' : undefined}>
              <th scope="row">
                {name}
                {contact.position && <span className="muted"> · {contact.position}</span>}
              </th>
              <td>{isHead ? <strong>{t('role.head')}</strong> : t(`role.${participant.role}`)}</td>
              <td>{t(`status.${participant.status}`)}</td>
              <td>{t(`mode.${participant.mode}`)}</td>
              {props.onMakeHead && (
                <td>
                  {!isHead && (
                    <Button
                      aria-label={t('delegations.makeHeadOf', { name })}
                      disabled={props.readOnly}
                      onClick={() => props.onMakeHead?.(member)}
                    >
                      {t('delegations.makeHead')}
                    </Button>
                  )}
                </td>
              )}
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
