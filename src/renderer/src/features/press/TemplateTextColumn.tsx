import { useId, type Ref } from 'react'
import type { DocNode } from '../../../../shared/press/doc-model'
import type { PressLang } from '../../../../shared/press/language'
import { docToPlainText, textCounts } from '../../../../shared/press/output-text'
import { TEMPLATE_TEXT_MAX } from '../../../../shared/press/template-model'
import { useI18n } from '../../i18n/I18nProvider'
import { DocView } from './DocView'
import { TextCounts } from './TextCounts'

/**
 * One language of a template: the markup as plain text, and under it the release it would make
 * for the current event, rendered as React elements (never HTML), so nothing typed can run.
 */
export function TemplateTextColumn({
  lang,
  value,
  preview,
  readOnly,
  limit,
  textareaRef,
  onChange,
  onFocus,
}: {
  lang: PressLang
  value: string
  preview: DocNode
  readOnly: boolean
  limit?: number
  textareaRef: Ref<HTMLTextAreaElement>
  onChange: (value: string) => void
  onFocus: () => void
}) {
  const { t } = useI18n()
  const inputId = useId()
  const langName = t(`press.lang.${lang}`)
  const empty = preview.content.every((b) => b.type === 'paragraph' && !b.content)
  const counts = textCounts(docToPlainText(preview, { links: false }))
  return (
    <div className="press-template-column">
      <label htmlFor={inputId} className="press-lang-title">
        {t('press.templateEditor.text', { lang: langName })}
      </label>
      <textarea
        id={inputId}
        ref={textareaRef}
        className="press-template-text"
        lang={lang}
        spellCheck
        value={value}
        readOnly={readOnly}
        maxLength={TEMPLATE_TEXT_MAX}
        onChange={(e) => onChange(e.target.value)}
        onFocus={onFocus}
      />
      <section className="press-template-preview" aria-labelledby={`${inputId}-preview`}>
        <h3 id={`${inputId}-preview`} className="press-template-preview-title">
          {t('press.templateEditor.preview', { lang: langName })}
        </h3>
        {empty ? (
          <p className="muted">{t('press.templateEditor.previewEmpty')}</p>
        ) : (
          <DocView doc={preview} lang={lang} />
        )}
        <TextCounts {...counts} {...(limit !== undefined ? { limit } : {})} />
      </section>
    </div>
  )
}
