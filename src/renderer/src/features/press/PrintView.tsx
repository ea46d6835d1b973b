import type { HtmlPart } from '../../../../shared/press/output-html'
import { DocView } from './DocView'

/**
 * The release as printed (PDF in Electron, the browser's print dialog): hidden on screen, the
 * only thing on the page under print styles (press.css). Each language starts a new page.
 */
export function PrintView(props: { parts: readonly HtmlPart[] }) {
  return (
    <div className="press-print-view" aria-hidden="true">
      {props.parts.map((part) => (
        <article key={part.lang} lang={part.lang} className="press-print-part">
          {part.header.map((line) => (
            <p key={line} className="press-print-header">
              <strong>{line}</strong>
            </p>
          ))}
          <DocView doc={part.doc} links lang={part.lang} />
        </article>
      ))}
    </div>
  )
}
