import { useEditorState, type Editor } from '@tiptap/react'
import type { KeyboardEvent } from 'react'
import { factKeys, type FactKey } from '../../../../shared/press/catalogue'
import { factText, type LangFacts } from '../../../../shared/press/facts'
import type { PressLang } from '../../../../shared/press/language'
import type { MessageKey } from '../../../../shared/i18n'
import { useI18n } from '../../i18n/I18nProvider'
import { ariaShortcut, shortcutLabel } from './shortcuts'

interface ToolButton {
  id: string
  label: MessageKey
  text: string
  keys?: string
  active?: (e: Editor) => boolean
  run: (e: Editor) => void
}

const buttons: ToolButton[] = [
  {
    id: 'bold',
    label: 'press.tool.bold',
    text: 'B',
    keys: 'Mod-B',
    active: (e) => e.isActive('bold'),
    run: (e) => e.chain().focus().toggleBold().run(),
  },
  {
    id: 'italic',
    label: 'press.tool.italic',
    text: 'I',
    keys: 'Mod-I',
    active: (e) => e.isActive('italic'),
    run: (e) => e.chain().focus().toggleItalic().run(),
  },
  {
    id: 'h1',
    label: 'press.tool.heading1',
    text: 'H1',
    keys: 'Mod-Alt-1',
    active: (e) => e.isActive('heading', { level: 1 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 1 }).run(),
  },
  {
    id: 'h2',
    label: 'press.tool.heading2',
    text: 'H2',
    keys: 'Mod-Alt-2',
    active: (e) => e.isActive('heading', { level: 2 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
  },
  {
    id: 'h3',
    label: 'press.tool.heading3',
    text: 'H3',
    keys: 'Mod-Alt-3',
    active: (e) => e.isActive('heading', { level: 3 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
  },
  {
    id: 'bullets',
    label: 'press.tool.bulletList',
    text: '•',
    keys: 'Mod-Shift-8',
    active: (e) => e.isActive('bulletList'),
    run: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    id: 'numbers',
    label: 'press.tool.orderedList',
    text: '1.',
    keys: 'Mod-Shift-7',
    active: (e) => e.isActive('orderedList'),
    run: (e) => e.chain().focus().toggleOrderedList().run(),
  },
  {
    id: 'quote',
    label: 'press.tool.quote',
    text: '❝',
    keys: 'Mod-Shift-B',
    active: (e) => e.isActive('blockquote'),
    run: (e) => e.chain().focus().toggleBlockquote().run(),
  },
  {
    id: 'undo',
    label: 'press.tool.undo',
    text: '↶',
    keys: 'Mod-Z',
    run: (e) => e.chain().focus().undo().run(),
  },
  {
    id: 'redo',
    label: 'press.tool.redo',
    text: '↷',
    keys: 'Mod-Shift-Z',
    run: (e) => e.chain().focus().redo().run(),
  },
]

/**
 * Formatting for one editor: buttons with names, pressed states and their shortcuts, arrow keys
 * moving along the toolbar, a link button, and a list to insert a fact at the cursor.
 */
export function EditorToolbar(props: {
  editor: Editor
  lang: PressLang
  langLabel: string
  facts: LangFacts | undefined
  disabled: boolean
  onLink: () => void
}) {
  const { t } = useI18n()
  const { editor } = props
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      marks: buttons.map((b) => (b.active ? b.active(e) : false)),
      link: e.isActive('link'),
    }),
  })

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return
    const controls = [...e.currentTarget.querySelectorAll<HTMLElement>('button, select')]
    const at = controls.indexOf(document.activeElement as HTMLElement)
    if (at < 0) return
    e.preventDefault()
    const next = (at + (e.key === 'ArrowRight' ? 1 : -1) + controls.length) % controls.length
    controls[next]?.focus()
  }

  return (
    <div
      role="toolbar"
      aria-label={t('press.toolbar', { lang: props.langLabel })}
      className="press-toolbar"
      onKeyDown={onKeyDown}
    >
      {buttons.map((b, i) => {
        const pressed = b.active ? Boolean(active?.marks[i]) : undefined
        const label = t(b.label)
        return (
          <button
            key={b.id}
            type="button"
            className={`press-tool press-tool-${b.id}`}
            aria-label={label}
            aria-pressed={pressed}
            aria-keyshortcuts={b.keys ? ariaShortcut(b.keys) : undefined}
            title={b.keys ? `${label} (${shortcutLabel(b.keys)})` : label}
            disabled={props.disabled}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => b.run(editor)}
          >
            {b.text}
          </button>
        )
      })}
      <button
        type="button"
        className="press-tool"
        aria-label={t('press.tool.link')}
        aria-pressed={Boolean(active?.link)}
        aria-keyshortcuts={ariaShortcut('Mod-K')}
        title={`${t('press.tool.link')} (${shortcutLabel('Mod-K')})`}
        disabled={props.disabled}
        onMouseDown={(e) => e.preventDefault()}
        onClick={props.onLink}
      >
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
          <path
            d="M10 14a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1 1M14 10a5 5 0 0 0-7 0l-3 3a5 5 0 0 0 7 7l1-1"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          />
        </svg>
      </button>
      <select
        className="press-insert-fact"
        aria-label={t('press.tool.insertFact')}
        disabled={props.disabled}
        value=""
        onChange={(e) => {
          const key = e.target.value
          if (!key) return
          editor
            .chain()
            .focus()
            .insertContent({
              type: 'fact',
              attrs: { key, value: factText(props.facts?.get(key as FactKey), props.lang) },
            })
            .run()
        }}
      >
        <option value="">{t('press.tool.insertFact')}</option>
        {factKeys.map((key) => (
          <option key={key} value={key}>
            {t(`press.fact.${key}`)}
          </option>
        ))}
      </select>
    </div>
  )
}
