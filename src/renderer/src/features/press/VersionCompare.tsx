import { useMemo } from 'react'
import { normaliseDoc } from '../../../../shared/press/doc-model'
import { pressLangs } from '../../../../shared/press/language'
import { docToPlainText } from '../../../../shared/press/output-text'
import { diffWords } from '../../../../shared/press/word-diff'
import type { PressVersionRecord } from '../../db/press-repo'
import { useI18n } from '../../i18n/I18nProvider'

/** Two versions compared word by word, per language: insertions and deletions marked. */
export function VersionCompare(props: { from: PressVersionRecord; to: PressVersionRecord }) {
  const { t } = useI18n()
  const diffs = useMemo(
    () =>
      pressLangs.map((lang) => ({
        lang,
        parts: diffWords(
          docToPlainText(normaliseDoc(props.from.texts[lang])),
          docToPlainText(normaliseDoc(props.to.texts[lang])),
        ),
      })),
    [props.from, props.to],
  )
  return (
    <div className="press-compare">
      {diffs.map(({ lang, parts }) => (
        <section
          key={lang}
          aria-label={t('press.versions.compareLang', { lang: t(`press.lang.${lang}`) })}
        >
          <h4>{t(`press.lang.${lang}`)}</h4>
          {parts.every((p) => p.op === 'equal') ? (
            <p className="muted">{t('press.versions.same')}</p>
          ) : (
            <p className="press-diff" lang={lang}>
              {parts.map((p, i) =>
                p.op === 'insert' ? (
                  <ins key={i}>{p.text}</ins>
                ) : p.op === 'delete' ? (
                  <del key={i}>{p.text}</del>
                ) : (
                  <span key={i}>{p.text}</span>
                ),
              )}
            </p>
          )}
        </section>
      ))}
    </div>
  )
}
