import { TOKEN_PATTERN, isFactKey, type FactKey } from './catalogue'
import {
  forEachInline,
  mapInlines,
  type DocNode,
  type FactNode,
  type InlineNode,
  type Mark,
  type TextNode,
} from './doc-model'
import { factText, type LangFacts } from './facts'
import type { PressLang } from './language'

// The logic-less template renderer. A template is a document whose text may contain
// placeholders ("{{countries.list}}"). Rendering splits text runs at placeholders and puts a
// fact node where a known placeholder was, carrying the fact's value as text. Nothing is
// evaluated: there are no expressions, no property paths, no loops; values are never parsed again
// (a value containing "{{event.name}}" or "$&" stays that text); an unknown placeholder stays in
// the text as written and is reported.

export interface RenderReport {
  /** Placeholders not in the catalogue, as written, in order of first appearance. */
  unknown: string[]
  /** Known placeholders that had no value (no official chosen, no theme entered …). */
  missing: FactKey[]
}

function withMarks<T extends TextNode | FactNode>(node: T, marks: Mark[] | undefined): T {
  return marks ? { ...node, marks } : node
}

/** Splits one text run at its placeholders. */
function splitRun(
  run: TextNode,
  facts: LangFacts,
  lang: PressLang,
  report: { unknown: Set<string>; missing: Set<FactKey> },
): InlineNode[] {
  const out: InlineNode[] = []
  let last = 0
  const pushText = (text: string) => {
    if (text !== '') out.push(withMarks({ type: 'text', text }, run.marks))
  }
  for (const match of run.text.matchAll(TOKEN_PATTERN)) {
    const key = match[1]!.trim()
    const at = match.index
    if (!isFactKey(key)) {
      report.unknown.add(match[0])
      continue
    }
    pushText(run.text.slice(last, at))
    const value = factText(facts.get(key), lang)
    if (value === '') report.missing.add(key)
    out.push(withMarks({ type: 'fact', attrs: { key, value } }, run.marks))
    last = at + match[0].length
  }
  pushText(run.text.slice(last))
  return out
}

/** Fills a template (or a draft with typed placeholders) with facts in one language. */
export function renderTemplate(
  template: DocNode,
  facts: LangFacts,
  lang: PressLang,
): { doc: DocNode; report: RenderReport } {
  const report = { unknown: new Set<string>(), missing: new Set<FactKey>() }
  const doc = mapInlines(template, (node) => {
    if (node.type === 'text') return splitRun(node, facts, lang, report)
    if (node.type === 'fact' && isFactKey(node.attrs.key)) {
      const value = factText(facts.get(node.attrs.key), lang)
      if (value === '') report.missing.add(node.attrs.key)
      return [{ ...node, attrs: { key: node.attrs.key, value } }]
    }
    return [node]
  })
  return { doc, report: { unknown: [...report.unknown], missing: [...report.missing] } }
}

/**
 * Gives every fact already in a draft its current value, keeping everything the writer typed
 * around it. Returns how many facts changed text.
 */
export function refreshFacts(
  doc: DocNode,
  facts: LangFacts,
  lang: PressLang,
): { doc: DocNode; changed: number } {
  let changed = 0
  const next = mapInlines(doc, (node) => {
    if (node.type !== 'fact' || !isFactKey(node.attrs.key)) return [node]
    const value = factText(facts.get(node.attrs.key), lang)
    if (value === node.attrs.value) return [node]
    changed += 1
    return [{ ...node, attrs: { key: node.attrs.key, value } }]
  })
  return { doc: next, changed }
}

/** What still needs attention in a draft: unknown placeholders, typed ones, facts without value. */
export function scanPlaceholders(doc: DocNode): RenderReport & { unfilled: FactKey[] } {
  const unknown = new Set<string>()
  const unfilled = new Set<FactKey>()
  const missing = new Set<FactKey>()
  forEachInline(doc, (node) => {
    if (node.type === 'text') {
      for (const match of node.text.matchAll(TOKEN_PATTERN)) {
        const key = match[1]!.trim()
        if (isFactKey(key)) unfilled.add(key)
        else unknown.add(match[0])
      }
    } else if (node.type === 'fact' && node.attrs.value === '') {
      if (isFactKey(node.attrs.key)) missing.add(node.attrs.key)
    }
  })
  return { unknown: [...unknown], unfilled: [...unfilled], missing: [...missing] }
}
