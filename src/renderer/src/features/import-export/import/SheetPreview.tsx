import type { SheetView } from '../../../../../shared/import-plan/session'
import { useI18n } from '../../../i18n/I18nProvider'

/** The top of the sheet as Excel shows it, the header rows marked: text only, never markup. */
export function SheetPreview(props: { view: SheetView }) {
  const { t } = useI18n()
  const h = props.view.header
  const width = props.view.top.reduce((w, r) => Math.max(w, r.length), 0)
  const isHeader = (r: number) => !!h && r >= h.headerRow && r < h.headerRow + h.headerRows
  const isOutside = (r: number) => !!h && (r < h.headerRow || r >= h.dataEnd)
  return (
    <div className="import-table-wrap">
      <table className="import-table import-sheet-preview">
        <caption>{t('import.sheet.preview')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.sheet.previewRow')}</th>
            {Array.from({ length: width }, (_, c) => (
              <th key={c} scope="col">
                {columnLetter(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.view.top.map((row, r) => (
            <tr
              key={r}
              className={isHeader(r) ? 'is-header' : isOutside(r) ? 'is-outside' : undefined}
            >
              <th scope="row">
                {r + 1}
                {isHeader(r) && (
                  <span className="visually-hidden"> ({t('import.sheet.isHeader')})</span>
                )}
              </th>
              {Array.from({ length: width }, (_, c) => (
                <td key={c}>{row[c] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

export function columnLetter(index: number): string {
  let n = index + 1
  let s = ''
  while (n > 0) {
    const m = (n - 1) % 26
    s = String.fromCharCode(65 + m) + s
    n = Math.floor((n - 1) / 26)
  }
  return s
}
