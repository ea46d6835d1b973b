import { useId, useState } from 'react'
import {
  factCatalogue,
  factKeys,
  tokenFor,
  type FactGroup,
  type FactKey,
} from '../../../../shared/press/catalogue'
import { factText, type PressFacts } from '../../../../shared/press/facts'
import { pressLangs, type PressLang } from '../../../../shared/press/language'
import { useI18n } from '../../i18n/I18nProvider'

const groups: FactGroup[] = ['event', 'registry', 'people', 'sessions', 'release']

/**
 * The placeholder catalogue, grouped, with what each fact means and is now for this event. A
 * button inserts the placeholder at the cursor of the chosen language's text.
 */
export function PlaceholderPicker(props: {
  target: PressLang
  onTarget: (lang: PressLang) => void
  onInsert: (key: FactKey) => void
  facts: PressFacts | undefined
  disabled: boolean
}) {
  const { t } = useI18n()
  const [query, setQuery] = useState('')
  const titleId = useId()
  const needle = query.trim().toLowerCase()
  const matches = (key: FactKey) =>
    !needle || key.includes(needle) || t(`press.fact.${key}`).toLowerCase().includes(needle)

  return (
    <section className="press-picker" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('press.picker.title')}</h2>
      <p className="muted">{t('press.picker.about')}</p>
      <fieldset className="press-picker-target" disabled={props.disabled}>
        <legend>{t('press.picker.target')}</legend>
        {pressLangs.map((lang) => (
          <label key={lang} className="radio">
            <input
              type="radio"
              name={`${titleId}-target`}
              checked={props.target === lang}
              onChange={() => props.onTarget(lang)}
            />
            {t(`press.lang.${lang}`)}
          </label>
        ))}
      </fieldset>
      <input
        type="search"
        className="press-picker-filter"
        aria-label={t('press.picker.filter')}
        placeholder={t('press.picker.filter')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div className="press-picker-list">
        {groups.map((group) => {
          const keys = factKeys.filter((k) => factCatalogue.get(k)?.group === group && matches(k))
          if (keys.length === 0) return null
          return (
            <div key={group} role="group" aria-label={t(`press.picker.group.${group}`)}>
              <h3>{t(`press.picker.group.${group}`)}</h3>
              <ul>
                {keys.map((key) => {
                  const value = factText(props.facts?.[props.target].get(key), props.target)
                  return (
                    <li key={key}>
                      <button
                        type="button"
                        className="press-picker-item"
                        disabled={props.disabled}
                        aria-label={t('press.picker.insert', {
                          fact: t(`press.fact.${key}`),
                          token: tokenFor(key),
                        })}
                        onClick={() => props.onInsert(key)}
                      >
                        <span>{t(`press.fact.${key}`)}</span>
                        <code>{tokenFor(key)}</code>
                        <span className="press-picker-value" lang={props.target}>
                          {value || t('press.facts.noValue')}
                        </span>
                      </button>
                    </li>
                  )
                })}
              </ul>
            </div>
          )
        })}
        {!factKeys.some(matches) && <p className="muted">{t('press.picker.none')}</p>}
      </div>
    </section>
  )
}
