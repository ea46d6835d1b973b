// What embassies call each column, in English, Indonesian and French. Matching is on
// normalised keys, so case, accents and punctuation need not be listed twice.
import { bigrams, diceOfBigrams, normaliseKey, tokenSequenceIndex, tokens } from './normalise'

/** The registry fields a spreadsheet column can fill. `id` is the stable ID of our exports. */
export const importFields = [
  'id',
  'honorific',
  'givenName',
  'familyName',
  'fullName',
  'gender',
  'organisation',
  'position',
  'email',
  'phone',
  'whatsapp',
  'country',
  'nationality',
  'role',
  'mode',
  'status',
  'arrival',
  'departure',
  'dietary',
  'accessibility',
  'passportNumber',
  'passportExpiry',
  'notes',
] as const
export type ImportField = (typeof importFields)[number]

/** Known headers that fill nothing (the "No" running number), still evidence of a header row. */
export type KnownHeader = ImportField | 'rowNumber'

// One line per field; '|' separates the aliases.
const aliases: Record<KnownHeader, string> = {
  rowNumber: 'No|No.|#|S/N|Sl No|Nomor|Nomor urut|No urut|N°|Numéro',
  id: 'ID|Sekretariat ID|Record ID|Registry ID',
  honorific: 'Title|Salutation|Honorific|Gelar|Sapaan|Civilité|Titre|Prefix|Mr/Ms',
  givenName: 'Given name|Given names|First name|Forename|Nama Depan|Prénom',
  familyName: 'Family name|Last name|Surname|Nama Belakang|Nama Keluarga|Nom de famille|Nom',
  fullName:
    'Name|Full name|Names|Participant name|Name of participant|Delegate name|Nama|Nama Lengkap|Nama Peserta|Nom complet|Nom et prénom|Prénom et nom|Nom prénom',
  gender: 'Gender|Sex|M/F|L/P|Jenis Kelamin|JK|Sexe|Genre',
  organisation:
    'Organisation|Organization|Agency|Institution|Ministry|Department|Affiliation|Office|Instansi|Lembaga|Kementerian|Unit Kerja|Asal Instansi|Organisme|Ministère',
  position: 'Position|Designation|Job title|Jabatan|Poste|Fonction|Title/Position',
  email:
    'Email|E-mail|Email address|Mail|Surel|Alamat surel|Alamat email|Courriel|Adresse électronique|Adresse e-mail',
  phone:
    'Phone|Telephone|Tel|Phone number|Telephone number|Mobile|Mobile number|Cell|Contact number|Telepon|Telp|No. Telp|No. Telepon|Nomor Telepon|HP|No. HP|Nomor HP|Handphone|Téléphone|Portable|Numéro de téléphone',
  whatsapp: 'WhatsApp|WA|No. WA|Nomor WA|Nomor WhatsApp|WhatsApp number',
  country:
    'Country|Delegation|Country/Delegation|Country / Territory|Member|Economy|Negara|Delegasi|Negara asal|Asal negara|Pays|Délégation',
  nationality: 'Nationality|Citizenship|Kewarganegaraan|Nationalité',
  role: 'Role|Role in delegation|Capacity|Participant type|Category|Peran|Kategori|Rôle|Qualité',
  mode: 'Mode|Attendance|Participation|Mode of participation|Participation mode|Attendance mode|Online/In person|Mode kehadiran|Moda kehadiran|Kehadiran|Cara kehadiran|Daring/Luring|Mode de participation|Modalité de participation',
  status: 'Status|Registration status|Confirmation|Status pendaftaran|Konfirmasi|Statut',
  arrival:
    "Arrival|Arrival date|Date of arrival|Arrival date/time|Check-in|Kedatangan|Tanggal kedatangan|Tiba|Tanggal tiba|Arrivée|Date d'arrivée",
  departure:
    'Departure|Departure date|Date of departure|Check-out|Kepulangan|Tanggal kepulangan|Keberangkatan|Pulang|Départ|Date de départ',
  dietary:
    'Dietary|Dietary requirements|Dietary restrictions|Diet|Food|Allergies|Makanan|Pantangan makanan|Preferensi makanan|Régime alimentaire|Régime',
  accessibility:
    'Accessibility|Accessibility needs|Special needs|Disability|Kebutuhan khusus|Aksesibilitas|Disabilitas|Accessibilité|Besoins particuliers',
  passportNumber:
    'Passport|Passport number|Passport No|Paspor|No. Paspor|Nomor Paspor|Passeport|Numéro de passeport',
  passportExpiry:
    "Passport expiry|Passport expiry date|Passport valid until|Date of expiry|Expiry date|Masa berlaku paspor|Berlaku hingga|Tanggal kedaluwarsa paspor|Date d'expiration|Expiration du passeport",
  notes:
    'Notes|Note|Remarks|Remark|Comments|Comment|Keterangan|Catatan|Remarques|Observations|Commentaires',
}

