import { useI18n } from '../../../i18n/I18nProvider'
import { stepLabels, steps, type Step } from './steps'

/** Where the user is in the import: a numbered list, the current step marked for screen readers. */
export function Stepper(props: { step: Step }) {
  const { t } = useI18n()
  const at = steps.indexOf(props.step)
  return (
    <nav aria-label={t('import.steps')}>
      <ol className="import-stepper">
        {steps.map((s, i) => (
          <li
            key={s}
            aria-current={s === props.step ? 'step' : undefined}
            className={i < at ? 'done' : s === props.step ? 'current' : undefined}
          >
            <span className="import-step-number" aria-hidden="true">
              {i + 1}
            </span>
            {t(stepLabels[s])}
          </li>
        ))}
      </ol>
    </nav>
  )
}
