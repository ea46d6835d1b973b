import { factKeys, tokenFor } from '../../../../shared/press/catalogue'
import { factText, type PressFacts } from '../../../../shared/press/facts'
import { useI18n } from '../../i18n/I18nProvider'

/** The placeholder catalogue with what each fact is now, in both languages. */
export function FactsTable(props: { facts: PressFacts }) {
  const { t } = useI18n()
  return (
    <table className="table press-facts-table" aria-label={t('press.facts.table')}>
      <thead>
        <tr>
          <th scope="col">{t('press.facts.placeholder')}</th>
          <th scope="col">{t('press.facts.meaning')}</th>
          <th scope="col" lang="id">
            {t('press.lang.id')}
          </th>
          <th scope="col" lang="en">
            {t('press.lang.en')}
          </th>
        </tr>
      </thead>
      <tbody>
        {factKeys.map((key) => {
          const id = factText(props.facts.id.get(key), 'id')
          const en = factText(props.facts.en.get(key), 'en')
          return (
            <tr key={key}>
              <td>
                <code>{tokenFor(key)}</code>
              </td>
              <td>{t(`press.fact.${key}`)}</td>
              <td lang="id" className={id ? undefined : 'muted'}>
                {id || t('press.facts.noValue')}
              </td>
              <td lang="en" className={en ? undefined : 'muted'}>
                {en || t('press.facts.noValue')}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
