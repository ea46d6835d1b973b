import { useState } from 'react'
import { DEFAULT_INSTRUCTION_TEMPLATES } from '../../../../shared/agenda/default-templates'
import { INSTRUCTION_VOCABULARY } from '../../../../shared/agenda/instructions'
import { parseTemplate, type TemplateVocabulary } from '../../../../shared/agenda/template'
import type { Language } from '../../../../shared/i18n'
import { describeError } from '../../app/describe-error'
import { useAppData } from '../../app/AppData'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import { TextAreaField } from '../../ui/Field'
import { useToast } from '../../ui/Toasts'
import type { useInstructionTemplate } from './use-instruction-template'

function names(v: TemplateVocabulary, prefix = ''): string[] {
  return [
    ...v.values.map((n) => `${prefix}{{${n}}}`),
    ...[...v.lists.entries()].flatMap(([n, inner]) => [
      `${prefix}{{#${n}}}…{{/${n}}}`,
      ...names(inner, `${prefix}  `),
    ]),
  ]
}

/** Edits the join-instruction template of one language; problems are shown with their line. */
export function TemplateEditor(props: {
  lang: Language
  template: ReturnType<typeof useInstructionTemplate>
}) {
  const { t } = useI18n()
  const { readOnly } = useAppData()
  const toast = useToast()
  const [text, setText] = useState(props.template.text)
  const parsed = parseTemplate(text, INSTRUCTION_VOCABULARY)
  const problems = parsed.ok ? [] : parsed.problems
  const save = async (value: string | undefined) => {
    try {
      await props.template.save(value)
      if (value === undefined) setText(DEFAULT_INSTRUCTION_TEMPLATES[props.lang])
      toast({ message: t('agenda.template.saved') })
    } catch (error) {
      toast({ tone: 'error', message: describeError(t, error) })
    }
  }
  return (
    <section className="template-editor" aria-labelledby="template-heading">
      <h2 id="template-heading">
        {t('agenda.template.title', { language: t(`settings.language.${props.lang}`) })}
      </h2>
      <div className="template-columns">
        <TextAreaField
          label={t('agenda.template.text')}
          hint={t('agenda.template.hint')}
          rows={18}
          spellCheck={false}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <div>
          <h3>{t('agenda.template.placeholders')}</h3>
          <pre className="template-names">{names(INSTRUCTION_VOCABULARY).join('\n')}</pre>
        </div>
      </div>
      {problems.length > 0 && (
        <ul className="template-problems" role="alert">
          {problems.map((p, i) => (
            <li key={i}>
              {t(`agenda.template.problem.${p.code}`, { line: p.line, name: p.name ?? '' })}
            </li>
          ))}
        </ul>
      )}
      <div className="form-actions">
        <Button
          disabled={readOnly || !props.template.customised}
          onClick={() => void save(undefined)}
        >
          {t('agenda.template.reset')}
        </Button>
        <Button
          variant="primary"
          disabled={readOnly || problems.length > 0}
          onClick={() => void save(text)}
        >
          {t('agenda.template.save')}
        </Button>
      </div>
    </section>
  )
}
