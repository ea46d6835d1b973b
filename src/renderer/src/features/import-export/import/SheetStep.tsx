import { useState } from 'react'
import type { SheetView } from '../../../../../shared/import-plan/session'
import type { HeaderOverride } from '../../../../../shared/spreadsheet'
import { useI18n } from '../../../i18n/I18nProvider'
import { Button } from '../../../ui/Button'
import { SheetPreview } from './SheetPreview'
import type { OpenedFile } from './use-import-file'

/**
 * Step 2: the sheet that holds the data, and the header row (detected, or set by the user).
 * Keyed by the detected header, so its inputs start from each new detection.
 */
export function SheetStep(props: {
  opened: OpenedFile
  view: SheetView
  disabled: boolean
  onSheet: (sheet: number, header?: HeaderOverride) => void
}) {
  const { t } = useI18n()
  const { opened, view } = props
  const header = view.header
  const [rowText, setRowText] = useState(header ? String(header.headerRow + 1) : '')
  const [twoRows, setTwoRows] = useState(header?.headerRows === 2)
  const suggested = opened.sheets.reduce((b, s) => (s.score > b.score ? s : b), opened.sheets[0]!)

  const applyHeader = (row: string, two: boolean) => {
    const n = Number(row)
    if (!Number.isInteger(n) || n < 1) return
    props.onSheet(view.sheet, { headerRow: n - 1, headerRows: two ? 2 : 1 })
  }

  return (
    <section className="import-step" aria-labelledby="import-sheet-title">
      <h2 id="import-sheet-title">{t('import.sheet.title')}</h2>
      {opened.sheets.length > 1 && (
        <fieldset className="import-sheets">
          <legend>{t('import.sheet.list')}</legend>
          {opened.sheets.map((s) => (
            <label key={s.index} className="import-sheet-choice">
              <input
                type="radio"
                name="import-sheet"
                checked={s.index === view.sheet}
                disabled={props.disabled}
                onChange={() => props.onSheet(s.index)}
              />
              <span className="import-sheet-name">{s.name}</span>
              <span className="import-muted">
                {t('import.sheet.rows', { count: s.nonEmptyRows })}
                {s.headerRow !== null && ` · ${t('import.sheet.dataRows', { count: s.dataRows })}`}
              </span>
              {s.hidden && <span className="badge">{t('import.sheet.hidden')}</span>}
              {s.index === suggested.index && (
                <span className="badge badge-ok">{t('import.sheet.suggested')}</span>
              )}
            </label>
          ))}
        </fieldset>
      )}
      <div className="import-header-controls">
        <div className="field">
          <label htmlFor="import-header-row">{t('import.sheet.headerRow')}</label>
          <input
            id="import-header-row"
            type="number"
            min={1}
            value={rowText}
            disabled={props.disabled}
            aria-describedby="import-header-row-hint"
            onChange={(e) => setRowText(e.target.value)}
            onBlur={() =>
              rowText !== String((header?.headerRow ?? -1) + 1) && applyHeader(rowText, twoRows)
            }
            onKeyDown={(e) => e.key === 'Enter' && applyHeader(rowText, twoRows)}
          />
          <p id="import-header-row-hint" className="field-hint">
            {t('import.sheet.headerRowHint')}
          </p>
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={twoRows}
            disabled={props.disabled}
            onChange={(e) => {
              setTwoRows(e.target.checked)
              applyHeader(rowText, e.target.checked)
            }}
          />
          {t('import.sheet.twoRows')}
        </label>
        <Button variant="ghost" disabled={props.disabled} onClick={() => props.onSheet(view.sheet)}>
          {t('import.sheet.detect')}
        </Button>
      </div>
      <HeaderSummary view={view} />
      <SheetPreview view={view} />
    </section>
  )
}

function HeaderSummary(props: { view: SheetView }) {
  const { t } = useI18n()
  const h = props.view.header
  if (!h)
    return (
      <p className="import-warning" role="status">
        {t('import.sheet.notFound')}
      </p>
    )
  const params = {
    row: h.headerRow + 1,
    row2: h.headerRow + 2,
    start: h.dataStart + 1,
    end: h.dataEnd,
  }
  return (
    <div role="status" className="import-note">
      <p>{t(h.headerRows === 2 ? 'import.sheet.foundTwo' : 'import.sheet.found', params)}</p>
      {h.footerRow !== null && <p>{t('import.sheet.footer', { row: h.footerRow + 1 })}</p>}
    </div>
  )
}
