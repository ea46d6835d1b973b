// Enumerations as embassies write them, in English, Indonesian and French. Keys are normalised,
// so "Laki-laki", "laki laki" and "LAKI-LAKI" are one entry.
import type {
  Gender,
  ParticipantRole,
  ParticipantStatus,
  ParticipationMode,
} from '../registry/model'
import { normaliseKey } from './normalise'

/** [value, aliases separated by '|'] */
type Table<T> = readonly (readonly [T, string])[]

const genderTable: Table<Gender> = [
  // F is "female" and "femme"; H is "homme"; L/P are "laki-laki"/"perempuan".
  [
    'female',
    'F|P|W|Female|Woman|Women|Perempuan|Wanita|Femme|Féminin|Ms|Mrs|Miss|Mme|Madame|Mlle|Ibu',
  ],
  ['male', 'M|L|H|Male|Man|Men|Laki-laki|Lelaki|Pria|Homme|Masculin|Mr|Monsieur|Bapak|Pak'],
  ['other', 'Other|X|Non-binary|Nonbinary|Lainnya|Autre'],
  [
    'unspecified',
    'Prefer not to say|Not specified|Unspecified|Tidak disebutkan|Non précisé|N/A|NA|-',
  ],
]

const modeTable: Table<ParticipationMode> = [
  [
    'online',
    'Online|Virtual|Virtually|Remote|Remotely|Daring|Dalam jaringan|En ligne|Virtuel|Virtuelle|À distance|Zoom',
  ],
  [
    'in_person',
    'In person|In-person|Physical|Physically|Onsite|On site|Offline|Face to face|F2F|Luring|Luar jaringan|Tatap muka|Hadir fisik|Fisik|Présentiel|Présentielle|En personne|Sur place',
  ],
]

const roleTable: Table<ParticipantRole> = [
  [
    'head',
    'Head|Head of Delegation|HoD|Head of delegation (HoD)|Ketua Delegasi|Kepala Delegasi|Ketua|Chef de délégation|Chef de la délégation|Chef',
  ],
  [
    'delegate',
    'Delegate|Member|Delegation member|Participant|Delegasi|Anggota|Anggota Delegasi|Peserta|Délégué|Déléguée|Membre',
  ],
  [
    'alternate',
    'Alternate|Alternate delegate|Alternate head|Deputy|Wakil|Wakil Ketua Delegasi|Cadangan|Suppléant|Suppléante|Adjoint|Adjointe',
  ],
  ['adviser', 'Adviser|Advisor|Penasihat|Penasehat|Conseiller|Conseillère|Expert|Pakar|Ahli'],
  [
    'speaker',
    'Speaker|Keynote speaker|Panelist|Panellist|Resource person|Narasumber|Pembicara|Panelis|Intervenant|Intervenante|Orateur|Oratrice',
  ],
  [
    'moderator',
    'Moderator|Facilitator|Chair|Fasilitator|Pemandu|Modérateur|Modératrice|Animateur|Animatrice',
  ],
  ['observer', 'Observer|Pengamat|Peninjau|Observateur|Observatrice'],
  [
    'organiser',
    'Organiser|Organizer|Organising committee|Committee|Secretariat|Staff|Panitia|Penyelenggara|Sekretariat|Organisateur|Organisatrice|Secrétariat',
  ],
  ['media', 'Media|Press|Journalist|Pers|Wartawan|Jurnalis|Presse|Journaliste'],
]

const statusTable: Table<ParticipantStatus> = [
  ['invited', 'Invited|Diundang|Undangan|Invité|Invitée'],
  ['nominated', 'Nominated|Nominee|Dinominasikan|Nominasi|Diusulkan|Nommé|Nommée|Désigné|Désignée'],
  ['registered', 'Registered|Terdaftar|Mendaftar|Inscrit|Inscrite'],
  ['confirmed', 'Confirmed|Dikonfirmasi|Terkonfirmasi|Konfirmasi|Confirmé|Confirmée'],
  ['declined', 'Declined|Regrets|Menolak|Berhalangan|Décliné|Déclinée|Refusé|Excusé|Excusée'],
  ['cancelled', 'Cancelled|Canceled|Withdrawn|Batal|Dibatalkan|Mengundurkan diri|Annulé|Annulée'],
  ['attended', 'Attended|Present|Hadir|Présent|Présente'],
  ['no_show', 'No show|No-show|Absent|Tidak hadir|Absente'],
]

function build<T>(table: Table<T>): Map<string, T> {
  const map = new Map<string, T>()
  for (const [value, words] of table)
    for (const w of words.split('|')) map.set(normaliseKey(w), value)
  // The value's own name is always accepted ("in_person", "no_show").
  for (const [value] of table) map.set(normaliseKey(String(value)), value)
  return map
}

const genders = build(genderTable)
const modes = build(modeTable)
const roles = build(roleTable)
const statuses = build(statusTable)

/** Exact normalised match, then without a parenthetical: "Online (Zoom)", "Ketua (HoD)". */
function lookup<T>(map: Map<string, T>, text: string): T | undefined {
  const direct = map.get(normaliseKey(text))
  if (direct !== undefined) return direct
  const bare = text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
  return bare !== text ? map.get(normaliseKey(bare)) : undefined
}

export const lookupGender = (text: string): Gender | undefined => lookup(genders, text)
export const lookupMode = (text: string): ParticipationMode | undefined => lookup(modes, text)
export const lookupRole = (text: string): ParticipantRole | undefined => lookup(roles, text)
export const lookupStatus = (text: string): ParticipantStatus | undefined => lookup(statuses, text)