interface Alias {
  field: KnownHeader
  key: string
  compact: string
  tokens: string[]
  bigrams: Map<string, number>
}

const aliasList: Alias[] = (Object.keys(aliases) as KnownHeader[]).flatMap((field) =>
  aliases[field].split('|').map((text) => {
    const key = normaliseKey(text)
    const compact = key.replace(/ /g, '')
    return { field, key, compact, tokens: tokens(key), bigrams: bigrams(compact) }
  }),
)

export interface FieldMatch {
  field: KnownHeader
  /** 0..1: 1 exact alias, ~0.97 same letters, 0.6–0.9 alias inside a longer header, fuzzy below. */
  score: number
}

interface Key {
  key: string
  compact: string
  tokens: string[]
  bigrams: Map<string, number>
}

/** How well one header key matches one alias. */
function aliasScore(k: Key, alias: Alias): number {
  if (k.key === alias.key) return 1
  if (k.compact === alias.compact) return 0.97
  const at = tokenSequenceIndex(k.tokens, alias.tokens)
  // Inside a longer header ("Email address (official)"): only aliases that are words, not "no".
  if (at >= 0 && alias.key.length >= 3) {
    return 0.6 + (0.3 * alias.tokens.length) / k.tokens.length + (at === 0 ? 0.05 : 0)
  }
  if (alias.compact.length < 5 || Math.abs(alias.compact.length - k.compact.length) > 6) return 0
  const dice = diceOfBigrams(
    alias.bigrams,
    alias.compact.length - 1,
    k.bigrams,
    k.compact.length - 1,
  )
  return dice >= 0.8 ? dice * 0.85 : 0
}

// Header scoring looks at the same few texts many times (every sheet, every re-analysis).
const cache = new Map<string, FieldMatch[]>()
const CACHE_MAX = 5000

/** Every known header this text could be, best first (only scores ≥ 0.5). */
export function matchHeader(text: string): FieldMatch[] {
  if (text.length > 200) return [] // a sentence, not a header; and not worth a cache entry
  const cached = cache.get(text)
  if (cached) return cached
  const key = normaliseKey(text)
  const compact = key.replace(/ /g, '')
  const k: Key = { key, compact, tokens: tokens(key), bigrams: bigrams(compact) }
  const best = new Map<KnownHeader, number>()
  if (key) {
    for (const alias of aliasList) {
      const score = aliasScore(k, alias)
      if (score >= 0.5 && score > (best.get(alias.field) ?? 0)) best.set(alias.field, score)
    }
  }
  const result = [...best]
    .map(([field, score]) => ({ field, score }))
    .sort((a, b) => b.score - a.score)
  if (cache.size >= CACHE_MAX) cache.clear()
  cache.set(text, result)
  return result
}

export function bestHeaderMatch(text: string): FieldMatch | undefined {
  return matchHeader(text)[0]
}
