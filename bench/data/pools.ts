// Name and organisation pools for contacts of Pacific and Indonesian events. Spellings follow
// common usage in each country; diacritics and apostrophes are kept because real lists have them.

export interface Country {
  code: string
  dial: string
  /** Digits in the national significant number, for realistic E.164 lengths. */
  digits: number
  domain: string
  given: readonly string[]
  family: readonly string[]
}

const melanesianFamily = ['Kalsakau', 'Tabimasmas', 'Natapei', 'Regenvanu', 'Salwai', 'Loughman']
const solomonFamily = ['Sogavare', 'Manele', 'Houenipwela', 'Wale', 'Kenilorea', 'Tozaka']

export const countries: readonly Country[] = [
  {
    code: 'ID',
    dial: '62',
    digits: 11,
    domain: 'kemlu.go.id',
    given: ['Siti', 'Agus', 'Dewi', 'Budi', 'Retno', 'Made', 'Nyoman', 'Ketut', 'Wayan', 'Putri'],
    family: ['Santoso', 'Wijaya', 'Kusuma', 'Siregar', 'Nasution', 'Pangaribuan', 'Hutapea'],
  },
  {
    code: 'FJ',
    dial: '679',
    digits: 7,
    domain: 'govnet.gov.fj',
    given: ['Litia', 'Josaia', 'Viliame', 'Losana', 'Mereoni', 'Sitiveni', 'Salote', 'Peni', 'Ana'],
    family: ['Rabuka', 'Bainimarama', 'Qarase', 'Tikoduadua', 'Kamikamica', 'Seruiratu', 'Naivalu'],
  },
  {
    code: 'PG',
    dial: '675',
    digits: 8,
    domain: 'dfa.gov.pg',
    given: ['Justin', 'Rimbink', 'Meg', 'Kila', 'Powes', 'Julie', 'Elias', 'Loujaya'],
    family: ['Tkatchenko', 'Pato', 'Marape', 'Kumbu', 'Wapi', 'Soi', 'Kaupa', 'Basil'],
  },
  {
    code: 'WS',
    dial: '685',
    digits: 7,
    domain: 'mfat.gov.ws',
    given: ['Sefo', 'Tavita', 'Losa', 'Iosefa', 'Fetu', 'Naomi', 'Faʻamoe'],
    family: [
      'Mataʻafa',
      'Sailele',
      'Fuimaono',
      'Tuala',
      'Leavasa',
      'Afamasaga',
      'Toleafoa',
      'Tuilaʻepa',
    ],
  },
  {
    code: 'TO',
    dial: '676',
    digits: 7,
    domain: 'mfa.gov.to',
    given: ['ʻAkilisi', 'Siaosi', 'Fekitamoeloa', 'Losaline', 'Pohiva', 'Tevita', 'Mele'],
    family: ['Pōhiva', 'Sovaleni', 'Tuʻivakanō', 'Utoikamanu', 'Fifita', 'Taione', 'Kioa'],
  },
  {
    code: 'VU',
    dial: '678',
    digits: 7,
    domain: 'gov.vu',
    given: ['Ishmael', 'Charlot', 'Jotham', 'Ralph', 'Hilda', 'Esmon'],
    family: melanesianFamily,
  },
  {
    code: 'SB',
    dial: '677',
    digits: 7,
    domain: 'mfaet.gov.sb',
    given: ['Jeremiah', 'Collins', 'Manasseh', 'Rexon', 'Freda', 'Peter'],
    family: solomonFamily,
  },
  {
    code: 'KI',
    dial: '686',
    digits: 8,
    domain: 'mfa.gov.ki',
    given: ['Taneti', 'Teuea', 'Anote', 'Tessie', 'Tekeeua', 'Kourabi'],
    family: ['Maamau', 'Toatu', 'Tong', 'Lambourne', 'Tarau', 'Nenem'],
  },
  {
    code: 'TL',
    dial: '670',
    digits: 8,
    domain: 'mnec.gov.tl',
    given: ['Xanana', 'Adaljiza', 'Bendito', 'Milena', 'Fidelis', 'Agio', 'José', 'José Luís'],
    family: [
      'Gusmão',
      'Magno',
      'dos Santos Freitas',
      'Pires',
      'Magalhães',
      'Pereira',
      'Ramos-Horta',
    ],
  },
  {
    code: 'NZ',
    dial: '64',
    digits: 9,
    domain: 'mfat.govt.nz',
    given: ['Aroha', 'Wiremu', 'Hine', 'Nanaia', 'James', 'Sarah'],
    family: ['Mahuta', 'Peters', 'Ngata', 'Te Rangi', 'Walker', 'Williams'],
  },
]

/** Indonesians often have one name only; the share of single-name records. */
export const MONONYM_SHARE = 0.15

// Empty most often: many lists carry no honorific. Ratu and Adi are Fijian chiefly titles.
export const honorifics = [
  '',
  '',
  '',
  'Mr',
  'Ms',
  'Dr',
  'H.E.',
  'Hon.',
  'Bapak',
  'Ibu',
  'Ratu',
  'Adi',
] as const

export const organisations = [
  'Ministry of Foreign Affairs',
  'Kementerian Luar Negeri Republik Indonesia',
  'Pacific Islands Forum Secretariat',
  'Pacific Community (SPC)',
  'Secretariat of the Pacific Regional Environment Programme',
  'University of the South Pacific',
  'Melanesian Spearhead Group Secretariat',
  'Embassy of the Republic of Indonesia',
  'Ministry of Trade and Industry',
  'Office of the Prime Minister',
] as const

export const positions = [
  'Ambassador',
  'Minister Counsellor',
  'Counsellor',
  'First Secretary',
  'Third Secretary',
  'Director',
  'Deputy Director',
  'Senior Policy Officer',
  'Kepala Bagian',
  'Analis Kebijakan Ahli Muda',
  'Programme Manager',
] as const

export const webmail = ['gmail.com', 'yahoo.com', 'outlook.com'] as const

export const notes = [
  'Requires halal meals.',
  'Prefers to be contacted through the embassy.',
  'Former participant of the 2023 workshop.',
  'Wheelchair access needed at the venue.',
] as const
