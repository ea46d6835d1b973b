import { describe, expect, it } from 'vitest'
import { APP_ORIGIN, devServerUrl, isTrustedUrl, originOf, trustedOrigins } from './app-origin'

describe('originOf', () => {
  it.each([
    ['app://sekretariat/index.html', 'app://sekretariat'],
    ['APP://Sekretariat/x', 'app://sekretariat'],
    ['http://localhost:5173/src/main.tsx', 'http://localhost:5173'],
    ['https://zoom.us:443/j/1', 'https://zoom.us'],
    ['file:///etc/passwd', null],
    ['data:text/html,x', null],
    ['about:blank', null],
    ['javascript:alert(1)', null],
    ['not a url', null],
  ])('%s → %s', (url, origin) => {
    expect(originOf(url)).toBe(origin)
  })
})

describe('trusted origins', () => {
  it('is the app origin alone when packaged, plus the dev server in development', () => {
    expect(trustedOrigins(undefined)).toEqual([APP_ORIGIN])
    expect(trustedOrigins('http://localhost:5173/')).toEqual([APP_ORIGIN, 'http://localhost:5173'])
  })

  it('matches whole origins only', () => {
    const origins = trustedOrigins(undefined)
    expect(isTrustedUrl('app://sekretariat/index.html', origins)).toBe(true)
    expect(isTrustedUrl('app://sekretariat.evil/index.html', origins)).toBe(false)
    expect(isTrustedUrl('app://sekretariat:8080/index.html', origins)).toBe(false)
    expect(isTrustedUrl('app://evil/sekretariat', origins)).toBe(false)
  })
})

describe('devServerUrl', () => {
  it('is honoured only unpackaged and only on this machine', () => {
    expect(devServerUrl('http://localhost:5173/', false)).toBe('http://localhost:5173/')
    expect(devServerUrl('http://127.0.0.1:5173', false)).toBe('http://127.0.0.1:5173/')
    expect(devServerUrl('http://localhost:5173/', true)).toBeUndefined()
    expect(devServerUrl('https://evil.example/', false)).toBeUndefined()
    expect(devServerUrl('http://localhost.evil.example/', false)).toBeUndefined()
    expect(devServerUrl('file:///tmp/index.html', false)).toBeUndefined()
    expect(devServerUrl('nonsense', false)).toBeUndefined()
    expect(devServerUrl(undefined, false)).toBeUndefined()
  })
})
