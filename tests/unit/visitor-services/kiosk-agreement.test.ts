/**
 * The kiosk's visitor agreement: the standard one is shown and signed in the visitor's language; a site
 * may write its own, or have none. Settings of earlier versions stored the standard agreement's English
 * words as their text: unchanged, they become the standard agreement; changed, they stay the site's.
 */
import { describe, expect, it } from 'vitest'
import { settingsSchema } from '../../../electron/shared/settings'
import { LEGACY_AGREEMENT_TEXT, kioskSettings } from '../../../electron/shared/visitor-services-settings'

/** Settings as read from settings.json (stored kiosk settings, the rest defaulted). */
const stored = (kiosk: Record<string, unknown>) =>
  settingsSchema.parse({ visitorServices: { kiosk } }).visitorServices.kiosk

describe('kiosk agreement settings', () => {
  it('a new station has the standard agreement', () => {
    expect(kioskSettings.parse({})).toMatchObject({ agreementStandard: true, agreementText: '' })
    expect(settingsSchema.parse({}).visitorServices.kiosk.agreementStandard).toBe(true)
  })

  it("an earlier version's unchanged English text becomes the standard agreement", () => {
    expect(stored({ agreementText: LEGACY_AGREEMENT_TEXT, idleSeconds: 30 })).toMatchObject({
      agreementStandard: true,
      agreementText: '',
      idleSeconds: 30,
    })
  })

  it("a site's own text stays its own, and an emptied one still means no agreement step", () => {
    expect(stored({ agreementText: 'No photos on the factory floor.' })).toMatchObject({
      agreementStandard: false,
      agreementText: 'No photos on the factory floor.',
    })
    expect(stored({ agreementText: '' })).toMatchObject({ agreementStandard: false, agreementText: '' })
  })

  it('settings saved with the choice keep it as saved', () => {
    expect(stored({ agreementStandard: false, agreementText: LEGACY_AGREEMENT_TEXT })).toMatchObject({
      agreementStandard: false,
      agreementText: LEGACY_AGREEMENT_TEXT,
    })
    expect(stored({ agreementStandard: true, agreementText: 'kept for later' })).toMatchObject({
      agreementStandard: true,
      agreementText: 'kept for later',
    })
  })
})
