// The app's participants table, mounted on its own in the bench page: the real RegistryTable in
// the real I18nProvider, styled by the app's stylesheet, with the screen's default columns.
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { defaultColumns } from '../../src/renderer/src/features/registry/columns'
import { RegistryTable } from '../../src/renderer/src/features/registry/RegistryTable'
import { I18nProvider } from '../../src/renderer/src/i18n/I18nProvider'
import '../../src/renderer/src/styles.css'
import type { RegistryRow, RegistrySort } from '../../src/shared/registry/registry-view'

const noop = () => {}
const none: ReadonlySet<string> = new Set()

/** Renders the table into `container` synchronously; returns a function that unmounts it. */
export function mountRegistryTable(
  container: HTMLElement,
  rows: readonly RegistryRow[],
  sort: RegistrySort,
): () => void {
  const root = createRoot(container)
  flushSync(() =>
    root.render(
      <I18nProvider initial="en" onChange={noop}>
        <RegistryTable
          rows={rows}
          visibleColumns={defaultColumns}
          sort={sort}
          onSort={noop}
          selected={none}
          onToggle={noop}
          onToggleAll={noop}
          onEdit={noop}
          onHistory={noop}
        />
      </I18nProvider>,
    ),
  )
  return () => root.unmount()
}
