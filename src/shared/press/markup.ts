import {
  normaliseDoc,
  safeHref,
  type BlockNode,
  type DocNode,
  type InlineNode,
  type ListItemNode,
  type Mark,
} from './doc-model'

// A small, Markdown-like markup for writing templates as text (the starter templates are written
// in it): "# " "## " "### " headings, "> " quotes, "- " and "1. " list items, blank lines between
// paragraphs, **bold**, *italic*, [text](https://…) and "\" before a character to keep it as is.
// It only ever produces the release document model: there is no HTML and nothing to run.

function parseInline(source: string): InlineNode[] {
  const out: InlineNode[] = []
  let bold = false
  let italic = false
  let buffer = ''
  const marks = (extra?: Mark): Mark[] | undefined => {
    const list: Mark[] = []
    if (bold) list.push({ type: 'bold' })
    if (italic) list.push({ type: 'italic' })
    if (extra) list.push(extra)
    return list.length ? list : undefined
  }
  const flush = () => {
    if (buffer === '') return
    const m = marks()
    out.push(m ? { type: 'text', text: buffer, marks: m } : { type: 'text', text: buffer })
    buffer = ''
  }
  let i = 0
  while (i < source.length) {
    const ch = source[i]!
    if (ch === '\\' && i + 1 < source.length) {
      buffer += source[i + 1]
      i += 2
      continue
    }
    if (source.startsWith('**', i) && (bold || source.indexOf('**', i + 2) > i + 2)) {
      flush()
      bold = !bold
      i += 2
      continue
    }
    if (ch === '*' && (italic || source.indexOf('*', i + 1) > i + 1)) {
      flush()
      italic = !italic
      i += 1
      continue
    }
    if (ch === '[') {
      const link = /^\[([^\]\n]{1,500})\]\(([^()\s]{1,2048})\)/.exec(source.slice(i))
      const href = link ? safeHref(link[2]) : undefined
      if (link && href) {
        flush()
        const m = marks({ type: 'link', attrs: { href } })
        out.push({ type: 'text', text: link[1]!, ...(m ? { marks: m } : {}) })
        i += link[0].length
        continue
      }
    }
    buffer += ch
    i += 1
  }
  flush()
  return out
}

function paragraphOf(lines: string[]): BlockNode {
  const content = parseInline(lines.map((l) => l.trim()).join(' '))
  return content.length ? { type: 'paragraph', content } : { type: 'paragraph' }
}

function parseBlocks(lines: string[]): BlockNode[] {
  const blocks: BlockNode[] = []
  let i = 0
  while (i < lines.length) {
    const line = lines[i]!
    if (line.trim() === '') {
      i += 1
      continue
    }
    const heading = /^(#{1,3})\s+(.*)$/.exec(line)
    if (heading) {
      const content = parseInline(heading[2]!.trim())
      blocks.push({
        type: 'heading',
        attrs: { level: heading[1]!.length as 1 | 2 | 3 },
        ...(content.length ? { content } : {}),
      })
      i += 1
      continue
    }
    if (/^>\s?/.test(line)) {
      const inner: string[] = []
      while (i < lines.length && /^>\s?/.test(lines[i]!))
        inner.push(lines[i++]!.replace(/^>\s?/, ''))
      const content = parseBlocks(inner)
      blocks.push({
        type: 'blockquote',
        content: content.length ? content : [{ type: 'paragraph' }],
      })
      continue
    }
    const bullet = /^[-*]\s+/
    const ordered = /^(\d{1,4})[.)]\s+/
    if (bullet.test(line) || ordered.test(line)) {
      const isOrdered = ordered.test(line)
      const pattern = isOrdered ? ordered : bullet
      const start = isOrdered ? Number(ordered.exec(line)![1]) : 1
      const items: ListItemNode[] = []
      while (i < lines.length && pattern.test(lines[i]!)) {
        items.push({ type: 'listItem', content: [paragraphOf([lines[i]!.replace(pattern, '')])] })
        i += 1
      }
      blocks.push(
        isOrdered
          ? { type: 'orderedList', ...(start > 1 ? { attrs: { start } } : {}), content: items }
          : { type: 'bulletList', content: items },
      )
      continue
    }
    const para: string[] = []
    while (
      i < lines.length &&
      lines[i]!.trim() !== '' &&
      !/^(#{1,3}\s|>|[-*]\s|\d{1,4}[.)]\s)/.test(lines[i]!)
    )
      para.push(lines[i++]!)
    if (para.length === 0) para.push(lines[i++]!)
    blocks.push(paragraphOf(para))
  }
  return blocks
}

/** Parses template markup into a release document (normalised, so always valid). */
export function parseMarkup(source: string): DocNode {
  const lines = source.replace(/\r\n?/g, '\n').split('\n')
  return normaliseDoc({ type: 'doc', content: parseBlocks(lines) })
}
