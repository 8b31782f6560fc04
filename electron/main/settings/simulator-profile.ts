/**
 * Development and tests only (never in a packaged app): `GATEHOUSE_SIMULATOR_URL` (and optionally
 * `GATEHOUSE_SIMULATOR_TOKEN`, `GATEHOUSE_SIMULATOR_FINGERPRINT`) point the app at the bundled ZKBio
 * simulator without going through the wizard. The token is held in memory for the session only.
 */
import type { CredentialService } from '../credentials/credential-service'
import { createLogger } from '../log'
import { isValidFingerprint, normaliseFingerprint } from '../zkbio/transport/tls-trust'
import { newProfileId, normaliseServerUrl } from './profile-service'
import type { SettingsService } from './settings-service'

const log = createLogger('settings')
export const SIMULATOR_DEFAULT_TOKEN = 'gatehouse-sim-token'

export function applySimulatorProfile(
  env: Record<string, string | undefined>,
  settings: SettingsService,
  credentials: Pick<CredentialService, 'holdForSession'>,
): string | null {
  const raw = env.GATEHOUSE_SIMULATOR_URL
  if (!raw) return null
  let url: string
  try {
    url = normaliseServerUrl(raw)
  } catch {
    log.warn('GATEHOUSE_SIMULATOR_URL is not a URL; ignored')
    return null
  }
  const fingerprint = env.GATEHOUSE_SIMULATOR_FINGERPRINT
  const tls =
    fingerprint && isValidFingerprint(fingerprint)
      ? { mode: 'fingerprint' as const, fingerprint256: normaliseFingerprint(fingerprint) }
      : { mode: 'system' as const }
  const current = settings.get()
  const existing = current.profiles.find((p) => p.url === url)
  const id = existing?.id ?? newProfileId()
  credentials.holdForSession(id, env.GATEHOUSE_SIMULATOR_TOKEN || SIMULATOR_DEFAULT_TOKEN, { url, tls })
  const profile = {
    id,
    name: existing?.name ?? 'Simulator',
    url,
    tls,
    serverUtcOffsetMinutes: existing?.serverUtcOffsetMinutes ?? null,
  }
  settings.update({
    profiles: existing
      ? current.profiles.map((p) => (p.id === id ? profile : p))
      : [...current.profiles, profile],
    activeProfileId: id,
  })
  log.info('using the ZKBio simulator from the environment', { url })
  return id
}
