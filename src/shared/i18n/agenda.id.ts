import type { AgendaKey } from './agenda.en'

export const agendaId: Record<AgendaKey, string> = {
  'agenda.shift.dayEarlier': 'sehari lebih awal',
  'agenda.shift.dayLater': 'sehari kemudian',
  'agenda.shift.daysEarlier': '{count} hari lebih awal',
  'agenda.shift.daysLater': '{count} hari kemudian',
  'agenda.platform.zoom': 'Zoom',
  'agenda.platform.teams': 'Microsoft Teams',
  'agenda.platform.webex': 'Webex',
  'agenda.platform.meet': 'Google Meet',
  'agenda.platform.other': 'Platform lain',
  'agenda.kind.plenary': 'Pleno',
  'agenda.kind.breakout': 'Diskusi kelompok',
  'agenda.kind.self_study': 'Belajar mandiri',
  'agenda.kind.social': 'Acara sosial',
  'agenda.kind.protocol': 'Protokoler',
  'agenda.ics.meetingId': 'ID rapat',
  'agenda.ics.breakout': 'Ruang diskusi',
  'agenda.ics.dialIn': 'Nomor telepon',
  'agenda.ics.selfStudy': 'Belajar mandiri: tidak ada rapat daring yang perlu diikuti.',
}
