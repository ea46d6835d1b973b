import type { RegistryRow } from '../../../../shared/registry/registry-view'
import { useI18n } from '../../i18n/I18nProvider'
import type { ColumnId } from './columns'

/** One cell's content; text only (React escapes it), never HTML from the data. */
export function RegistryCell(props: {
  column: ColumnId
  row: RegistryRow
  revealed: boolean
  onReveal: () => void
  onEdit: () => void
}) {
  const { t } = useI18n()
  const { row } = props
  const p = row.participant
  switch (props.column) {
    case 'name':
      return (
        <button
          type="button"
          className="link-button"
          aria-label={t('registry.edit', { name: row.name })}
          onClick={props.onEdit}
        >
          {row.name}
          {p.role === 'head' && (
            <span className="badge" title={t('registry.head')}>
              ★
            </span>
          )}
        </button>
      )
    case 'delegation':
      return (
        <>{row.delegationName || <span className="muted">{t('registry.noDelegation')}</span>}</>
      )
    case 'role':
      return <>{t(`role.${p.role}`)}</>
    case 'status':
      return <span className={`status status-${p.status}`}>{t(`status.${p.status}`)}</span>
    case 'mode':
      return <>{t(`mode.${p.mode}`)}</>
    case 'organisation':
      return <>{row.contact.organisation}</>
    case 'position':
      return <>{row.contact.position}</>
    case 'email':
      return <>{row.email}</>
    case 'phone':
      return <>{row.phone}</>
    case 'tags':
      return <>{p.tags.join(', ')}</>
    case 'documents':
      return row.missingDocuments ? (
        <span className="status status-missing">{t('registry.docsMissing')}</span>
      ) : (
        <span className="status status-complete">{t('registry.docsComplete')}</span>
      )
    case 'passport':
      if (!p.documents.passportNumber) return null
      // Sensitive: masked in lists, revealed on demand for one row.
      return (
        <button
          type="button"
          className="link-button"
          aria-label={
            props.revealed ? t('registry.hide') : t('registry.reveal', { name: row.name })
          }
          aria-pressed={props.revealed}
          onClick={props.onReveal}
        >
          {props.revealed ? p.documents.passportNumber : '••••••••'}
        </button>
      )
  }
}
