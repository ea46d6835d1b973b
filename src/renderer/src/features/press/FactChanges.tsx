import { changesFor, type FactChange } from '../../../../shared/press/fact-diff'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'

const MAX_SHOWN = 160

function shorten(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text
}

/** "Countries and territories: 17 → 18", and for lists the names that came and went. */
export function FactChanges(props: {
  changes: readonly FactChange[]
  disabled: boolean
  onApply: () => void
}) {
  const { t, lang } = useI18n()
  const shown = changesFor(props.changes, lang)
  if (shown.length === 0) return <p className="press-facts-current">{t('press.facts.upToDate')}</p>
  return (
    <section className="press-fact-changes" aria-labelledby="press-fact-changes-title">
      <h3 id="press-fact-changes-title">{t('press.facts.changed')}</h3>
      <ul>
        {shown.map((c) => (
          <li key={`${c.lang}-${c.key}`}>
            <strong>{t(`press.fact.${c.key}`)}</strong>
            {': '}
            {c.added.length + c.removed.length > 0 ? (
              <>
                {c.added.map((name) => (
                  <ins key={`+${name}`}>+ {name} </ins>
                ))}
                {c.removed.map((name) => (
                  <del key={`-${name}`}>− {name} </del>
                ))}
              </>
            ) : (
              `${shorten(c.before || '—')} → ${shorten(c.after || '—')}`
            )}
          </li>
        ))}
      </ul>
      <Button variant="primary" disabled={props.disabled} onClick={props.onApply}>
        {t('press.facts.apply')}
      </Button>
    </section>
  )
}
