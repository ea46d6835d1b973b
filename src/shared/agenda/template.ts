// Logic-less templates for join instructions: {{name}} inserts a value, {{#list}}…{{/list}}
// repeats for each item (or shows once when a value is non-empty), {{^name}}…{{/name}} shows
// when it is empty. Nothing else: no expressions, no calls, no partials. Values are inserted in
// one pass and never read as template text again, so a delegate named "{{hostKey}}" stays text.
// Names are checked against a vocabulary: a misspelt or forbidden placeholder (a host key) is an
// error before anything is rendered.

export interface TemplateVocabulary {
  values: readonly string[]
  lists: ReadonlyMap<string, TemplateVocabulary>
}

export type TemplateNode =
  | { type: 'text'; text: string }
  | { type: 'value'; name: string }
  | { type: 'section'; name: string; inverted: boolean; children: TemplateNode[] }

export type TemplateProblemCode =
  'tooLong' | 'malformedTag' | 'unknownName' | 'unclosedSection' | 'unexpectedClose' | 'tooDeep'

export interface TemplateProblem {
  code: TemplateProblemCode
  name?: string
  /** 1-based line of the template where the problem is. */
  line: number
}

export type TemplateParse =
  { ok: true; nodes: TemplateNode[] } | { ok: false; problems: TemplateProblem[] }

