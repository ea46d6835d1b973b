import { participantStatuses, participationModes } from '../../../../shared/registry/model'
import { countryOrders, type CountryOrder } from '../../../../shared/press/facts'
import type { ParticipantFilter } from '../../../../shared/press/participant-filter'
import { useI18n } from '../../i18n/I18nProvider'

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...list, item] : list.filter((x) => x !== item)
}

/** The visible choice of who counts in the release's numbers and lists, and the country order. */
export function ParticipantFilterFields(props: {
  filter: ParticipantFilter
  countryOrder: CountryOrder
  disabled: boolean
  onChange: (filter: ParticipantFilter, countryOrder: CountryOrder) => void
}) {
  const { t } = useI18n()
  const { filter, countryOrder } = props
  return (
    <div className="press-filter">
      <fieldset>
        <legend>{t('press.filter.statuses')}</legend>
        {participantStatuses.map((status) => (
          <label key={status} className="checkbox">
            <input
              type="checkbox"
              checked={filter.statuses.includes(status)}
              disabled={props.disabled}
              onChange={(e) =>
                props.onChange(
                  { ...filter, statuses: toggle(filter.statuses, status, e.target.checked) },
                  countryOrder,
                )
              }
            />
            {t(`status.${status}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('press.filter.modes')}</legend>
        {participationModes.map((mode) => (
          <label key={mode} className="checkbox">
            <input
              type="checkbox"
              checked={filter.modes.includes(mode)}
              disabled={props.disabled}
              onChange={(e) =>
                props.onChange(
                  { ...filter, modes: toggle(filter.modes, mode, e.target.checked) },
                  countryOrder,
                )
              }
            />
            {t(`mode.${mode}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('press.filter.order')}</legend>
        {countryOrders.map((order) => (
          <label key={order} className="radio">
            <input
              type="radio"
              name="press-country-order"
              checked={countryOrder === order}
              disabled={props.disabled}
              onChange={() => props.onChange(filter, order)}
            />
            {t(`press.filter.order.${order}`)}
          </label>
        ))}
      </fieldset>
    </div>
  )
}
