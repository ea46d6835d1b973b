import { Node, mergeAttributes } from '@tiptap/react'
import { tokenFor } from '../../../../shared/press/catalogue'

// A fact of the event inside the editor: an atom that shows its value (or its placeholder when it
// has none), moves and deletes as one piece, and keeps its key so "Refresh facts" can update it.
// Rendered as text into a span: a value is never parsed as HTML.

export const FactExtension = Node.create({
  name: 'fact',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    return {
      key: { default: '', rendered: false },
      value: { default: '', rendered: false },
    }
  },

  parseHTML() {
    return [
      {
        tag: 'span[data-fact]',
        getAttrs: (element) => ({
          key: element.getAttribute('data-fact') ?? '',
          value:
            element.getAttribute('data-fact-empty') === null ? (element.textContent ?? '') : '',
        }),
      },
    ]
  },

  renderHTML({ node, HTMLAttributes }) {
    const key = String(node.attrs.key)
    const value = String(node.attrs.value)
    return [
      'span',
      mergeAttributes(HTMLAttributes, {
        'data-fact': key,
        ...(value === '' ? { 'data-fact-empty': '' } : {}),
        class: value === '' ? 'press-fact press-fact-missing' : 'press-fact',
      }),
      value === '' ? tokenFor(key) : value,
    ]
  },

  renderText({ node }) {
    const value = String(node.attrs.value)
    return value === '' ? tokenFor(String(node.attrs.key)) : value
  },
})
