import { useEffect } from 'react'
import { createPortal } from 'react-dom'
import type { LopDocument } from '../../../../../shared/export'
import { LopPages } from './LopPages'

/**
 * The list, placed beside the app for as long as it is printed: print styles (export.css) hide
 * everything else, so the print dialog and Electron's printToPDF see only the list.
 */
export function LopPrintView(props: { doc: LopDocument; onReady: () => Promise<void> }) {
  const { onReady } = props
  useEffect(() => {
    // After the browser has laid the list out.
    const frame = requestAnimationFrame(() => requestAnimationFrame(() => void onReady()))
    return () => cancelAnimationFrame(frame)
  }, [onReady])
  return createPortal(
    <div className="lop-print-view" aria-hidden="true">
      <LopPages doc={props.doc} />
    </div>,
    document.body,
  )
}
