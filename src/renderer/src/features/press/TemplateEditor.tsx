import {
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import type { EventRecord } from '../../../../shared/events/model'
import { factKeys, tokenFor, type FactKey } from '../../../../shared/press/catalogue'
import { pressLangs, type PressLang } from '../../../../shared/press/language'
import { parseMarkup } from '../../../../shared/press/markup'
import { renderTemplate } from '../../../../shared/press/render'
import { releaseKinds, SOCIAL_POST_LIMIT } from '../../../../shared/press/starter-templates'
import { checkTemplate, TEMPLATE_NAME_MAX } from '../../../../shared/press/template-model'
import { describeError } from '../../app/describe-error'
import { useAppData } from '../../app/AppData'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import { SelectField, TextField } from '../../ui/Field'
import { useToast } from '../../ui/Toasts'
import { newReleaseChoices } from './create-release'
import { PlaceholderPicker } from './PlaceholderPicker'
import { TemplateChecks } from './TemplateChecks'
import { TemplateEditorHeader } from './TemplateEditorHeader'
import type { TemplateDraft } from './template-journal'
import { TemplateTextColumn } from './TemplateTextColumn'
import { UnsavedTemplateDialog } from './UnsavedTemplateDialog'
import { usePressFacts } from './use-press-facts'
import { useTemplateDraft, type TemplateTarget } from './use-template-draft'

/**
 * One template: name, kind, the markup in both languages side by side with a live preview from
 * the current event's facts, the placeholder catalogue, and checks. Saved by hand (Ctrl+S);
 * changes are journalled meanwhile, and leaving with changes asks first.
 */
export function TemplateEditor(props: {
  event: EventRecord
  target: TemplateTarget
  onClose: () => void
  onOpen: (target: TemplateTarget) => void
  onDuplicate: (draft: TemplateDraft) => void
}) {
  const { t } = useI18n()
  const { readOnly } = useAppData()
  const toast = useToast()
  const titleId = useId()
  const starterName = useCallback((kind: TemplateDraft['kind']) => t(`press.template.${kind}`), [t])
  const { loaded, change, dirty, saving, save, discard, forget } = useTemplateDraft(
    props.target,
    starterName,
  )
  const [nameError, setNameError] = useState<string>()
  const [leaving, setLeaving] = useState(false)
  const [insertInto, setInsertInto] = useState<PressLang>('id')
  const idText = useRef<HTMLTextAreaElement>(null)
  const enText = useRef<HTMLTextAreaElement>(null)
  const textareas = { id: idText, en: enText }
  const caret = useRef<{ lang: PressLang; at: number }>(undefined)
  const nameInput = useRef<HTMLInputElement>(null)

  const choices = useMemo(() => newReleaseChoices(), [])
  const { facts } = usePressFacts(props.event, choices)
  const draft = loaded?.draft
  const texts = useDeferredValue(draft?.texts)
  const rendered = useMemo(
    () =>
      texts &&
      Object.fromEntries(
        pressLangs.map((lang) => [
          lang,
          renderTemplate(parseMarkup(texts[lang]), facts?.[lang] ?? new Map(), lang),
        ]),
      ),
    [texts, facts],
  )
  const checks = useMemo(() => (texts ? checkTemplate(texts) : []), [texts])

  // After an insertion, the cursor goes right after the placeholder, in the text it went into.
  useLayoutEffect(() => {
    const at = caret.current
    if (!at) return
    caret.current = undefined
    const el = (at.lang === 'id' ? idText : enText).current
    el?.focus()
    el?.setSelectionRange(at.at, at.at)
  })

  const starter = props.target.kind === 'starter'
  const locked = starter || readOnly
  const state = loaded?.record ? (dirty ? 'unsaved' : 'saved') : 'new'

  const update = (patch: Partial<TemplateDraft>) => draft && change({ ...draft, ...patch })
  const setText = (lang: PressLang, value: string) =>
    draft && change({ ...draft, texts: { ...draft.texts, [lang]: value } })

  const insert = (key: FactKey) => {
    const el = textareas[insertInto].current
    if (!draft || !el) return
    const token = tokenFor(key)
    const value = draft.texts[insertInto]
    const start = el.selectionStart ?? value.length
    const end = el.selectionEnd ?? start
    caret.current = { lang: insertInto, at: start + token.length }
    setText(insertInto, value.slice(0, start) + token + value.slice(end))
  }

  // Plain string splitting: a placeholder is replaced as text, never as a pattern.
  const replace = (lang: PressLang, wrong: string, right: string) =>
    draft && setText(lang, draft.texts[lang].split(wrong).join(right))

  const onSave = async (asNew = false): Promise<boolean> => {
    if (!draft || locked) return false
    if (!draft.name.trim()) {
      setNameError(t('press.templateEditor.nameRequired'))
      nameInput.current?.focus()
      return false
    }
    setNameError(undefined)
    try {
      const record = await save(asNew)
      if (!record) return false
      toast({ message: t('press.templateEditor.saved') })
      if (props.target.kind !== 'saved' || props.target.id !== record.id)
        props.onOpen({ kind: 'saved', id: record.id })
      return true
    } catch (e) {
      toast({ message: describeError(t, e), tone: 'error' })
      return false
    }
  }
  const saveRef = useRef(onSave)
  useEffect(() => {
    saveRef.current = onSave
  })
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault()
        void saveRef.current()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const leave = () => {
    if (dirty && !readOnly) return setLeaving(true)
    forget()
    props.onClose()
  }
  const discardAndMaybeClose = async () => {
    setLeaving(false)
    if (!(await discard())) props.onClose()
  }
  const duplicate = () =>
    draft &&
    props.onDuplicate({
      ...draft,
      name: t('press.templates.copyName', { name: draft.name }).slice(0, TEMPLATE_NAME_MAX),
    })

  if (loaded === undefined) return <p className="muted">{t('press.loading')}</p>
  if (loaded === null || !draft)
    return (
      <div>
        <p role="alert">{t('press.notFound')}</p>
        <Button onClick={props.onClose}>{t('press.templates.back')}</Button>
      </div>
    )

  const title = draft.name.trim() || t('press.templateEditor.newTitle')
  const missingSet = new Set(
    facts ? pressLangs.flatMap((lang) => rendered?.[lang]?.report.missing ?? []) : [],
  )
  const missing = factKeys.filter((k) => missingSet.has(k))

  return (
    <section className="page page-wide press-template-editor" aria-labelledby={titleId}>
      <TemplateEditorHeader
        titleId={titleId}
        title={title}
        starter={starter}
        state={state}
        saving={saving}
        canDiscard={dirty && (!!loaded.record || loaded.recovered)}
        readOnlyApp={readOnly}
        onBack={leave}
        onSave={() => void onSave()}
        onDiscard={() => void discardAndMaybeClose()}
        onDuplicate={duplicate}
      />
      {starter && (
        <p className="banner press-locked" role="note">
          {t('press.templateEditor.starterNote')}
        </p>
      )}
      {loaded.recovered && !loaded.problem && (
        <p className="banner banner-warning" role="note">
          {t(
            loaded.record ? 'press.templateEditor.recovered' : 'press.templateEditor.recoveredNew',
          )}
        </p>
      )}
      {loaded.problem && (
        <div className="banner banner-warning" role="alert">
          <p>{t(`press.templateEditor.${loaded.problem}`)}</p>
          <div className="press-list-actions">
            <Button
              variant="primary"
              disabled={saving || readOnly}
              onClick={() => void onSave(true)}
            >
              {t('press.templateEditor.saveAsNew')}
            </Button>
            {loaded.problem === 'conflict' && (
              <Button onClick={() => void discardAndMaybeClose()}>
                {t('press.templateEditor.discard')}
              </Button>
            )}
          </div>
        </div>
      )}
      <div className="press-template-details">
        <TextField
          ref={nameInput}
          label={t('press.templateEditor.name')}
          value={draft.name}
          maxLength={TEMPLATE_NAME_MAX}
          readOnly={locked}
          required
          onChange={(e) => update({ name: e.target.value })}
          {...(nameError ? { error: nameError } : {})}
        />
        <SelectField
          label={t('press.templateEditor.kind')}
          value={draft.kind}
          disabled={locked}
          options={releaseKinds.map((k) => ({ value: k, label: t(`press.kind.${k}`) }))}
          onChange={(e) => update({ kind: e.target.value as TemplateDraft['kind'] })}
        />
      </div>
      <p className="field-hint press-template-syntax">{t('press.templateEditor.syntax')}</p>
      <div className="press-template-layout">
        <div className="press-columns press-template-columns">
          {pressLangs.map((lang) => (
            <TemplateTextColumn
              key={lang}
              lang={lang}
              value={draft.texts[lang]}
              preview={rendered?.[lang]?.doc ?? parseMarkup('')}
              readOnly={locked}
              textareaRef={textareas[lang]}
              {...(draft.kind === 'social' ? { limit: SOCIAL_POST_LIMIT } : {})}
              onChange={(value) => setText(lang, value)}
              onFocus={() => setInsertInto(lang)}
            />
          ))}
        </div>
        <aside className="press-template-side">
          <TemplateChecks checks={checks} missing={missing} readOnly={locked} onReplace={replace} />
          <PlaceholderPicker
            target={insertInto}
            onTarget={setInsertInto}
            onInsert={insert}
            facts={facts}
            disabled={locked}
          />
        </aside>
      </div>
      {leaving && (
        <UnsavedTemplateDialog
          name={title}
          saving={saving}
          onStay={() => setLeaving(false)}
          onDiscard={() => {
            setLeaving(false)
            void discard().then(props.onClose)
          }}
          onSave={() => {
            setLeaving(false)
            void onSave().then((ok) => ok && props.onClose())
          }}
        />
      )}
    </section>
  )
}
