import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler, resolveInsideRoot } from './app-protocol'

let base: string
let root: string
let handle: (request: Request) => Promise<Response>
const CSP = "default-src 'self'"

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'sekretariat-protocol-'))
  root = join(base, 'renderer')
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Sekretariat</title>')
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(base, 'secret.txt'), 'do not serve')
  await writeFile(join(base, 'renderer-evil.txt'), 'sibling with a shared prefix')
  handle = createAppProtocolHandler({ rendererRoot: root, contentSecurityPolicy: CSP })
})

afterAll(async () => {
  await rm(base, { recursive: true, force: true })
})

const get = (url: string, method = 'GET') => handle(new Request(url, { method }))

describe('app:// protocol', () => {
  it('is registered as a standard, secure, fetch-capable scheme', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    })
  })

  it('serves index.html at the root with the CSP header', async () => {
    const response = await get('app://sekretariat/')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CSP)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toContain('<title>Sekretariat</title>')
  })

  it('serves module scripts with a JavaScript type and the CSP header', async () => {
    const response = await get('app://sekretariat/assets/app.js')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CSP)
  })

  it('answers HEAD without a body', async () => {
    const response = await get('app://sekretariat/index.html', 'HEAD')
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('')
  })

  it.each([
    'app://sekretariat/../secret.txt',
    'app://sekretariat/%2e%2e/secret.txt',
    'app://sekretariat/..%2fsecret.txt',
    'app://sekretariat/assets/..%2f..%2fsecret.txt',
    'app://sekretariat/%2e%2e%2fsecret.txt',
    'app://sekretariat/..%5csecret.txt',
    'app://sekretariat/..%2frenderer-evil.txt',
    'app://sekretariat/index.html%00.png',
    'app://sekretariat/%E0%A4%A',
    'app://sekretariat/assets',
    'app://sekretariat/missing.js',
    'app://elsewhere/index.html',
  ])('404 for %s', async (url) => {
    const response = await get(url)
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('do not serve')
  })

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://sekretariat/index.html', 'POST')).status).toBe(405)
  })
})

describe('resolveInsideRoot', () => {
  it('maps paths inside the root', () => {
    expect(resolveInsideRoot(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'))
    expect(resolveInsideRoot(root, '/')).toBe(join(root, 'index.html'))
  })

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/..', '/%2e%2e/x', '/a/%00', '%'])(
    'rejects %s',
    (path) => {
      expect(resolveInsideRoot(root, path)).toBeNull()
    },
  )
})
