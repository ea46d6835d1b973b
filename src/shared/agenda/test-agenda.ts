import type { AgendaRoom, AgendaSession } from './model'

// Builders for agenda tests: complete records with fixed instants, overridable per test.

const AT = '2026-07-01T00:00:00.000Z'

export function session(
  overrides: Partial<AgendaSession> & Pick<AgendaSession, 'id'>,
): AgendaSession {
  return {
    eventId: 'e1',
    titleEn: `Session ${overrides.id}`,
    titleId: `Sesi ${overrides.id}`,
    kind: 'plenary',
    start: '2026-08-03T02:00:00.000Z',
    end: '2026-08-03T03:30:00.000Z',
    timeZone: 'Asia/Jakarta',
    speakerIds: [],
    moderatorIds: [],
    roomIds: [],
    description: '',
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  }
}

export function room(overrides: Partial<AgendaRoom> & Pick<AgendaRoom, 'id'>): AgendaRoom {
  return {
    eventId: 'e1',
    name: `Room ${overrides.id}`,
    platform: 'zoom',
    joinUrl: 'https://us02web.zoom.us/j/85012345678?pwd=abc',
    meetingId: '850 1234 5678',
    passcode: '4821',
    hostKey: '135790',
    dialIn: [],
    notes: '',
    scope: { kind: 'event' },
    breakouts: [],
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  }
}
