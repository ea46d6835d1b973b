import { EditorContent, useEditor, type JSONContent } from '@tiptap/react'
import { useEffect, useMemo, useRef, useState } from 'react'
import { normaliseDoc, type DocNode } from '../../../../shared/press/doc-model'
import type { LangFacts } from '../../../../shared/press/facts'
import type { PressLang } from '../../../../shared/press/language'
import { docToPlainText, textCounts } from '../../../../shared/press/output-text'
import { useI18n } from '../../i18n/I18nProvider'
import { editorExtensions } from './editor-extensions'
import { EditorToolbar } from './EditorToolbar'
import { LinkDialog } from './LinkDialog'
import { TextCounts } from './TextCounts'

function countsOf(doc: DocNode) {
  return textCounts(docToPlainText(doc, { links: false }))
}

/**
 * One language's text: toolbar, the TipTap editor and its counts. Mounted with its initial
 * document; a new `key` from the parent replaces the text (after a restore or refreshed facts).
 */
export function LangEditor(props: {
  lang: PressLang
  langLabel: string
  initial: DocNode
  readOnly: boolean
  facts: LangFacts | undefined
  limit?: number
  onChange: (lang: PressLang, doc: DocNode) => void
  onBlur: () => void
}) {
  const { t } = useI18n()
  const [linkOpen, setLinkOpen] = useState(false)
  // The first document only: later text comes from typing, or from a remount (new key).
  const [initialDoc] = useState(props.initial)
  const [counts, setCounts] = useState(() => countsOf(initialDoc))
  const [extensions] = useState(() => editorExtensions(() => setLinkOpen(true)))
  const { lang } = props
  const callbacks = useRef({ onChange: props.onChange, onBlur: props.onBlur })
  useEffect(() => {
    callbacks.current = { onChange: props.onChange, onBlur: props.onBlur }
  }, [props.onChange, props.onBlur])
  const label = t('press.editor.label', { lang: props.langLabel })
  // A new object only when the label changes: useEditor then updates the editor in place.
  const editorProps = useMemo(
    () => ({
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        lang,
        class: 'press-editor-content',
        spellcheck: 'true',
      },
    }),
    [label, lang],
  )

  const editor = useEditor({
    extensions,
    content: initialDoc as JSONContent,
    editable: !props.readOnly,
    // The strict CSP forbids the <style> TipTap would inject; press.css has the rules it needs.
    injectCSS: false,
    editorProps,
    onUpdate: ({ editor: e }) => {
      const doc = normaliseDoc(e.getJSON())
      setCounts(countsOf(doc))
      callbacks.current.onChange(lang, doc)
    },
    onBlur: () => callbacks.current.onBlur(),
  })

  // Editable follows the workflow (approved text is locked) without remounting, which would
  // lose the undo history.
  useEffect(() => {
    if (editor.isEditable === props.readOnly) editor.setEditable(!props.readOnly, false)
  }, [editor, props.readOnly])

  return (
    <section className="press-lang" aria-labelledby={`press-lang-${lang}`}>
      <h2 id={`press-lang-${lang}`} className="press-lang-title">
        {props.langLabel}
      </h2>
      <EditorToolbar
        editor={editor}
        lang={lang}
        langLabel={props.langLabel}
        facts={props.facts}
        disabled={props.readOnly}
        onLink={() => setLinkOpen(true)}
      />
      <EditorContent editor={editor} className="press-editor" />
      <TextCounts {...counts} {...(props.limit !== undefined ? { limit: props.limit } : {})} />
      {linkOpen && (
        <LinkDialog
          open
          initial={String(editor.getAttributes('link').href ?? '')}
          onClose={() => {
            setLinkOpen(false)
            editor.commands.focus()
          }}
          onApply={(href) => {
            setLinkOpen(false)
            editor.chain().focus().extendMarkRange('link').setLink({ href }).run()
          }}
          onRemove={() => {
            setLinkOpen(false)
            editor.chain().focus().extendMarkRange('link').unsetLink().run()
          }}
        />
      )}
    </section>
  )
}
