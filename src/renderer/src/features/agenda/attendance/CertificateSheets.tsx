import { createPortal } from 'react-dom'
import type { Eligibility } from '../../../../../shared/attendance/eligibility'
import { countryName } from '../../../../../shared/countries/country-names'
import type { EventRecord } from '../../../../../shared/events/model'
import { translate, type Language } from '../../../../../shared/i18n'
import { decimalText, longDateRange } from '../../../../../shared/agenda/format'
import { eventName } from '../../../../../shared/agenda/instructions'
import { useAppData } from '../../../app/AppData'
import type { AgendaPerson } from '../agenda-people'

export interface Certificate {
  person: AgendaPerson
  eligibility: Eligibility
}

/** One certificate page per person, in the certificate's language (not necessarily the UI's). */
export function CertificatePages(props: {
  event: EventRecord
  lang: Language
  certificates: readonly Certificate[]
}) {
  const { countryNames } = useAppData()
  const { event, lang } = props
  const tr = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(lang, key, params)
  const delegationOf = (p: AgendaPerson): string =>
    p.countryCode ? countryName(p.countryCode, lang, countryNames) : p.delegationName
  return (
    <>
      {props.certificates.map(({ person, eligibility }) => (
        <article
          key={person.participant.id}
          className="certificate-sheet"
          lang={lang}
          aria-label={`${tr('agenda.cert.title')} — ${person.name}`}
        >
          <p className="certificate-kicker">{tr('agenda.cert.title')}</p>
          <p>{tr('agenda.cert.certify')}</p>
          <p className="certificate-name">{person.name}</p>
          {delegationOf(person) && <p className="certificate-delegation">{delegationOf(person)}</p>}
          <p>{tr('agenda.cert.attended', { event: eventName(event, lang) })}</p>
          <p>
            {tr('agenda.cert.held', {
              dates: longDateRange(event.startDate, event.endDate, lang),
            })}
            {event.venue && ` ${tr('agenda.cert.venue', { venue: event.venue })}`}
          </p>
          {eligibility.possibleMinutes > 0 && (
            <p className="certificate-detail">
              {tr('agenda.cert.presence', { percent: decimalText(eligibility.percent, lang) })}
              {eligibility.selfStudyTotal > 0 &&
                eligibility.selfStudyDone === eligibility.selfStudyTotal &&
                ` ${tr('agenda.cert.selfStudy')}`}
            </p>
          )}
          <div className="certificate-signature">
            <span>{tr('agenda.cert.signature')}</span>
          </div>
        </article>
      ))}
    </>
  )
}

/** The same pages outside the app's root, where only the print stylesheet shows them. */
export function PrintableCertificates(props: {
  event: EventRecord
  lang: Language
  certificates: readonly Certificate[]
}) {
  return createPortal(
    <div className="certificate-print" aria-hidden="true">
      <CertificatePages {...props} />
    </div>,
    document.body,
  )
}
