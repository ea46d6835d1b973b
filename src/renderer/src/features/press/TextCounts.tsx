import { useI18n } from '../../i18n/I18nProvider'

/** Words and characters of one text; for social posts, characters against the post limit. */
export function TextCounts(props: { words: number; characters: number; limit?: number }) {
  const { t } = useI18n()
  const { words, characters, limit } = props
  const over = limit !== undefined && characters > limit
  return (
    <p className="press-counts">
      <span>{t('press.counts.words', { count: words })}</span>
      {limit === undefined ? (
        <span>{t('press.counts.characters', { count: characters })}</span>
      ) : (
        <span className={over ? 'press-limit press-limit-over' : 'press-limit'}>
          <meter
            min={0}
            max={limit}
            low={limit * 0.9}
            high={limit}
            optimum={0}
            value={Math.min(characters, limit)}
            aria-hidden="true"
          />
          {t('press.counts.limit', { count: characters, limit })}
          {over && <strong> {t('press.counts.over', { count: characters - limit })}</strong>}
        </span>
      )}
    </p>
  )
}
