import { Button } from './Button'

/** Progress of long work, with a cancel button when the work can be cancelled. */
export function Progress(props: {
  label: string
  value: number
  max: number
  /** What the bar alone does not say, e.g. "12,000 of 50,000 rows · about 20 seconds left". */
  detail?: string
  cancelLabel?: string
  onCancel?: () => void
}) {
  const percent = props.max > 0 ? Math.round((props.value / props.max) * 100) : 0
  return (
    <div className="progress">
      <div
        role="progressbar"
        aria-label={props.label}
        aria-valuemin={0}
        aria-valuemax={props.max}
        aria-valuenow={props.value}
        aria-valuetext={`${percent}%`}
        className="progress-track"
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="progress-text">
        {props.label} · {percent}%{props.detail ? ` · ${props.detail}` : ''}
      </span>
      {props.onCancel && <Button onClick={props.onCancel}>{props.cancelLabel}</Button>}
    </div>
  )
}
