import { describe, expect, it } from 'vitest'
import { actionsFrom, isLocked, needsCheckpoint, nextStatus } from './release-model'

describe('status workflow', () => {
  it('goes draft → in review → approved, back to draft from review, and reopens', () => {
    expect(nextStatus('draft', 'submit')).toBe('review')
    expect(nextStatus('review', 'approve')).toBe('approved')
    expect(nextStatus('review', 'backToDraft')).toBe('draft')
    expect(nextStatus('approved', 'reopen')).toBe('draft')
  })

  it('refuses shortcuts', () => {
    expect(nextStatus('draft', 'approve')).toBeUndefined()
    expect(nextStatus('approved', 'submit')).toBeUndefined()
    expect(nextStatus('draft', 'reopen')).toBeUndefined()
  })

  it('offers the actions open from each status', () => {
    expect(actionsFrom('draft')).toEqual(['submit'])
    expect(actionsFrom('review')).toEqual(['approve', 'backToDraft'])
    expect(actionsFrom('approved')).toEqual(['reopen'])
  })

  it('locks approved text only', () => {
    expect(isLocked('approved')).toBe(true)
    expect(isLocked('review')).toBe(false)
    expect(isLocked('draft')).toBe(false)
  })
})

describe('needsCheckpoint', () => {
  const now = new Date('2026-08-01T10:00:00Z')
  it('keeps a version when there is none, or the last is ten minutes old', () => {
    expect(needsCheckpoint(undefined, now)).toBe(true)
    expect(needsCheckpoint('2026-08-01T09:50:00Z', now)).toBe(true)
    expect(needsCheckpoint('2026-08-01T09:51:00Z', now)).toBe(false)
    expect(needsCheckpoint('garbage', now)).toBe(true)
  })
})
