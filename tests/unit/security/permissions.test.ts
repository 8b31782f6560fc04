import { describe, expect, it } from 'vitest'
import { APP_ORIGIN } from '../../../electron/main/app/identity'
import { allowPermissionCheck, allowPermissionRequest } from '../../../electron/main/security/permissions'
import { appOrigins, isAppUrl, originOf } from '../../../electron/main/security/origin'
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security/csp'

const origins = [APP_ORIGIN]
const page = `${APP_ORIGIN}/index.html#/reception`

describe('permission policy', () => {
  it('allows the camera for the app page only', () => {
    expect(allowPermissionRequest('media', page, ['video'], origins)).toBe(true)
    expect(allowPermissionRequest('media', 'https://evil.example/', ['video'], origins)).toBe(false)
  })

  it('refuses the microphone, even together with the camera', () => {
    expect(allowPermissionRequest('media', page, ['audio'], origins)).toBe(false)
    expect(allowPermissionRequest('media', page, ['video', 'audio'], origins)).toBe(false)
    expect(allowPermissionRequest('media', page, [], origins)).toBe(false)
    expect(allowPermissionRequest('media', page, undefined, origins)).toBe(false)
  })

  it.each([
    'geolocation',
    'notifications',
    'clipboard-read',
    'midi',
    'hid',
    'serial',
    'usb',
    'openExternal',
    'fullscreen',
  ])('refuses %s', (permission) => {
    expect(allowPermissionRequest(permission, page, ['video'], origins)).toBe(false)
    expect(allowPermissionCheck(permission, APP_ORIGIN, 'video', origins)).toBe(false)
  })

  it('answers permission checks the same way', () => {
    expect(allowPermissionCheck('media', APP_ORIGIN, 'video', origins)).toBe(true)
    expect(allowPermissionCheck('media', APP_ORIGIN, 'audio', origins)).toBe(false)
    expect(allowPermissionCheck('media', 'https://evil.example', 'video', origins)).toBe(false)
  })
})

describe('origins', () => {
  it('compares custom-scheme origins by scheme and host', () => {
    expect(originOf('app://gatehouse/a/b?c')).toBe('app://gatehouse')
    expect(originOf('not a url')).toBeNull()
    expect(isAppUrl('app://gatehouse/index.html', origins)).toBe(true)
    expect(isAppUrl('app://gatehouse.evil/index.html', origins)).toBe(false)
    expect(appOrigins('http://localhost:5173/')).toEqual([APP_ORIGIN, 'http://localhost:5173'])
  })
})

describe('content security policy', () => {
  it('allows data:/blob: images and nothing remote', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/)
        return [name, values]
      }),
    )
    expect(directives['default-src']).toEqual(["'none'"])
    expect(directives['script-src']).toEqual(["'self'"])
    expect(directives['img-src']).toEqual(expect.arrayContaining(['data:', 'blob:']))
    for (const values of Object.values(directives) as string[][]) {
      for (const value of values) expect(value).not.toMatch(/^(https?:|\*|wss?:)/)
    }
  })
})
