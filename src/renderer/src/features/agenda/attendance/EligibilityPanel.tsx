import { useState } from 'react'
import type { AgendaSession, SessionKind } from '../../../../../shared/agenda/model'
import { countedSessions, type EligibilityRule } from '../../../../../shared/attendance/eligibility'
import { sessionLengthMinutes } from '../../../../../shared/attendance/minutes'
import { useAppData } from '../../../app/AppData'
import { describeError } from '../../../app/describe-error'
import { useI18n } from '../../../i18n/I18nProvider'
import { Button } from '../../../ui/Button'
import { TextField } from '../../../ui/Field'
import { useToast } from '../../../ui/Toasts'

const COUNTABLE: Exclude<SessionKind, 'self_study'>[] = [
  'plenary',
  'breakout',
  'social',
  'protocol',
]

/** The certificate rule, stated in words and editable. */
export function EligibilityPanel(props: {
  rule: EligibilityRule
  sessions: readonly AgendaSession[]
  onSave: (rule: EligibilityRule) => Promise<void>
}) {
  const { t } = useI18n()
  const { readOnly } = useAppData()
  const toast = useToast()
  const [draft, setDraft] = useState(props.rule)
  const [percentText, setPercentText] = useState(String(props.rule.minPercent))
  const percent = Number(percentText)
  const percentOk = /^\d{1,3}$/.test(percentText.trim()) && percent >= 0 && percent <= 100
  const counted = countedSessions(props.sessions, props.rule)
  const minutes = counted.reduce((sum, s) => sum + sessionLengthMinutes(s), 0)
  const selfStudy = props.sessions.filter((s) => s.kind === 'self_study').length
  const kinds = props.rule.kinds.map((k) => t(`agenda.kind.${k}`)).join(', ')
  const toggle = (kind: Exclude<SessionKind, 'self_study'>) =>
    setDraft((d) => ({
      ...d,
      kinds: d.kinds.includes(kind) ? d.kinds.filter((k) => k !== kind) : [...d.kinds, kind],
    }))
  const save = async () => {
    try {
      await props.onSave({ ...draft, minPercent: percent })
      toast({ message: t('agenda.rule.saved') })
    } catch (error) {
      toast({ tone: 'error', message: describeError(t, error) })
    }
  }
  return (
    <section className="eligibility" aria-labelledby="rule-heading">
      <h2 id="rule-heading">{t('agenda.rule.title')}</h2>
      <p className="rule-statement" role="status">
        {t('agenda.rule.statement', {
          percent: props.rule.minPercent,
          minutes,
          count: counted.length,
          kinds,
        })}{' '}
        {props.rule.requireSelfStudy &&
          selfStudy > 0 &&
          t('agenda.rule.selfStudy', { count: selfStudy })}
      </p>
      <details>
        <summary>{t('agenda.rule.change')}</summary>
        <div className="rule-form">
          <TextField
            label={t('agenda.rule.percent')}
            inputMode="numeric"
            value={percentText}
            onChange={(e) => setPercentText(e.target.value)}
            error={percentOk ? undefined : t('agenda.rule.percentInvalid')}
          />
          <fieldset className="radio-row">
            <legend>{t('agenda.rule.kinds')}</legend>
            {COUNTABLE.map((k) => (
              <label key={k} className="checkbox">
                <input
                  type="checkbox"
                  checked={draft.kinds.includes(k)}
                  onChange={() => toggle(k)}
                />
                {t(`agenda.kind.${k}`)}
              </label>
            ))}
          </fieldset>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.requireSelfStudy}
              onChange={(e) => setDraft((d) => ({ ...d, requireSelfStudy: e.target.checked }))}
            />
            {t('agenda.rule.requireSelfStudy')}
          </label>
          <Button
            variant="primary"
            disabled={readOnly || !percentOk || draft.kinds.length === 0}
            onClick={() => void save()}
          >
            {t('agenda.rule.save')}
          </Button>
        </div>
      </details>
    </section>
  )
}