export const MAX_TEMPLATE_LENGTH = 20_000
const MAX_DEPTH = 4
const TAG = /\{\{\s*([#^/]?)\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/y

interface Token {
  kind: 'text' | 'value' | 'open' | 'invert' | 'close'
  text: string
  name: string
  line: number
}

function lineAt(text: string, index: number): number {
  let line = 1
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

function tokenize(source: string): { tokens: Token[]; problems: TemplateProblem[] } {
  const tokens: Token[] = []
  const problems: TemplateProblem[] = []
  let i = 0
  let text = ''
  while (i < source.length) {
    const open = source.indexOf('{{', i)
    if (open < 0) {
      text += source.slice(i)
      break
    }
    text += source.slice(i, open)
    TAG.lastIndex = open
    const m = TAG.exec(source)
    if (!m) {
      problems.push({ code: 'malformedTag', line: lineAt(source, open) })
      text += '{{'
      i = open + 2
      continue
    }
    if (text) tokens.push({ kind: 'text', text, name: '', line: 0 })
    text = ''
    const sigil = m[1]
    const kind =
      sigil === '#' ? 'open' : sigil === '^' ? 'invert' : sigil === '/' ? 'close' : 'value'
    tokens.push({ kind, text: m[0], name: m[2]!, line: lineAt(source, open) })
    i = open + m[0].length
  }
  if (text) tokens.push({ kind: 'text', text, name: '', line: 0 })
  return { tokens: dropStandaloneLines(tokens), problems }
}

/** A section tag alone on its line takes the line with it, so lists do not leave blank lines. */
function dropStandaloneLines(tokens: Token[]): Token[] {
  const out = tokens.map((t) => ({ ...t }))
  for (let k = 0; k < out.length; k++) {
    const t = out[k]!
    if (t.kind === 'text' || t.kind === 'value') continue
    const before = out[k - 1]
    const after = out[k + 1]
    const beforeText = before?.kind === 'text' ? before.text : k === 0 ? '' : null
    const afterText = after?.kind === 'text' ? after.text : k === out.length - 1 ? '' : null
    if (beforeText === null || afterText === null) continue
    const lead = /(^|\n)[ \t]*$/.exec(beforeText)
    const trail = /^[ \t]*(\r?\n|$)/.exec(afterText)
    if (!lead || !trail) continue
    if (before?.kind === 'text') before.text = beforeText.slice(0, lead.index + lead[1]!.length)
    if (after?.kind === 'text') after.text = afterText.slice(trail[0].length)
  }
  return out.filter((t) => t.kind !== 'text' || t.text !== '')
}

/** Sections may test a value or repeat a list. */
function knowsSection(scopes: readonly TemplateVocabulary[], name: string): boolean {
  return scopes.some((v) => v.values.includes(name) || v.lists.has(name))
}

/** Parses and checks a template against the names it may use. */
export function parseTemplate(source: string, vocabulary: TemplateVocabulary): TemplateParse {
  if (source.length > MAX_TEMPLATE_LENGTH)
    return { ok: false, problems: [{ code: 'tooLong', line: 1 }] }
  const { tokens, problems } = tokenize(source)
  const root: TemplateNode[] = []
  const stack: {
    node: Extract<TemplateNode, { type: 'section' }>
    scopes: TemplateVocabulary[]
    line: number
  }[] = []
  let scopes: TemplateVocabulary[] = [vocabulary]
  const children = () => (stack.length ? stack[stack.length - 1]!.node.children : root)
  for (const t of tokens) {
    if (t.kind === 'text') {
      children().push({ type: 'text', text: t.text })
    } else if (t.kind === 'value') {
      const isValue = scopes.some((v) => v.values.includes(t.name))
      if (!isValue) problems.push({ code: 'unknownName', name: t.name, line: t.line })
      children().push({ type: 'value', name: t.name })
    } else if (t.kind === 'open' || t.kind === 'invert') {
      if (!knowsSection(scopes, t.name))
        problems.push({ code: 'unknownName', name: t.name, line: t.line })
      if (stack.length >= MAX_DEPTH) problems.push({ code: 'tooDeep', name: t.name, line: t.line })
      const node = {
        type: 'section' as const,
        name: t.name,
        inverted: t.kind === 'invert',
        children: [],
      }
      children().push(node)
      stack.push({ node, scopes, line: t.line })
      const list =
        t.kind === 'open' ? scopes.find((v) => v.lists.has(t.name))?.lists.get(t.name) : undefined
      scopes = list ? [list, ...scopes] : scopes
    } else {
      const top = stack[stack.length - 1]
      if (!top || top.node.name !== t.name) {
        problems.push({ code: 'unexpectedClose', name: t.name, line: t.line })
        continue
      }
      stack.pop()
      scopes = top.scopes
    }
  }
  for (const open of stack)
    problems.push({ code: 'unclosedSection', name: open.node.name, line: open.line })
  return problems.length ? { ok: false, problems } : { ok: true, nodes: root }
}

export interface TemplateContext {
  values: ReadonlyMap<string, string>
  lists: ReadonlyMap<string, readonly TemplateContext[]>
}

// Invisible and control characters other than line breaks and tabs: they can make a pasted text
// lie about what it says (bidi overrides) or break the e-mail it is pasted into.
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g

/** Plain-text escaping: the value as written, minus invisible control characters. */
export function plainTextValue(value: string): string {
  return value.replace(UNSAFE, '')
}

function lookupValue(scopes: readonly TemplateContext[], name: string): string | undefined {
  for (const s of scopes) if (s.values.has(name)) return s.values.get(name)
  return undefined
}

function lookupList(
  scopes: readonly TemplateContext[],
  name: string,
): readonly TemplateContext[] | undefined {
  for (const s of scopes) if (s.lists.has(name)) return s.lists.get(name)
  return undefined
}

/** Renders a parsed template; `escape` makes each value safe for the output format. */
export function renderTemplate(
  nodes: readonly TemplateNode[],
  context: TemplateContext,
  escape: (value: string) => string = plainTextValue,
): string {
  const render = (list: readonly TemplateNode[], scopes: readonly TemplateContext[]): string => {
    let out = ''
    for (const node of list) {
      if (node.type === 'text') out += node.text
      else if (node.type === 'value') out += escape(lookupValue(scopes, node.name) ?? '')
      else {
        const items = lookupList(scopes, node.name)
        const value = lookupValue(scopes, node.name)
        const present = items ? items.length > 0 : (value ?? '') !== ''
        if (node.inverted) {
          if (!present) out += render(node.children, scopes)
        } else if (items) {
          for (const item of items) out += render(node.children, [item, ...scopes])
        } else if (present) {
          out += render(node.children, scopes)
        }
      }
    }
    return out
  }
  return render(nodes, [context])
}

/** A context from plain records, for callers and tests. */
export function templateContext(
  values: Record<string, string>,
  lists: Record<string, TemplateContext[]> = {},
): TemplateContext {
  return { values: new Map(Object.entries(values)), lists: new Map(Object.entries(lists)) }
}
