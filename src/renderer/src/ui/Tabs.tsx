import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react'

export interface TabItem<K extends string> {
  id: K
  label: string
}

/**
 * WAI-ARIA tabs: arrow keys move between tabs, Home/End jump, only the selected tab is in the
 * tab order, and the panel is labelled by its tab.
 */
export function Tabs<K extends string>(props: {
  label: string
  tabs: readonly TabItem<K>[]
  selected: K
  onSelect: (id: K) => void
  children: ReactNode
}) {
  const baseId = useId()
  const refs = useRef(new Map<K, HTMLButtonElement>())
  const index = props.tabs.findIndex((t) => t.id === props.selected)

  const onKeyDown = (e: KeyboardEvent) => {
    const last = props.tabs.length - 1
    const next =
      e.key === 'ArrowRight'
        ? (index + 1) % (last + 1)
        : e.key === 'ArrowLeft'
          ? (index - 1 + last + 1) % (last + 1)
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : -1
    if (next < 0) return
    e.preventDefault()
    const tab = props.tabs[next]!
    props.onSelect(tab.id)
    refs.current.get(tab.id)?.focus()
  }

  return (
    <div className="tabs">
      <div role="tablist" aria-label={props.label} className="tab-list" onKeyDown={onKeyDown}>
        {props.tabs.map((tab) => {
          const selected = tab.id === props.selected
          return (
            <button
              key={tab.id}
              ref={(el) => {
                if (el) refs.current.set(tab.id, el)
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${tab.id}`}
              aria-selected={selected}
              aria-controls={`${baseId}-panel`}
              tabIndex={selected ? 0 : -1}
              className={selected ? 'tab active' : 'tab'}
              onClick={() => props.onSelect(tab.id)}
            >
              {tab.label}
            </button>
          )
        })}
      </div>
      <div
        role="tabpanel"
        id={`${baseId}-panel`}
        aria-labelledby={`${baseId}-tab-${props.selected}`}
        className="tab-panel"
      >
        {props.children}
      </div>
    </div>
  )
}
