import { Extension } from '@tiptap/react'
import type { Node as PmNode } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { TOKEN_PATTERN, isFactKey } from '../../../../shared/press/catalogue'

// Placeholders typed into the text stay as written; this marks them where they are: unknown ones
// as a warning, known ones (not filled yet) as a fact to fill. Decorations only, the text is
// unchanged.

const key = new PluginKey<DecorationSet>('pressPlaceholders')

function decorate(doc: PmNode): DecorationSet {
  const decorations: Decoration[] = []
  doc.descendants((node, pos) => {
    if (!node.isText || !node.text) return
    for (const match of node.text.matchAll(TOKEN_PATTERN)) {
      const from = pos + match.index
      const known = isFactKey(match[1]!.trim())
      decorations.push(
        Decoration.inline(from, from + match[0].length, {
          class: known ? 'press-fact press-fact-typed' : 'press-unknown',
        }),
      )
    }
  })
  return DecorationSet.create(doc, decorations)
}

export const PlaceholderHighlight = Extension.create({
  name: 'pressPlaceholderHighlight',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_, state) => decorate(state.doc),
          apply: (tr, old) => (tr.docChanged ? decorate(tr.doc) : old),
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ]
  },
})
