// The document model of a release: a small, closed subset of ProseMirror's JSON, the shape the
// editor saves. Everything that leaves the editor (storage, preview, .docx, HTML, plain text) is
// built from this model, never from HTML, and anything read back from storage or a template goes
// through `normaliseDoc` first, so no other node, mark or attribute can reach an export.

export type Mark = { type: 'bold' } | { type: 'italic' } | { type: 'link'; attrs: { href: string } }

export interface TextNode {
  type: 'text'
  text: string
  marks?: Mark[]
}
export interface HardBreakNode {
  type: 'hardBreak'
}
/** A fact from the event, bound by key; `value` is the text it had when last filled ('' = none). */
export interface FactNode {
  type: 'fact'
  attrs: { key: string; value: string }
  marks?: Mark[]
}
export type InlineNode = TextNode | HardBreakNode | FactNode

export interface ParagraphNode {
  type: 'paragraph'
  content?: InlineNode[]
}
export interface HeadingNode {
  type: 'heading'
  attrs: { level: 1 | 2 | 3 }
  content?: InlineNode[]
}
export interface ListItemNode {
  type: 'listItem'
  content: BlockNode[]
}
export interface BulletListNode {
  type: 'bulletList'
  content: ListItemNode[]
}
export interface OrderedListNode {
  type: 'orderedList'
  attrs?: { start: number }
  content: ListItemNode[]
}
export interface BlockquoteNode {
  type: 'blockquote'
  content: BlockNode[]
}
export type BlockNode =
  ParagraphNode | HeadingNode | BulletListNode | OrderedListNode | BlockquoteNode

export interface DocNode {
  type: 'doc'
  content: BlockNode[]
}

export const MAX_TEXT_LENGTH = 200_000
const MAX_DEPTH = 12
const MAX_NODES = 50_000

/** Links a release may carry: web pages and email addresses. Anything else loses its link. */
export function safeHref(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined
  const trimmed = href.trim()
  if (trimmed.length === 0 || trimmed.length > 2048) return undefined
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    return undefined
  }
  if (url.protocol === 'https:' || url.protocol === 'http:') {
    if (url.username || url.password || !url.hostname) return undefined
    return url.href
  }
  if (url.protocol === 'mailto:' && /^[^\s@/]+@[^\s@/]+$/.test(decodeURIComponent(url.pathname)))
    return url.href
  return undefined
}

type Json = unknown

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function field(value: Record<string, Json>, name: string): Json {
  return Object.hasOwn(value, name) ? value[name] : undefined
}

function normaliseMarks(raw: Json): Mark[] | undefined {
  if (!Array.isArray(raw)) return undefined
  const marks: Mark[] = []
  for (const m of raw) {
    if (!isRecord(m)) continue
    const type = field(m, 'type')
    if ((type === 'bold' || type === 'italic') && !marks.some((x) => x.type === type))
      marks.push({ type })
    if (type === 'link' && !marks.some((x) => x.type === 'link')) {
      const attrs = field(m, 'attrs')
      const href = isRecord(attrs) ? safeHref(field(attrs, 'href')) : undefined
      if (href) marks.push({ type: 'link', attrs: { href } })
    }
  }
  return marks.length > 0 ? marks : undefined
}

function withMarks<T extends object>(node: T, marks: Mark[] | undefined): T & { marks?: Mark[] } {
  return marks ? { ...node, marks } : node
}

class Budget {
  nodes = 0
  text = 0
  spend(textLength = 0): boolean {
    this.nodes += 1
    this.text += textLength
    return this.nodes <= MAX_NODES && this.text <= MAX_TEXT_LENGTH
  }
}

function cleanText(text: string): string {
  // Control characters other than tab and newline have no place in a release (and break .docx).
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g, '')
}

function normaliseInline(raw: Json, budget: Budget, out: InlineNode[]): void {
  if (!isRecord(raw)) return
  const type = field(raw, 'type')
  if (type === 'text') {
    const value = field(raw, 'text')
    const text = typeof value === 'string' ? cleanText(value) : ''
    if (text === '' || !budget.spend(text.length)) return
    out.push(withMarks({ type: 'text' as const, text }, normaliseMarks(field(raw, 'marks'))))
  } else if (type === 'hardBreak') {
    if (budget.spend()) out.push({ type: 'hardBreak' })
  } else if (type === 'fact') {
    const attrs = field(raw, 'attrs')
    if (!isRecord(attrs)) return
    const key = field(attrs, 'key')
    const value = field(attrs, 'value')
    if (typeof key !== 'string' || key.length > 100) return
    const text = typeof value === 'string' ? cleanText(value) : ''
    if (!budget.spend(text.length)) return
    out.push(
      withMarks(
        { type: 'fact' as const, attrs: { key, value: text } },
        normaliseMarks(field(raw, 'marks')),
      ),
    )
  } else {
    // An unknown inline node keeps its text rather than vanishing.
    const content = field(raw, 'content')
    if (Array.isArray(content)) for (const c of content) normaliseInline(c, budget, out)
  }
}

