import { useId } from 'react'
import { tokenFor, type FactKey } from '../../../../shared/press/catalogue'
import type { PressLang } from '../../../../shared/press/language'
import type { TemplateCheck } from '../../../../shared/press/template-model'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'

/**
 * What to fix in a template, per language: unknown placeholders (they would stay in the release
 * as written), with a one-click fix when a known fact is close; empty texts; and, for this event,
 * facts without a value yet.
 */
export function TemplateChecks(props: {
  checks: readonly TemplateCheck[]
  /** Facts used without a value for this event, in either language. */
  missing: readonly FactKey[]
  readOnly: boolean
  onReplace: (lang: PressLang, wrong: string, right: string) => void
}) {
  const { t } = useI18n()
  const titleId = useId()
  const problems = props.checks.filter((c) => c.empty || c.unknown.length > 0)
  return (
    <section className="press-template-checks" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('press.checks.title')}</h2>
      {problems.length === 0 && <p>{t('press.checks.ok')}</p>}
      <ul>
        {props.checks.map((check) => {
          const langName = t(`press.lang.${check.lang}`)
          return [
            check.empty && (
              <li key={`${check.lang}-empty`} className="press-check-warning">
                {t('press.checks.empty', { lang: langName })}
              </li>
            ),
            ...check.unknown.map((u) => (
              <li key={`${check.lang}-${u.token}`} className="press-check-error">
                <strong>{langName}: </strong>
                {t('press.checks.unknown', { token: u.token })}
                {u.suggestion && (
                  <>
                    {' '}
                    {t('press.checks.didYouMean', { token: tokenFor(u.suggestion) })} <br />
                    <Button
                      className="press-check-fix"
                      disabled={props.readOnly}
                      aria-label={t('press.checks.useNamed', {
                        wrong: u.token,
                        token: tokenFor(u.suggestion),
                        lang: langName,
                      })}
                      onClick={() => props.onReplace(check.lang, u.token, tokenFor(u.suggestion!))}
                    >
                      {t('press.checks.use', { token: tokenFor(u.suggestion) })}
                    </Button>
                  </>
                )}
              </li>
            )),
          ]
        })}
        {props.missing.length > 0 && (
          <li className="muted">
            {t('press.checks.missing', {
              list: props.missing.map((k) => t(`press.fact.${k}`)).join(', '),
            })}
          </li>
        )}
      </ul>
    </section>
  )
}
