import type { FactKey } from '../../../../shared/press/catalogue'
import { tokenFor } from '../../../../shared/press/catalogue'
import type { PressLang } from '../../../../shared/press/language'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'

export interface LangReport {
  lang: PressLang
  unknown: string[]
  unfilled: FactKey[]
  missing: FactKey[]
}

/** What still needs a writer's attention in each text: placeholders unknown, typed, or empty. */
export function PlaceholderReport(props: {
  reports: readonly LangReport[]
  disabled: boolean
  onFill: () => void
}) {
  const { t } = useI18n()
  const pending = props.reports.filter(
    (r) => r.unknown.length + r.unfilled.length + r.missing.length > 0,
  )
  if (pending.length === 0) return null
  const anyTyped = pending.some((r) => r.unfilled.length > 0)
  return (
    <section className="press-placeholders" aria-labelledby="press-placeholders-title">
      <h3 id="press-placeholders-title">{t('press.placeholders.title')}</h3>
      <ul>
        {pending.map((r) => (
          <li key={r.lang}>
            <strong>{t(`press.lang.${r.lang}`)}</strong>
            <ul>
              {r.unknown.length > 0 && (
                <li className="press-unknown">
                  {t('press.placeholders.unknown', { list: r.unknown.join(', ') })}
                </li>
              )}
              {r.missing.length > 0 && (
                <li>
                  {t('press.placeholders.missing', {
                    list: r.missing.map((k) => t(`press.fact.${k}`)).join(', '),
                  })}
                </li>
              )}
              {r.unfilled.length > 0 && (
                <li>
                  {t('press.placeholders.unfilled', {
                    list: r.unfilled.map(tokenFor).join(', '),
                  })}
                </li>
              )}
            </ul>
          </li>
        ))}
      </ul>
      {anyTyped && (
        <Button disabled={props.disabled} onClick={props.onFill}>
          {t('press.placeholders.fill')}
        </Button>
      )}
    </section>
  )
}
