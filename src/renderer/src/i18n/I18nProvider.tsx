import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react'
import { translate, type Language, type MessageKey, type MessageParams } from '../../../shared/i18n'

export type Translate = (key: MessageKey, params?: MessageParams) => string

interface I18nValue {
  lang: Language
  t: Translate
  setLang: (lang: Language) => void
}

const I18nContext = createContext<I18nValue | null>(null)

export function I18nProvider(props: {
  initial: Language
  onChange: (lang: Language) => void
  children: ReactNode
}) {
  const { initial, onChange } = props
  const [lang, setLangState] = useState<Language>(initial)
  const t = useCallback<Translate>((key, params) => translate(lang, key, params), [lang])
  const setLang = useCallback(
    (next: Language) => {
      setLangState(next)
      onChange(next)
    },
    [onChange],
  )
  // Screen readers and spell checkers follow the page language.
  useEffect(() => {
    document.documentElement.lang = lang
  }, [lang])
  const value = useMemo(() => ({ lang, t, setLang }), [lang, t, setLang])
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext)
  if (!value) throw new Error('useI18n outside I18nProvider')
  return value
}

/** BCP 47 locale for Intl formatting in the current language. */
export function localeOf(lang: Language): string {
  return lang === 'id' ? 'id-ID' : 'en-GB'
}
