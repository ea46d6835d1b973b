// The core English messages (shell, events, settings). Feature catalogues live beside this file
// as <feature>.en.ts and <feature>.id.ts; index.ts merges them.
// Placeholders are written {name} and filled by `formatMessage`.
export const coreEn = {
  'app.name': 'Sekretariat',
  'app.tagline': 'Hybrid events, offline',
  'app.loading': 'Opening your data…',
  'app.readOnly':
    'This data was saved by a newer version of Sekretariat (schema {stored}, this app knows {known}). It is open read-only so nothing is lost: update the app to make changes.',
  'app.openFailed': 'The local database could not be opened: {reason}',
  'app.skipToContent': 'Skip to content',

  'nav.label': 'Main',
  'nav.events': 'Events',
  'nav.registry': 'Registry',
  'nav.importExport': 'Import & export',
  'nav.agenda': 'Agenda & rooms',
  'nav.press': 'Press releases',
  'nav.backups': 'Backups',
  'nav.settings': 'Settings',

  'switcher.label': 'Current event',
  'switcher.none': 'No event selected',

  'events.title': 'Events',
  'events.new': 'New event',
  'events.edit': 'Edit',
  'events.archive': 'Archive',
  'events.unarchive': 'Restore',
  'events.open': 'Open',
  'events.current': 'Current',
  'events.showArchived': 'Show archived events',
  'events.archivedBadge': 'Archived',
  'events.empty.title': 'No events yet',
  'events.empty.body':
    'Start by creating the event you are preparing: its name, dates, time zone and venue. Delegates, the agenda and press releases all hang off an event.',
  'events.created': 'Event “{name}” created',
  'events.saved': 'Event “{name}” saved',
  'events.archived': 'Event “{name}” archived',
  'events.unarchived': 'Event “{name}” restored',
  'events.undo': 'Undo',
  'events.dates': '{start} – {end}',
  'events.table.name': 'Name',
  'events.table.dates': 'Dates',
  'events.table.zone': 'Time zone',
  'events.table.venue': 'Venue',
  'events.table.mode': 'Mode',
  'events.table.actions': 'Actions',

  'eventForm.createTitle': 'New event',
  'eventForm.editTitle': 'Edit event',
  'eventForm.nameEn': 'Name in English',
  'eventForm.nameId': 'Name in Indonesian',
  'eventForm.shortName': 'Short name',
  'eventForm.shortNameHint': 'Used in file names and menus, e.g. ICDD 2026',
  'eventForm.kind': 'Kind',
  'eventForm.startDate': 'Start date',
  'eventForm.endDate': 'End date',
  'eventForm.timeZone': 'Time zone',
  'eventForm.timeZoneHint': 'Sessions are entered in this zone. Type a city, e.g. Jakarta.',
  'eventForm.venue': 'Venue',
  'eventForm.mode': 'Mode',
  'eventForm.save': 'Save event',
  'eventForm.cancel': 'Cancel',
  'eventForm.error.required': 'Required',
  'eventForm.error.endBeforeStart': 'The end date is before the start date',
  'eventForm.error.invalidZone': 'Choose a time zone from the list',
  'eventForm.error.invalidDate': 'Enter a date',
  'eventForm.error.tooLong': 'Too long',

  'eventKind.workshop': 'Workshop',
  'eventKind.conference': 'Conference',
  'eventKind.meeting': 'Meeting',
  'eventKind.training': 'Training',
  'eventKind.other': 'Other',
  'eventMode.hybrid': 'Hybrid',
  'eventMode.online': 'Online',
  'eventMode.in_person': 'In person',

  'zonePicker.noMatch': 'No time zone matches “{query}”',
  'zonePicker.options': 'Time zones',

  'area.noEvent.title': 'Choose an event first',
  'area.noEvent.body': 'This area works on one event. Create one or pick it in the event switcher.',
  'area.goToEvents': 'Go to events',
  'area.registry.body':
    'The delegate registry for {event} will live here: delegations, participants and their documents.',
  'area.importExport.body':
    'Import the spreadsheets embassies send back and export lists for {event} here.',
  'area.agenda.body':
    'The agenda and virtual rooms for {event}, in every delegate’s own time zone.',
  'area.press.body': 'Bilingual press releases for {event}, written from the registry’s facts.',
  'area.backups.body': 'Backups of everything stored on this laptop, and restore.',
  'area.notYet': 'Not available in this version yet.',

  'settings.title': 'Settings',
  'settings.language': 'Language',
  'settings.language.en': 'English',
  'settings.language.id': 'Bahasa Indonesia',
  'settings.about': 'About',
  'settings.version': 'Version {version} ({platform})',
  'settings.storage': 'All data is stored on this computer only.',

  'dialog.close': 'Close',
  'toast.dismiss': 'Dismiss',
  'toast.region': 'Notifications',
  'error.readOnly': 'Read-only: this data belongs to a newer version of the app.',
  'error.saveFailed': 'Could not save: {reason}. Your entry is still on screen.',
  'error.quota': 'The disk is full or the browser refused more storage. Nothing was deleted.',
  'progress.cancel': 'Cancel',
} as const

export type CoreKey = keyof typeof coreEn

