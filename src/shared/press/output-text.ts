import { tokenFor } from './catalogue'
import type { BlockNode, DocNode, InlineNode } from './doc-model'

// Plain text for email and social media, and the text that counts and comparisons work on.

/** What a fact shows: its value, or its placeholder when it has none (never silently blank). */
export function factDisplay(node: { attrs: { key: string; value: string } }): string {
  return node.attrs.value !== '' ? node.attrs.value : tokenFor(node.attrs.key)
}

function inlineText(runs: readonly InlineNode[] | undefined, links: boolean): string {
  let out = ''
  for (const run of runs ?? []) {
    if (run.type === 'hardBreak') out += '\n'
    else {
      const text = run.type === 'text' ? run.text : factDisplay(run)
      out += text
      const link = links ? run.marks?.find((m) => m.type === 'link') : undefined
      if (link && link.type === 'link') {
        const target = link.attrs.href.replace(/^mailto:/, '')
        if (target !== text.trim()) out += ` (${target})`
      }
    }
  }
  return out
}

function blockLines(block: BlockNode, links: boolean, prefix: string): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return [prefix + inlineText(block.content, links).replace(/\n/g, `\n${prefix}`)]
    case 'blockquote':
      return block.content.flatMap((b) => blockLines(b, links, `${prefix}> `))
    case 'bulletList':
    case 'orderedList': {
      const start = block.type === 'orderedList' ? (block.attrs?.start ?? 1) : 1
      return block.content.flatMap((item, i) => {
        const marker = block.type === 'orderedList' ? `${start + i}. ` : '- '
        const inner = item.content.flatMap((b) => blockLines(b, links, ''))
        const pad = ' '.repeat(marker.length)
        return [
          inner
            .join('\n')
            .split('\n')
            .map((line, j) => prefix + (j === 0 ? marker : pad) + line)
            .join('\n'),
        ]
      })
    }
  }
}

/**
 * The document as plain text: blocks separated by a blank line, list items on their own lines
 * ("- ", "1. "), quotes marked "> ", link targets after their text in brackets.
 */
export function docToPlainText(doc: DocNode, options: { links?: boolean } = {}): string {
  const links = options.links ?? true
  const paragraphs: string[] = []
  for (const block of doc.content) {
    const lines = blockLines(block, links, '')
    const isList = block.type === 'bulletList' || block.type === 'orderedList'
    const text = lines.join(isList ? '\n' : '\n\n')
    if (text.trim() !== '') paragraphs.push(text)
  }
  return paragraphs.join('\n\n')
}

/** Words and characters as an editor shows them; characters are what a reader sees (graphemes). */
export function textCounts(text: string): { words: number; characters: number } {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  let characters = 0
  for (const _ of segmenter.segment(text)) characters += 1
  const words = text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
  return { words, characters }
}
