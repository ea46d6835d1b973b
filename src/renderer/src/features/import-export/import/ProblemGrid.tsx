import { useMemo, useState, type UIEvent } from 'react'
import type { BuildView, CellEdit } from '../../../../../shared/import-plan/session'
import type { CheckedRow } from '../../../../../shared/spreadsheet'
import { useI18n } from '../../../i18n/I18nProvider'
import { GridCell } from './GridCell'
import { problemText } from './problem-text'

const ROW_HEIGHT = 36
const WINDOW_FROM = 300
const VIEW_ROWS = 16
const OVERSCAN = 8

/**
 * Every checked row with its problems on the row and the cell; cells are edited in place and
 * the row is checked again. Large files are windowed: only the rows in view are in the page.
 */
export function ProblemGrid(props: {
  built: BuildView
  onlyProblems: boolean
  edits: CellEdit[]
  disabled: boolean
  onEdit: (edit: CellEdit) => void
}) {
  const { t } = useI18n()
  const { built } = props
  const rows = useMemo(
    () => (props.onlyProblems ? built.rows.filter((r) => r.problems.length > 0) : built.rows),
    [built.rows, props.onlyProblems],
  )
  const edited = useMemo(
    () => new Set(props.edits.map((e) => `${e.rowNumber}:${e.column}`)),
    [props.edits],
  )
  const [scrollTop, setScrollTop] = useState(0)
  const windowed = rows.length > WINDOW_FROM
  const first = windowed ? Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN) : 0
  const last = windowed ? Math.min(rows.length, first + VIEW_ROWS + 2 * OVERSCAN) : rows.length
  const onScroll = (e: UIEvent<HTMLDivElement>) => setScrollTop(e.currentTarget.scrollTop)

  if (rows.length === 0) return <p className="import-muted">{t('import.rows.none')}</p>
  const columns = built.columns
  return (
    <div
      className={`import-grid-wrap ${windowed ? 'windowed' : ''}`}
      style={windowed ? { maxHeight: ROW_HEIGHT * (VIEW_ROWS + 1) } : undefined}
      onScroll={windowed ? onScroll : undefined}
    >
      <table className="import-table import-grid" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{t('import.rows.grid')}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('import.rows.row')}</th>
            {columns.map((c) => (
              <th key={c.index} scope="col">
                {c.label}
              </th>
            ))}
            <th scope="col">{t('import.rows.problems')}</th>
          </tr>
        </thead>
        <tbody>
          {windowed && first > 0 && (
            <tr aria-hidden="true" style={{ height: first * ROW_HEIGHT }} />
          )}
          {rows.slice(first, last).map((row, i) => (
            <GridRow
              key={row.rowNumber}
              row={row}
              index={first + i + 2}
              cells={built.cells.get(row.rowNumber) ?? []}
              columns={columns}
              edited={edited}
              disabled={props.disabled}
              windowed={windowed}
              onEdit={props.onEdit}
              problems={row.problems.map((p) => problemText(t, p))}
            />
          ))}
          {windowed && last < rows.length && (
            <tr aria-hidden="true" style={{ height: (rows.length - last) * ROW_HEIGHT }} />
          )}
        </tbody>
      </table>
    </div>
  )
}

function GridRow(props: {
  row: CheckedRow
  index: number
  cells: string[]
  columns: BuildView['columns']
  edited: Set<string>
  disabled: boolean
  windowed: boolean
  problems: string[]
  onEdit: (edit: CellEdit) => void
}) {
  const { row } = props
  const severityAt = (column: number) => {
    const here = row.problems.filter((p) => p.column === column)
    return here.some((p) => p.severity === 'error') ? 'error' : here.length ? 'warning' : null
  }
  const rowSeverity = row.importable ? (row.problems.length ? 'warning' : 'ok') : 'error'
  return (
    <tr
      aria-rowindex={props.index}
      className={`sev-${rowSeverity}`}
      style={props.windowed ? { height: ROW_HEIGHT } : undefined}
    >
      <th scope="row">{row.rowNumber}</th>
      {props.columns.map((c, i) => (
        <GridCell
          key={`${c.index}:${props.cells[i] ?? ''}`}
          text={props.cells[i] ?? ''}
          column={c.label}
          row={row.rowNumber}
          severity={severityAt(c.index)}
          edited={props.edited.has(`${row.rowNumber}:${c.index}`)}
          disabled={props.disabled}
          onSave={(text) => props.onEdit({ rowNumber: row.rowNumber, column: c.index, text })}
        />
      ))}
      <td
        className="import-problems"
        title={props.windowed ? props.problems.join('\n') : undefined}
      >
        {props.problems.length > 0 && (
          <ul>
            {props.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  )
}
