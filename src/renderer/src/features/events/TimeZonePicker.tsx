import { useId, useMemo, useState } from 'react'
import { allTimeZones, formatOffset, zoneOffsetMinutes } from '../../../../shared/time/zones'
import { useI18n } from '../../i18n/I18nProvider'
import { FieldFrame } from '../../ui/Field'

interface ZoneOption {
  zone: string
  label: string
  haystack: string
}

function buildOptions(): ZoneOption[] {
  const now = new Date()
  return allTimeZones().map((zone) => {
    const offset = formatOffset(zoneOffsetMinutes(zone, now))
    const label = `${zone.replace(/_/g, ' ')} (${offset})`
    return { zone, label, haystack: `${zone} ${label}`.toLowerCase().replace(/_/g, ' ') }
  })
}

const MAX_SHOWN = 50

/** A searchable combobox over every IANA zone: type "jakarta", "tarawa" or "+14". */
export function TimeZonePicker(props: {
  value: string
  onChange: (zone: string) => void
  label: string
  hint?: string
  error?: string
}) {
  const { t } = useI18n()
  const options = useMemo(() => buildOptions(), [])
  const listId = useId()
  const [query, setQuery] = useState(props.value)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)

  const matches = useMemo(() => {
    const q = query.trim().toLowerCase()
    const exact = options.find((o) => o.zone.toLowerCase() === q)
    if (!q || exact) return options.slice(0, MAX_SHOWN)
    const words = q.split(/\s+/)
    return options.filter((o) => words.every((w) => o.haystack.includes(w))).slice(0, MAX_SHOWN)
  }, [options, query])

  const choose = (option: ZoneOption) => {
    setQuery(option.zone)
    props.onChange(option.zone)
    setOpen(false)
  }

  return (
    <FieldFrame label={props.label} hint={props.hint} error={props.error}>
      {({ inputId, describedBy }) => (
        <div className="combobox">
          <input
            id={inputId}
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={open}
            aria-controls={listId}
            aria-describedby={describedBy}
            aria-invalid={props.error ? true : undefined}
            aria-activedescendant={open && matches[active] ? `${listId}-${active}` : undefined}
            autoComplete="off"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value)
              setOpen(true)
              setActive(0)
              props.onChange(e.target.value.trim())
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') {
                e.preventDefault()
                setOpen(true)
                setActive((i) => Math.min(i + 1, matches.length - 1))
              } else if (e.key === 'ArrowUp') {
                e.preventDefault()
                setActive((i) => Math.max(i - 1, 0))
              } else if (e.key === 'Enter' && open && matches[active]) {
                e.preventDefault()
                choose(matches[active])
              } else if (e.key === 'Escape' && open) {
                e.stopPropagation()
                e.preventDefault()
                setOpen(false)
              }
            }}
          />
          {open && (
            <ul
              id={listId}
              role="listbox"
              aria-label={t('zonePicker.options')}
              className="combobox-list"
            >
              {matches.length === 0 && (
                <li className="combobox-empty">{t('zonePicker.noMatch', { query })}</li>
              )}
              {matches.map((o, i) => (
                <li
                  key={o.zone}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={i === active}
                  className={i === active ? 'active' : undefined}
                  onMouseDown={(e) => {
                    e.preventDefault()
                    choose(o)
                  }}
                >
                  {o.label}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </FieldFrame>
  )
}