function inlineContent(raw: Json, budget: Budget, depth: number): InlineNode[] {
  const out: InlineNode[] = []
  if (!Array.isArray(raw)) return out
  for (const item of raw) {
    if (isRecord(item) && Array.isArray(field(item, 'content')) && field(item, 'type') !== 'text') {
      // A block where inline content is expected (pasted structure): flatten its text.
      if (depth < MAX_DEPTH) out.push(...inlineContent(field(item, 'content'), budget, depth + 1))
    } else normaliseInline(item, budget, out)
  }
  return out
}

function blockContent(raw: Json, budget: Budget, depth: number): BlockNode[] {
  const out: BlockNode[] = []
  if (!Array.isArray(raw) || depth > MAX_DEPTH) return out
  for (const item of raw) {
    const block = normaliseBlock(item, budget, depth)
    if (block) out.push(...block)
  }
  return out
}

function listItems(raw: Json, budget: Budget, depth: number): ListItemNode[] {
  if (!Array.isArray(raw)) return []
  const items: ListItemNode[] = []
  for (const item of raw) {
    if (!isRecord(item) || !budget.spend()) continue
    const content = blockContent(field(item, 'content'), budget, depth + 1)
    items.push({
      type: 'listItem',
      content: content.length > 0 ? content : [{ type: 'paragraph' }],
    })
  }
  return items
}

function paragraph(content: InlineNode[]): ParagraphNode {
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' }
}

function normaliseBlock(raw: Json, budget: Budget, depth: number): BlockNode[] | undefined {
  if (!isRecord(raw) || !budget.spend()) return undefined
  const type = field(raw, 'type')
  const content = field(raw, 'content')
  switch (type) {
    case 'paragraph':
      return [paragraph(inlineContent(content, budget, depth))]
    case 'heading': {
      const attrs = field(raw, 'attrs')
      const level = isRecord(attrs) ? field(attrs, 'level') : undefined
      const safeLevel = level === 1 || level === 2 || level === 3 ? level : 2
      const inline = inlineContent(content, budget, depth)
      return [
        {
          type: 'heading',
          attrs: { level: safeLevel },
          ...(inline.length ? { content: inline } : {}),
        },
      ]
    }
    case 'bulletList':
    case 'orderedList': {
      const items = listItems(content, budget, depth)
      if (items.length === 0) return []
      if (type === 'bulletList') return [{ type, content: items }]
      const attrs = field(raw, 'attrs')
      const start = isRecord(attrs) ? field(attrs, 'start') : undefined
      const safeStart =
        typeof start === 'number' && Number.isInteger(start) && start > 1 && start < 10_000
          ? start
          : undefined
      return [{ type, ...(safeStart ? { attrs: { start: safeStart } } : {}), content: items }]
    }
    case 'blockquote': {
      const inner = blockContent(content, budget, depth + 1)
      return [{ type, content: inner.length > 0 ? inner : [{ type: 'paragraph' }] }]
    }
    default: {
      // Unknown blocks (a code block, a table pasted from Word) keep their text as paragraphs.
      if (!Array.isArray(content)) return []
      const inline = content.filter(
        (c) => isRecord(c) && ['text', 'hardBreak', 'fact'].includes(String(field(c, 'type'))),
      )
      if (inline.length === content.length)
        return [paragraph(inlineContent(content, budget, depth))]
      return blockContent(content, budget, depth + 1)
    }
  }
}

/**
 * Any JSON (the editor's, a stored draft, a template) as a valid release document: unknown nodes
 * keep their text, unknown marks and unsafe links are dropped, sizes are bounded. Never throws.
 */
export function normaliseDoc(raw: Json): DocNode {
  const budget = new Budget()
  const content = isRecord(raw) ? blockContent(field(raw, 'content'), budget, 0) : []
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] }
}

export function emptyDoc(): DocNode {
  return { type: 'doc', content: [{ type: 'paragraph' }] }
}

/** Calls `visit` for every inline node in document order. */
export function forEachInline(doc: DocNode, visit: (node: InlineNode) => void): void {
  const walk = (blocks: readonly BlockNode[]): void => {
    for (const b of blocks) {
      if (b.type === 'paragraph' || b.type === 'heading') b.content?.forEach(visit)
      else if (b.type === 'blockquote') walk(b.content)
      else for (const item of b.content) walk(item.content)
    }
  }
  walk(doc.content)
}

/** A copy of the document with every inline run passed through `map` (which may split it). */
export function mapInlines(doc: DocNode, map: (node: InlineNode) => InlineNode[]): DocNode {
  const mapRuns = (runs: InlineNode[] | undefined): InlineNode[] | undefined => {
    if (!runs) return undefined
    return runs.flatMap(map)
  }
  const walk = (blocks: readonly BlockNode[]): BlockNode[] =>
    blocks.map((b): BlockNode => {
      if (b.type === 'paragraph') {
        const content = mapRuns(b.content)
        return content?.length ? { ...b, content } : { type: 'paragraph' }
      }
      if (b.type === 'heading') {
        const content = mapRuns(b.content)
        return content?.length ? { ...b, content } : { type: 'heading', attrs: b.attrs }
      }
      if (b.type === 'blockquote') return { ...b, content: walk(b.content) }
      return { ...b, content: b.content.map((item) => ({ ...item, content: walk(item.content) })) }
    })
  return { type: 'doc', content: walk(doc.content) }
}
