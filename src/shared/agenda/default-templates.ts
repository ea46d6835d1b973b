import type { Language } from '../i18n'

// The join-instruction templates an event starts with, one per language. Staff edit them per
// event; these stay as the "reset" point. Placeholders are listed in INSTRUCTION_VOCABULARY.

const en = `Dear {{recipient}},

Here is how to join {{event}}. All times below are in your time zone, {{zone}}.
{{#days}}

{{date}}
{{#sessions}}
• {{time}}{{#dayNote}} ({{dayNote}}){{/dayNote}} — {{title}}
  {{eventTime}} in {{eventZone}}
{{#selfStudy}}
  Self-study: there is no meeting to join.
{{/selfStudy}}
{{#rooms}}
  {{room}} ({{platform}}): {{link}}
{{#meetingId}}
  Meeting ID: {{meetingId}}
{{/meetingId}}
{{#passcode}}
  Passcode: {{passcode}}
{{/passcode}}
{{#breakout}}
  Your breakout room: {{breakout}}
{{/breakout}}
{{#dialIn}}
  Dial in: {{dialIn}}
{{/dialIn}}
{{/rooms}}
{{/sessions}}
{{/days}}

Please join ten minutes early to test your audio and video.
`

const id = `Yth. {{recipient}},

Berikut cara bergabung dalam {{event}}. Semua waktu di bawah ini dalam zona waktu Anda, {{zone}}.
{{#days}}

{{date}}
{{#sessions}}
• {{time}}{{#dayNote}} ({{dayNote}}){{/dayNote}} — {{title}}
  {{eventTime}} waktu {{eventZone}}
{{#selfStudy}}
  Belajar mandiri: tidak ada rapat daring yang perlu diikuti.
{{/selfStudy}}
{{#rooms}}
  {{room}} ({{platform}}): {{link}}
{{#meetingId}}
  ID rapat: {{meetingId}}
{{/meetingId}}
{{#passcode}}
  Kode sandi: {{passcode}}
{{/passcode}}
{{#breakout}}
  Ruang diskusi Anda: {{breakout}}
{{/breakout}}
{{#dialIn}}
  Nomor telepon: {{dialIn}}
{{/dialIn}}
{{/rooms}}
{{/sessions}}
{{/days}}

Mohon bergabung sepuluh menit lebih awal untuk menguji audio dan video Anda.
`

export const DEFAULT_INSTRUCTION_TEMPLATES: Readonly<Record<Language, string>> = { en, id }
