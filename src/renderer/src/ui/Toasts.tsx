import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import { Button } from './Button'

export interface ToastInput {
  message: string
  tone?: 'info' | 'error'
  action?: { label: string; run: () => void }
}

interface Toast extends ToastInput {
  id: number
}

const ToastContext = createContext<((toast: ToastInput) => void) | null>(null)

// Errors stay until dismissed: they usually say what to do next. Notes with an undo action stay
// long enough to be used.
const INFO_MS = 6_000
const UNDO_MS = 12_000

export function ToastProvider(props: {
  dismissLabel: string
  regionLabel: string
  children: ReactNode
}) {
  const [toasts, setToasts] = useState<Toast[]>([])
  const nextId = useRef(1)

  const dismiss = useCallback(
    (id: number) => setToasts((all) => all.filter((t) => t.id !== id)),
    [],
  )

  const show = useCallback(
    (toast: ToastInput) => {
      const id = nextId.current++
      setToasts((all) => [...all.slice(-2), { ...toast, id }])
      if (toast.tone !== 'error') setTimeout(() => dismiss(id), toast.action ? UNDO_MS : INFO_MS)
    },
    [dismiss],
  )

  const value = useMemo(() => show, [show])
  return (
    <ToastContext.Provider value={value}>
      {props.children}
      <section className="toasts" aria-label={props.regionLabel}>
        <div role="status" aria-live="polite">
          {toasts
            .filter((t) => t.tone !== 'error')
            .map((t) => (
              <ToastView
                key={t.id}
                toast={t}
                dismissLabel={props.dismissLabel}
                onDismiss={dismiss}
              />
            ))}
        </div>
        <div role="alert">
          {toasts
            .filter((t) => t.tone === 'error')
            .map((t) => (
              <ToastView
                key={t.id}
                toast={t}
                dismissLabel={props.dismissLabel}
                onDismiss={dismiss}
              />
            ))}
        </div>
      </section>
    </ToastContext.Provider>
  )
}

function ToastView(props: { toast: Toast; dismissLabel: string; onDismiss: (id: number) => void }) {
  const { toast } = props
  return (
    <div className={`toast toast-${toast.tone ?? 'info'}`}>
      <span>{toast.message}</span>
      {toast.action && (
        <Button
          variant="ghost"
          onClick={() => {
            toast.action?.run()
            props.onDismiss(toast.id)
          }}
        >
          {toast.action.label}
        </Button>
      )}
      <Button
        variant="ghost"
        aria-label={props.dismissLabel}
        onClick={() => props.onDismiss(toast.id)}
      >
        ×
      </Button>
    </div>
  )
}

export function useToast(): (toast: ToastInput) => void {
  const show = useContext(ToastContext)
  if (!show) throw new Error('useToast outside ToastProvider')
  return show
}
