import { useState, type FormEvent } from 'react'
import { describeError } from '../../app/describe-error'
import { useI18n } from '../../i18n/I18nProvider'

export type DraftCheck<Field, Problem, Value> =
  { ok: true; value: Value } | { ok: false; problems: Map<Field, Problem> }

/**
 * A form over a draft: the draft and its edits, the problems the last check found, and a submit
 * that saves only a draft that passes, keeping the form open with the reason when saving fails.
 */
export function useDraftForm<Draft, Field, Problem, Value>(options: {
  initial: () => Draft
  check: (draft: Draft) => DraftCheck<Field, Problem, Value>
  save: (value: Value) => Promise<void>
}) {
  const { t } = useI18n()
  const [draft, setDraft] = useState<Draft>(options.initial)
  const [problems, setProblems] = useState<Map<Field, Problem>>(new Map())
  const [failure, setFailure] = useState<string>()
  const [busy, setBusy] = useState(false)
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }))

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const checked = options.check(draft)
    if (!checked.ok) return setProblems(checked.problems)
    setProblems(new Map())
    setBusy(true)
    try {
      await options.save(checked.value)
    } catch (error) {
      setFailure(describeError(t, error))
    } finally {
      setBusy(false)
    }
  }

  return { draft, setDraft, set, problems, setProblems, failure, busy, submit }
}
