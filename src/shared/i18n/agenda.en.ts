// Agenda, virtual rooms, time zones, join instructions and attendance.
export const agendaEn = {
  'agenda.shift.dayEarlier': 'one day earlier',
  'agenda.shift.dayLater': 'one day later',
  'agenda.shift.daysEarlier': '{count} days earlier',
  'agenda.shift.daysLater': '{count} days later',
  'agenda.platform.zoom': 'Zoom',
  'agenda.platform.teams': 'Microsoft Teams',
  'agenda.platform.webex': 'Webex',
  'agenda.platform.meet': 'Google Meet',
  'agenda.platform.other': 'Other platform',
  'agenda.kind.plenary': 'Plenary',
  'agenda.kind.breakout': 'Breakout',
  'agenda.kind.self_study': 'Self-study',
  'agenda.kind.social': 'Social',
  'agenda.kind.protocol': 'Protocol',
  'agenda.ics.meetingId': 'Meeting ID',
  'agenda.ics.breakout': 'Breakout room',
  'agenda.ics.dialIn': 'Dial in',
  'agenda.ics.selfStudy': 'Self-study: there is no meeting to join.',
} as const

export type AgendaKey = keyof typeof agendaEn
