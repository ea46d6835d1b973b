import { useState } from 'react'

/** A self-study tick that shows the new state at once while it is being saved. */
export function SelfStudyCheck(props: {
  checked: boolean
  label: string
  text: string
  disabled: boolean
  onChange: (done: boolean) => Promise<void>
}) {
  const [pending, setPending] = useState<boolean>()
  return (
    <label className="checkbox">
      <input
        type="checkbox"
        disabled={props.disabled}
        checked={pending ?? props.checked}
        onChange={(e) => {
          const done = e.target.checked
          setPending(done)
          void props.onChange(done).finally(() => setPending(undefined))
        }}
      />
      <span className="visually-hidden">{props.label}</span>
      <span aria-hidden="true">{props.text}</span>
    </label>
  )
}
