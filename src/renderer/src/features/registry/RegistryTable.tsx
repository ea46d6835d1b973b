import { useEffect, useRef, useState, type UIEvent } from 'react'
import { flushSync } from 'react-dom'
import type { RegistryRow, RegistrySort } from '../../../../shared/registry/registry-view'
import { useI18n } from '../../i18n/I18nProvider'
import { columns, type ColumnId } from './columns'
import { RegistryCell } from './RegistryCell'

export const ROW_HEIGHT = 40
const OVERSCAN = 8

/**
 * The participants table, virtualised: only the rows in view (plus a margin) are in the DOM, so
 * 100,000 participants scroll as smoothly as 100. ARIA row indexes tell screen readers where
 * each rendered row sits in the whole table.
 */
export function RegistryTable(props: {
  rows: readonly RegistryRow[]
  visibleColumns: readonly ColumnId[]
  sort: RegistrySort
  onSort: (sort: RegistrySort) => void
  selected: ReadonlySet<string>
  onToggle: (id: string) => void
  onToggleAll: () => void
  onEdit: (row: RegistryRow) => void
  onHistory: (row: RegistryRow) => void
}) {
  const { t } = useI18n()
  const bodyRef = useRef<HTMLDivElement>(null)
  const [scrollTop, setScrollTop] = useState(0)
  const [viewport, setViewport] = useState(600)
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set())

  useEffect(() => {
    const body = bodyRef.current
    if (!body) return
    const observer = new ResizeObserver(() => setViewport(body.clientHeight))
    observer.observe(body)
    return () => observer.disconnect()
  }, [])

  const shown = columns.filter((c) => props.visibleColumns.includes(c.id))
  const template = `2.5rem ${shown.map((c) => c.width).join(' ')} 3rem`
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN)
  const last = Math.min(
    props.rows.length,
    Math.ceil((scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN,
  )
  const allSelected =
    props.rows.length > 0 && props.rows.every((r) => props.selected.has(r.participant.id))

  const toggleReveal = (id: string) =>
    setRevealed((current) => {
      const next = new Set(current)
      if (!next.delete(id)) next.add(id)
      return next
    })

  return (
    <div
      role="table"
      aria-label={t('registry.tab.participants')}
      aria-rowcount={props.rows.length + 1}
      className="vtable"
    >
      <div role="rowgroup">
        <div
          role="row"
          aria-rowindex={1}
          className="vtable-head"
          style={{ gridTemplateColumns: template }}
        >
          <div role="columnheader">
            <input
              type="checkbox"
              aria-label={t('registry.selectAll')}
              checked={allSelected}
              onChange={props.onToggleAll}
            />
          </div>
          {shown.map((c) => {
            const active = c.sort && props.sort.key === c.sort
            const ariaSort = active
              ? props.sort.direction === 'asc'
                ? 'ascending'
                : 'descending'
              : undefined
            return (
              <div role="columnheader" key={c.id} aria-sort={ariaSort}>
                {c.sort ? (
                  <button
                    type="button"
                    className="sort-button"
                    aria-label={t('registry.sortBy', { column: t(c.label) })}
                    onClick={() =>
                      props.onSort({
                        key: c.sort!,
                        direction: active && props.sort.direction === 'asc' ? 'desc' : 'asc',
                      })
                    }
                  >
                    {t(c.label)} {active ? (props.sort.direction === 'asc' ? '▲' : '▼') : ''}
                  </button>
                ) : (
                  t(c.label)
                )}
              </div>
            )
          })}
          <div role="columnheader" />
        </div>
      </div>
      <div
        ref={bodyRef}
        className="vtable-body"
        onScroll={(e: UIEvent<HTMLDivElement>) => {
          const top = e.currentTarget.scrollTop
          // Render the new window before this frame paints: a scroll update left to React's
          // scheduler lands a frame late, and a scroll-bar drag shows blank rows meanwhile
          // (bench/cases/registry-scroll measures it).
          flushSync(() => setScrollTop(top))
        }}
      >
        <div
          role="rowgroup"
          style={{ height: props.rows.length * ROW_HEIGHT, position: 'relative' }}
        >
          {props.rows.slice(first, last).map((row, i) => {
            const index = first + i
            const id = row.participant.id
            return (
              <div
                role="row"
                key={id}
                aria-rowindex={index + 2}
                aria-selected={props.selected.has(id)}
                className={`vtable-row ${props.selected.has(id) ? 'selected' : ''}`}
                style={{
                  gridTemplateColumns: template,
                  transform: `translateY(${index * ROW_HEIGHT}px)`,
                }}
              >
                <div role="cell">
                  <input
                    type="checkbox"
                    aria-label={t('registry.selectRow', { name: row.name })}
                    checked={props.selected.has(id)}
                    onChange={() => props.onToggle(id)}
                  />
                </div>
                {shown.map((c) => (
                  <div role="cell" key={c.id} className="vtable-cell">
                    <RegistryCell
                      column={c.id}
                      row={row}
                      revealed={revealed.has(id)}
                      onReveal={() => toggleReveal(id)}
                      onEdit={() => props.onEdit(row)}
                    />
                  </div>
                ))}
                <div role="cell">
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('history.show', { name: row.name })}
                    title={t('history.title')}
                    onClick={() => props.onHistory(row)}
                  >
                    ⟲
                  </button>
                </div>
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}
