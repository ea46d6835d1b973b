import { describe, expect, it } from 'vitest'
import { parseZoomLink } from './zoom-link'

describe('parseZoomLink', () => {
  it.each([
    ['https://us02web.zoom.us/j/85012345678?pwd=abc', '85012345678', 'abc'],
    ['https://zoom.us/j/850123456', '850123456', null],
    ['https://kemlu.zoomgov.com/w/1601234567?tk=x&pwd=Q1dXbzR.1', '1601234567', 'Q1dXbzR.1'],
    ['https://zoom.us/j/85012345678/?pwd=', '85012345678', null],
  ])('%s', (url, meetingId, passcode) => {
    expect(parseZoomLink(url)).toEqual({ meetingId, passcode })
  })

  it.each([
    'https://zoom.us/meeting/85012345678',
    'https://zoom.us/j/abc',
    'https://zoom.us/j/1234',
    'https://zoom.us/j/85012345678/extra',
    'https://teams.live.com/j/85012345678',
    'https://zoom.us.evil.example/j/85012345678?pwd=abc',
    'http://zoom.us/j/85012345678',
  ])('null for %s', (url) => {
    expect(parseZoomLink(url)).toBeNull()
  })
})
