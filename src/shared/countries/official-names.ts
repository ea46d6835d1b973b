import type { NameLang } from './directory'

// Names the ministry writes in official documents where the platform's CLDR names differ: the
// diplomatic forms it uses for some partners (FSM, RMI, Lao PDR, Brunei Darussalam, and "Chile"
// rather than "Cile" in Indonesian, as in its press releases), "Inggris" for the United
// Kingdom as Indonesian documents say, "and"/"Saint" instead of CLDR's "&"/"St." in English, and no
// city qualifiers ("Congo - Kinshasa") or parentheses ("Myanmar (Burma)"). Staff overrides in
// settings win over these; these win over Intl.DisplayNames.
export const defaultOfficialNames: Readonly<Record<NameLang, ReadonlyMap<string, string>>> = {
  en: new Map([
    ['AG', 'Antigua and Barbuda'],
    ['BA', 'Bosnia and Herzegovina'],
    ['BL', 'Saint Barthélemy'],
    ['BN', 'Brunei Darussalam'],
    ['CD', 'Democratic Republic of the Congo'],
    ['CG', 'Republic of the Congo'],
    ['FM', 'Federated States of Micronesia'],
    ['GS', 'South Georgia and the South Sandwich Islands'],
    ['HK', 'Hong Kong, China'],
    ['HM', 'Heard Island and McDonald Islands'],
    ['KN', 'Saint Kitts and Nevis'],
    ['LA', 'Lao PDR'],
    ['LC', 'Saint Lucia'],
    ['MF', 'Saint Martin'],
    ['MM', 'Myanmar'],
    ['MO', 'Macao, China'],
    ['PM', 'Saint Pierre and Miquelon'],
    ['PS', 'Palestine'],
    ['SH', 'Saint Helena'],
    ['SJ', 'Svalbard and Jan Mayen'],
    ['ST', 'Sao Tome and Principe'],
    ['TC', 'Turks and Caicos Islands'],
    ['TT', 'Trinidad and Tobago'],
    ['UM', 'United States Minor Outlying Islands'],
    ['VA', 'Holy See'],
    ['VC', 'Saint Vincent and the Grenadines'],
    ['VI', 'United States Virgin Islands'],
    ['WF', 'Wallis and Futuna'],
  ]),
  id: new Map([
    ['BN', 'Brunei Darussalam'],
    ['CL', 'Chile'],
    ['CD', 'Republik Demokratik Kongo'],
    ['CG', 'Republik Kongo'],
    ['FM', 'Negara Federasi Mikronesia'],
    ['GB', 'Inggris'],
    ['GS', 'Georgia Selatan dan Kepulauan Sandwich Selatan'],
    ['LA', 'Lao PDR'],
    ['MH', 'Republik Kepulauan Marshall'],
    ['MM', 'Myanmar'],
    ['PS', 'Palestina'],
    ['UM', 'Kepulauan Terluar Amerika Serikat'],
  ]),
}
