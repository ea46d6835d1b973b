import { useId } from 'react'
import {
  drawIndex,
  type ProtocolOrderChoice,
} from '../../../../../shared/registry/views/protocol-choice'
import { useI18n } from '../../../i18n/I18nProvider'
import { Button } from '../../../ui/Button'
import { SelectField } from '../../../ui/Field'
import { useToast } from '../../../ui/Toasts'

type OrderOption = 'en' | 'id' | 'drawn'
const orderOptions: readonly OrderOption[] = ['en', 'id', 'drawn']

/** Alphabetical in English or Indonesian, or from a country drawn by lot and then wrapping round. */
export function ProtocolOrderChooser(props: {
  choice: ProtocolOrderChoice
  onChange: (choice: ProtocolOrderChoice) => void
  /** The countries that can be drawn, named in the order's language. */
  countries: readonly { code: string; name: string }[]
}) {
  const { t } = useI18n()
  const toast = useToast()
  const name = useId()
  const { choice, onChange, countries } = props
  const selected: OrderOption = choice.kind === 'drawn' ? 'drawn' : choice.lang
  const firstCountry = choice.kind === 'drawn' ? choice.firstCountry : undefined

  const select = (option: OrderOption) =>
    onChange(
      option === 'drawn'
        ? { kind: 'drawn', lang: choice.lang }
        : { kind: 'alphabetical', lang: option },
    )

  const setDrawn = (code: string, lang = choice.lang) =>
    onChange({ kind: 'drawn', lang, ...(code ? { firstCountry: code } : {}) })

  // The draw must be fair and not guessable, as it decides seating in front of the delegations.
  const draw = () => {
    const buffer = new Uint32Array(1)
    const index = drawIndex(countries.length, () => crypto.getRandomValues(buffer)[0]!)
    const drawn = countries[index]!
    setDrawn(drawn.code)
    toast({ message: t('delegations.drawn', { country: drawn.name }) })
  }

  return (
    <fieldset className="protocol-order">
      <legend>{t('delegations.order')}</legend>
      <div className="radio-row">
        {orderOptions.map((option) => (
          <label key={option} className="radio">
            <input
              type="radio"
              name={name}
              value={option}
              checked={selected === option}
              onChange={() => select(option)}
            />
            {t(`delegations.order.${option}`)}
          </label>
        ))}
      </div>
      {choice.kind === 'drawn' && (
        <div className="protocol-draw">
          <SelectField
            label={t('delegations.firstCountry')}
            value={firstCountry ?? ''}
            onChange={(e) => setDrawn(e.target.value)}
            options={[
              { value: '', label: t('delegations.firstCountry.none') },
              ...countries.map((c) => ({ value: c.code, label: c.name })),
            ]}
          />
          <Button onClick={draw} disabled={countries.length === 0}>
            {t('delegations.draw')}
          </Button>
          <SelectField
            label={t('delegations.wrapLang')}
            value={choice.lang}
            onChange={(e) => setDrawn(firstCountry ?? '', e.target.value === 'id' ? 'id' : 'en')}
            options={[
              { value: 'en', label: t('delegations.lang.en') },
              { value: 'id', label: t('delegations.lang.id') },
            ]}
          />
        </div>
      )}
      <p className="field-hint">{t('delegations.order.hint')}</p>
    </fieldset>
  )
}
