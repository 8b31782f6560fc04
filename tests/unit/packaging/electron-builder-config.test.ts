import { readFileSync, existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import Ajv from 'ajv'
import yaml from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { APP_ID, PRODUCT_NAME } from '../../../electron/main/app/identity'

const require = createRequire(import.meta.url)
const root = join(dirname(new URL(import.meta.url).pathname), '../../..')
const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, any>

describe('electron-builder.yml', () => {
  it("validates against electron-builder's own configuration schema", () => {
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'))
    const ajv = new Ajv({ allErrors: true, strict: false })
    const validate = ajv.compile(schema)
    const valid = validate(config)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
    // The validator has teeth: a misspelt fuse is refused.
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } })).toBe(false)
  })

  it('uses the appId the app sets as its AppUserModelId, and the product name', () => {
    expect(config.appId).toBe(APP_ID)
    expect(config.productName).toBe(PRODUCT_NAME)
  })

  it('builds AppImage + deb, NSIS and dmg, inside an asar', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']))
    expect(config.win.target).toContain('nsis')
    expect(config.mac.target).toContain('dmg')
    expect(config.asar).toBe(true)
  })

  it('turns the Electron fuses the security guide asks for', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    })
  })

  it('explains the camera on macOS and points at icons that exist', () => {
    expect(config.mac.extendInfo.NSCameraUsageDescription).toMatch(/camera/i)
    for (const icon of [config.mac.icon, config.win.icon, join(config.linux.icon, '512x512.png')]) {
      expect(existsSync(join(root, icon)), icon).toBe(true)
    }
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(existsSync(join(root, `resources/icons/${size}x${size}.png`))).toBe(true)
    }
    expect(existsSync(join(root, 'resources/alarm.wav'))).toBe(true)
  })
})
