import { Extension, type AnyExtension } from '@tiptap/react'
import StarterKit from '@tiptap/starter-kit'
import { safeHref } from '../../../../shared/press/doc-model'
import { FactExtension } from './fact-extension'
import { PlaceholderHighlight } from './placeholder-highlight'

/**
 * The editor's schema is exactly the release document model: paragraphs, headings 1–3, lists,
 * quotes, bold, italic, links (web and email only) and facts. Everything else StarterKit offers is
 * off, so nothing typed or pasted can fall outside what exports understand.
 */
export function editorExtensions(onLinkShortcut: () => void): AnyExtension[] {
  return [
    StarterKit.configure({
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      heading: { levels: [1, 2, 3] },
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        isAllowedUri: (url) => safeHref(url) !== undefined,
        shouldAutoLink: (url) => safeHref(url.includes(':') ? url : `https://${url}`) !== undefined,
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
      },
    }),
    FactExtension,
    PlaceholderHighlight,
    Extension.create({
      name: 'pressShortcuts',
      addKeyboardShortcuts: () => ({
        'Mod-k': () => {
          onLinkShortcut()
          return true
        },
      }),
    }),
  ]
}
