import type { DuplicatePair } from '../../../../../shared/people'
import type { StoredContact } from '../../../db'
import { useI18n } from '../../../i18n/I18nProvider'
import { Button } from '../../../ui/Button'
import { useCountryName } from '../use-country-name'
import { contactLine } from './contact-line'

/** The pairs to review, surest first; each opens the side-by-side review. */
export function DuplicatePairsTable(props: {
  pairs: readonly DuplicatePair[]
  contacts: ReadonlyMap<string, StoredContact>
  onReview: (pair: DuplicatePair) => void
}) {
  const { t } = useI18n()
  const nameOf = useCountryName()
  return (
    <table className="table duplicate-pairs">
      <caption className="visually-hidden">{t('duplicates.table')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('duplicates.column.class')}</th>
          <th scope="col">{t('duplicates.column.first')}</th>
          <th scope="col">{t('duplicates.column.second')}</th>
          <th scope="col">{t('duplicates.column.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {props.pairs.map((pair) => {
          const a = props.contacts.get(pair.a)
          const b = props.contacts.get(pair.b)
          if (!a || !b) return null
          const first = contactLine(a, nameOf)
          const second = contactLine(b, nameOf)
          return (
            <tr key={`${pair.a}|${pair.b}`}>
              <td>
                <span className={`badge duplicate-${pair.kind}`}>
                  {t(`duplicates.class.${pair.kind}`)}
                </span>
                <span className="muted duplicate-reason">
                  {t(`duplicates.reason.${pair.kind}`)}
                </span>
              </td>
              <th scope="row">
                {first.name}
                <span className="muted">{first.detail}</span>
              </th>
              <td>
                {second.name}
                <span className="muted">{second.detail}</span>
              </td>
              <td>
                <Button
                  aria-label={t('duplicates.reviewPair', {
                    first: first.name,
                    second: second.name,
                  })}
                  onClick={() => props.onReview(pair)}
                >
                  {t('duplicates.review')}
                </Button>
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
