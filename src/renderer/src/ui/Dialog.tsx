import { useEffect, useId, useRef, type ReactNode } from 'react'

/**
 * A modal built on <dialog>: the browser traps focus, Escape closes it, and the rest of the page
 * is inert while it is open.
 */
export function Dialog(props: {
  title: string
  open: boolean
  onClose: () => void
  children: ReactNode
}) {
  const { open, onClose } = props
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {props.title}
      </h2>
      {open && props.children}
    </dialog>
  )
}
