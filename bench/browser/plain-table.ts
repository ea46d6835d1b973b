// The scroll baseline: the registry table's markup (same classes, so the app's CSS gives the same
// layout and row height) for the default columns, built with plain DOM calls. Like the app it
// renders only the rows in view plus the same overscan; unlike the app it updates the DOM in the
// scroll handler itself, keeps the rows that stay in view and builds only the ones coming in.
import { translate, type MessageKey } from '../../src/shared/i18n'
import type { RegistryRow } from '../../src/shared/registry/registry-view'
import { windowAt } from './paint'

const t = (key: MessageKey, params?: Record<string, string>) => translate('en', key, params)

function el(tag: string, className = '', text = ''): HTMLElement {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text) node.textContent = text
  return node
}

function cell(content: Node | string): HTMLElement {
  const node = el('div', 'vtable-cell')
  node.setAttribute('role', 'cell')
  node.append(content)
  return node
}

function button(className: string, label: string, text: string): HTMLButtonElement {
  const node = el('button', className, text) as HTMLButtonElement
  node.type = 'button'
  node.setAttribute('aria-label', label)
  return node
}

function rowElement(row: RegistryRow, index: number, template: string, height: number) {
  const p = row.participant
  const node = el('div', 'vtable-row ')
  node.setAttribute('role', 'row')
  node.setAttribute('aria-rowindex', String(index + 2))
  node.setAttribute('aria-selected', 'false')
  node.style.gridTemplateColumns = template
  node.style.transform = `translateY(${index * height}px)`
  const check = el('input') as HTMLInputElement
  check.type = 'checkbox'
  check.setAttribute('aria-label', t('registry.selectRow', { name: row.name }))
  const select = el('div')
  select.setAttribute('role', 'cell')
  select.append(check)
  const name = button('link-button', t('registry.edit', { name: row.name }), row.name)
  if (p.role === 'head') name.append(el('span', 'badge', '★'))
  const history = button('icon-button', t('history.show', { name: row.name }), '⟲')
  const historyCell = el('div')
  historyCell.setAttribute('role', 'cell')
  historyCell.append(history)
  node.append(
    select,
    cell(name),
    cell(row.delegationName || el('span', 'muted', t('registry.noDelegation'))),
    cell(t(`role.${p.role}`)),
    cell(el('span', `status status-${p.status}`, t(`status.${p.status}`))),
    cell(t(`mode.${p.mode}`)),
    cell(row.contact.organisation),
    cell(row.email),
    cell(
      row.missingDocuments
        ? el('span', 'status status-missing', t('registry.docsMissing'))
        : el('span', 'status status-complete', t('registry.docsComplete')),
    ),
    historyCell,
  )
  return node
}

/** Mounts the plain table in `container`; returns its scrolling body and rowgroup. */
export function mountPlainTable(
  container: HTMLElement,
  rows: readonly RegistryRow[],
  options: { rowHeight: number; overscan: number; template: string },
): { body: HTMLElement; rowgroup: HTMLElement } {
  const table = el('div', 'vtable')
  table.setAttribute('role', 'table')
  const body = el('div', 'vtable-body')
  const rowgroup = el('div')
  rowgroup.setAttribute('role', 'rowgroup')
  rowgroup.style.position = 'relative'
  rowgroup.style.height = `${rows.length * options.rowHeight}px`
  body.append(rowgroup)
  table.append(body)
  container.append(table)

  const shown = new Map<number, HTMLElement>()
  const render = () => {
    const { first, last } = windowAt(
      body.scrollTop,
      body.clientHeight,
      options.rowHeight,
      rows.length,
      options.overscan,
    )
    for (const [index, node] of shown) {
      if (index < first || index > last) {
        node.remove()
        shown.delete(index)
      }
    }
    for (let index = first; index <= last; index++) {
      if (shown.has(index)) continue
      const node = rowElement(rows[index]!, index, options.template, options.rowHeight)
      rowgroup.append(node)
      shown.set(index, node)
    }
  }
  body.addEventListener('scroll', render, { passive: true })
  render()
  return { body, rowgroup }
}
