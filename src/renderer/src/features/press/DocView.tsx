import type { ReactNode } from 'react'
import type { BlockNode, DocNode, InlineNode } from '../../../../shared/press/doc-model'
import { factDisplay } from '../../../../shared/press/output-text'

// A release document shown with React elements only (never as HTML): the print view and the
// read-only view of a version.

function inline(runs: readonly InlineNode[] | undefined, links: boolean): ReactNode[] {
  return (runs ?? []).map((run, i) => {
    if (run.type === 'hardBreak') return <br key={i} />
    let node: ReactNode = run.type === 'text' ? run.text : factDisplay(run)
    const marks = run.marks ?? []
    if (marks.some((m) => m.type === 'italic')) node = <em>{node}</em>
    if (marks.some((m) => m.type === 'bold')) node = <strong>{node}</strong>
    const link = marks.find((m) => m.type === 'link')
    if (link && link.type === 'link')
      node = links ? (
        <a href={link.attrs.href} rel="noopener noreferrer">
          {node}
        </a>
      ) : (
        <span className="press-link" title={link.attrs.href}>
          {node}
        </span>
      )
    return <span key={i}>{node}</span>
  })
}

function block(b: BlockNode, key: number, links: boolean): ReactNode {
  switch (b.type) {
    case 'paragraph':
      return <p key={key}>{inline(b.content, links)}</p>
    case 'heading': {
      const Tag = b.attrs.level === 1 ? 'h3' : b.attrs.level === 2 ? 'h4' : 'h5'
      return <Tag key={key}>{inline(b.content, links)}</Tag>
    }
    case 'blockquote':
      return <blockquote key={key}>{b.content.map((c, i) => block(c, i, links))}</blockquote>
    case 'bulletList':
      return (
        <ul key={key}>
          {b.content.map((item, i) => (
            <li key={i}>{item.content.map((c, j) => block(c, j, links))}</li>
          ))}
        </ul>
      )
    case 'orderedList':
      return (
        <ol key={key} start={b.attrs?.start}>
          {b.content.map((item, i) => (
            <li key={i}>{item.content.map((c, j) => block(c, j, links))}</li>
          ))}
        </ol>
      )
  }
}

export function DocView(props: { doc: DocNode; links?: boolean; lang?: string }) {
  return (
    <div className="press-doc" lang={props.lang}>
      {props.doc.content.map((b, i) => block(b, i, props.links ?? false))}
    </div>
  )
}
