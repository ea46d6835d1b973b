import { useId, useMemo, useState, type FormEvent } from 'react'
import {
  countryName,
  intlCountryName,
  nameLangs,
  nameOverridesSchema,
  type NameLang,
} from '../../../../shared/countries'
import {
  searchCountries,
  withOverride,
} from '../../../../shared/registry/views/country-name-overrides'
import { useAppData } from '../../app/AppData'
import { describeError } from '../../app/describe-error'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import { TextField } from '../../ui/Field'
import { useToast } from '../../ui/Toasts'

const MAX_NAME = 200
const FOUND_SHOWN = 25
type Drafts = Record<NameLang, string>

/**
 * Staff's official country names: search a country, compare the platform's name with the default
 * official one per language, and set or clear the ministry's own. Empty means "use the default".
 */
export function CountryNamesEditor() {
  const { t, lang } = useI18n()
  const { countryNames, setCountryNames, readOnly } = useAppData()
  const toast = useToast()
  const titleId = useId()
  const [query, setQuery] = useState('')
  const [editing, setEditing] = useState<{ code: string; drafts: Drafts }>()

  const codes = useMemo(() => {
    if (query.trim()) return searchCountries(query, lang, countryNames).slice(0, FOUND_SHOWN)
    const collator = new Intl.Collator(lang)
    return Object.keys(countryNames).sort((a, b) =>
      collator.compare(countryName(a, lang, countryNames), countryName(b, lang, countryNames)),
    )
  }, [query, lang, countryNames])

  const edit = (code: string) =>
    setEditing({
      code,
      drafts: { en: countryNames[code]?.en ?? '', id: countryNames[code]?.id ?? '' },
    })
  const tooLong = (l: NameLang) => (editing?.drafts[l].trim().length ?? 0) > MAX_NAME

  const save = async (code: string, drafts: Partial<Drafts>) => {
    let next = countryNames
    for (const l of nameLangs) {
      const draft = drafts[l]
      if (draft !== undefined) next = withOverride(next, code, l, draft)
    }
    const parsed = nameOverridesSchema.safeParse(next)
    if (!parsed.success) return
    try {
      await setCountryNames(parsed.data)
      toast({ message: t('countryNames.saved', { country: countryName(code, lang, parsed.data) }) })
    } catch (error) {
      toast({ tone: 'error', message: describeError(t, error) })
    }
  }
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (editing && !nameLangs.some(tooLong)) void save(editing.code, editing.drafts)
  }
  const clear = (code: string, l: NameLang) => {
    setEditing((current) => current && { ...current, drafts: { ...current.drafts, [l]: '' } })
    void save(code, { [l]: '' })
  }

  return (
    <section className="country-names" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('countryNames.title')}</h2>
      <p className="muted">{t('countryNames.intro')}</p>
      <TextField
        label={t('countryNames.search')}
        hint={t('countryNames.searchHint')}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {codes.length === 0 ? (
        <p className="muted">
          {query.trim() ? t('countryNames.noMatch', { query }) : t('countryNames.noneSet')}
        </p>
      ) : (
        <table className="table country-names-table">
          <caption>{t(query.trim() ? 'countryNames.found' : 'countryNames.set')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('countryNames.column.country')}</th>
              <th scope="col">{t('countryNames.column.code')}</th>
              <th scope="col">{t('countryNames.column.en')}</th>
              <th scope="col">{t('countryNames.column.id')}</th>
              <th scope="col">{t('countryNames.column.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {codes.map((code) => {
              const name = countryName(code, lang, countryNames)
              return (
                <tr key={code}>
                  <th scope="row">{name}</th>
                  <td>{code}</td>
                  {nameLangs.map((l) => (
                    <td key={l}>
                      {countryName(code, l, countryNames)}
                      {countryNames[code]?.[l] && (
                        <span className="badge badge-muted">{t('countryNames.yours')}</span>
                      )}
                    </td>
                  ))}
                  <td>
                    <Button
                      aria-label={t('countryNames.editCountry', { country: name })}
                      onClick={() => edit(code)}
                    >
                      {t('countryNames.edit')}
                    </Button>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      {editing && (
        <form key={editing.code} className="country-name-form" onSubmit={submit}>
          <h3>
            {t('countryNames.editing', {
              country: countryName(editing.code, lang, countryNames),
              code: editing.code,
            })}
          </h3>
          {nameLangs.map((l, i) => {
            const language = t(`countryNames.lang.${l}`)
            const fallback = countryName(editing.code, l)
            return (
              <fieldset key={l} className="country-name-lang">
                <legend>{language}</legend>
                <p className="country-name-defaults">
                  {t('countryNames.platform', {
                    name: intlCountryName(editing.code, l) ?? editing.code,
                  })}
                  <br />
                  {t('countryNames.default', { name: fallback })}
                </p>
                <TextField
                  label={t(`countryNames.override.${l}`)}
                  hint={t('countryNames.overrideHint')}
                  value={editing.drafts[l]}
                  placeholder={fallback}
                  autoFocus={i === 0}
                  disabled={readOnly}
                  {...(tooLong(l) ? { error: t('countryNames.invalid') } : {})}
                  onChange={(e) =>
                    setEditing({ ...editing, drafts: { ...editing.drafts, [l]: e.target.value } })
                  }
                />
                <Button
                  aria-label={t('countryNames.clearLang', { language })}
                  disabled={readOnly || !countryNames[editing.code]?.[l]}
                  onClick={() => clear(editing.code, l)}
                >
                  {t('countryNames.clear')}
                </Button>
              </fieldset>
            )
          })}
          <div className="form-actions">
            <Button onClick={() => setEditing(undefined)}>{t('dialog.close')}</Button>
            <Button type="submit" variant="primary" disabled={readOnly}>
              {t('countryNames.save')}
            </Button>
          </div>
        </form>
      )}
    </section>
  )
}
