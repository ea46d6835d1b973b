import type { BlockNode, DocNode, InlineNode } from './doc-model'
import { factDisplay } from './output-text'
import type { PressLang } from './language'

// Clean HTML for the ministry's website: only semantic tags (p, h1–h3, ul, ol, li, blockquote,
// strong, em, a, br), every text escaped, links only to web pages and email addresses (the model
// has already refused anything else). No classes, no styles, no scripts.

/** Escapes text content (quotes stay readable: they are harmless outside attributes). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Escapes an attribute value written between double quotes. */
export function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}

function inlineHtml(runs: readonly InlineNode[] | undefined): string {
  let out = ''
  for (const run of runs ?? []) {
    if (run.type === 'hardBreak') {
      out += '<br>'
      continue
    }
    let html = escapeHtml(run.type === 'text' ? run.text : factDisplay(run))
    const marks = run.marks ?? []
    if (marks.some((m) => m.type === 'italic')) html = `<em>${html}</em>`
    if (marks.some((m) => m.type === 'bold')) html = `<strong>${html}</strong>`
    const link = marks.find((m) => m.type === 'link')
    if (link && link.type === 'link')
      html = `<a href="${escapeAttribute(link.attrs.href)}">${html}</a>`
    out += html
  }
  return out
}

function blockHtml(block: BlockNode): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inlineHtml(block.content)}</p>`
    case 'heading':
      return `<h${block.attrs.level}>${inlineHtml(block.content)}</h${block.attrs.level}>`
    case 'blockquote':
      return `<blockquote>${block.content.map(blockHtml).join('')}</blockquote>`
    case 'bulletList':
    case 'orderedList': {
      const tag = block.type === 'bulletList' ? 'ul' : 'ol'
      const start =
        block.type === 'orderedList' && block.attrs?.start ? ` start="${block.attrs.start}"` : ''
      const items = block.content.map((i) => `<li>${i.content.map(blockHtml).join('')}</li>`)
      return `<${tag}${start}>${items.join('')}</${tag}>`
    }
  }
}

/** The body of a release as an HTML fragment. */
export function docToHtml(doc: DocNode): string {
  return doc.content.map(blockHtml).join('\n')
}

export interface HtmlPart {
  lang: PressLang
  /** Lines printed above the body, e.g. "SIARAN PERS" and "No. 12/PR/VIII/2022". */
  header: readonly string[]
  doc: DocNode
}

/** A whole HTML document, one <article> per language, for saving as .html. */
export function htmlDocument(title: string, parts: readonly HtmlPart[]): string {
  const lang = parts[0]?.lang ?? 'id'
  const articles = parts.map((part) => {
    const header = part.header
      .map((line) => `<p><strong>${escapeHtml(line)}</strong></p>`)
      .join('\n')
    return `<article lang="${part.lang}">\n${header}\n${docToHtml(part.doc)}\n</article>`
  })
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    '</head>',
    '<body>',
    articles.join('\n<hr>\n'),
    '</body>',
    '</html>',
    '',
  ].join('\n')
}
