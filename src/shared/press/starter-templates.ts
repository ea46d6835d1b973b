import type { PressLang } from './language'

// The templates that ship with the app, one text per language, in the template markup (see
// markup.ts). Placeholders name facts from the catalogue; text in square brackets is for the
// writer to replace. The post-event release follows the ministry's release of the 2022 Pacific
// workshop (tests/fixtures/press/press_release_example_id.txt): dateline, organisers, event and
// dates, the countries in the language's official names, counts, a quote, numbered focus areas.

export const releaseKinds = ['announcement', 'release', 'social'] as const
export type ReleaseKind = (typeof releaseKinds)[number]

export interface StarterTemplate {
  id: string
  kind: ReleaseKind
  texts: Readonly<Record<PressLang, string>>
}

const announcementId = `# {{event.name}}

{{release.dateline}} – {{event.organisers}} akan menyelenggarakan {{event.name}} pada tanggal {{event.dates}} di {{event.venue}} secara {{event.mode}}.

Kegiatan bertema "{{event.theme}}" ini akan diikuti oleh {{participants.count}} peserta dari {{countries.count}} negara dan wilayah, yaitu {{countries.list}}.

"[Kutipan pejabat tentang tujuan kegiatan]," ujar {{official.position}}, {{official.name}}.

Kegiatan ini akan membahas:

1. [Topik pertama]
2. [Topik kedua]
3. [Topik ketiga]

[Kontak media]`

const announcementEn = `# {{event.name}}

{{release.dateline}} – {{event.organisers}} will hold the {{event.name}} from {{event.dates}} in {{event.venue}}, in {{event.mode}} format.

Under the theme "{{event.theme}}", the event will bring together {{participants.count}} participants from {{countries.count}} countries and territories: {{countries.list}}.

"[Quote from the official on the purpose of the event]," said {{official.position}}, {{official.name}}.

The event will address:

1. [First topic]
2. [Second topic]
3. [Third topic]

[Media contact]`

const releaseId = `# {{event.name}}

{{release.dateline}} – {{event.organisers}} telah menyelenggarakan {{event.name}} pada tanggal {{event.dates}} secara {{event.mode}}.

Kegiatan ini diperuntukkan bagi pejabat pemerintah negara dan wilayah, yaitu {{countries.list}}.

Kegiatan bertema "{{event.theme}}" ini berlangsung selama {{event.days}} hari dan diikuti oleh {{participants.count}} peserta dari {{countries.count}} negara dan wilayah, {{participants.inPerson}} di antaranya hadir langsung dan {{participants.online}} secara daring.

"[Kutipan pejabat]," ungkap {{official.position}}, {{official.name}}.

Kegiatan ini mengidentifikasi beberapa area fokus utama, yaitu:

1. [Area fokus pertama]
2. [Area fokus kedua]
3. [Area fokus ketiga]

[Kegiatan selanjutnya dan kontak media]`

const releaseEn = `# {{event.name}}

{{release.dateline}} – {{event.organisers}} held the {{event.name}} from {{event.dates}} in {{event.mode}} format.

The event was designed for government officials of countries and territories including {{countries.list}}.

Under the theme "{{event.theme}}", the {{event.days}}-day event brought together {{participants.count}} participants from {{countries.count}} countries and territories, {{participants.inPerson}} of them in person and {{participants.online}} online.

"[Quote from the official]," said {{official.position}}, {{official.name}}.

The event identified key focus areas:

1. [First focus area]
2. [Second focus area]
3. [Third focus area]

[Next steps and media contact]`

const socialId = `{{event.name}} berlangsung {{event.dates}} bersama {{participants.count}} peserta dari {{countries.count}} negara dan wilayah. [Pesan utama] [tagar]`

const socialEn = `The {{event.name}} runs {{event.dates}} with {{participants.count}} participants from {{countries.count}} countries and territories. [Key message] [hashtags]`

export const starterTemplates: readonly StarterTemplate[] = [
  { id: 'announcement', kind: 'announcement', texts: { id: announcementId, en: announcementEn } },
  { id: 'release', kind: 'release', texts: { id: releaseId, en: releaseEn } },
  { id: 'social', kind: 'social', texts: { id: socialId, en: socialEn } },
]

/** Lines above a release's body, in the release's language. Social posts have none. */
export function releaseHeader(kind: ReleaseKind, lang: PressLang, number: string): string[] {
  if (kind === 'social') return []
  const label = lang === 'id' ? 'SIARAN PERS' : 'PRESS RELEASE'
  const no = number.trim()
  return no ? [label, `No. ${no}`] : [label]
}

/** The usual limit of a social-media post, in characters. */
export const SOCIAL_POST_LIMIT = 280
