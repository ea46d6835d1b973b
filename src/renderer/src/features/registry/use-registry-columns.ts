import { useCallback, useEffect, useState } from 'react'
import { useAppData } from '../../app/AppData'
import { defaultColumns, isColumnId, type ColumnId } from './columns'

/** The registry's visible columns, remembered in settings. */
export function useRegistryColumns(): [readonly ColumnId[], (ids: readonly ColumnId[]) => void] {
  const { repos, readOnly } = useAppData()
  const [columns, setColumns] = useState<readonly ColumnId[]>(defaultColumns)

  useEffect(() => {
    let cancelled = false
    void repos.settings.registryColumns(isColumnId).then((stored) => {
      if (!cancelled && stored && stored.length > 0) setColumns(stored as ColumnId[])
    })
    return () => {
      cancelled = true
    }
  }, [repos])

  const change = useCallback(
    (ids: readonly ColumnId[]) => {
      setColumns(ids)
      if (!readOnly) void repos.settings.setRegistryColumns(ids)
    },
    [repos, readOnly],
  )
  return [columns, change]
}
