/**
 * Builds the settings + credentials + connection domain in one go and wires its events: every change
 * to settings or a token reaches the renderer as `settings.changed`, every change of the link as
 * `connection.changed`, every capability detection as `connection.capabilitiesChanged`.
 */
import { runSafely } from '../app/safe-timer'
import { createConnectionHandlers } from '../connection/connection-handlers'
import {
  createConnectionService,
  type ConnectionService,
  type ConnectionTiming,
} from '../connection/connection-service'
import type { ServerLinkFactory } from '../connection/server-link'
import { createCredentialService, type CredentialService } from '../credentials/credential-service'
import type { SafeStorageLike } from '../credentials/encrypted-file-store'
import { createKeytarStore, type KeytarStore } from '../credentials/keytar-store'
import type { Handlers } from '../ipc/validated-ipc-main'
import { createLogger } from '../log'
import type { CoreServices } from '../services'
import { createProfileService, type ProfileService } from './profile-service'
import { buildSettingsView, createSettingsHandlers } from './settings-handlers'
import { applySimulatorProfile } from './simulator-profile'

const log = createLogger('settings')

export interface SettingsDomainOptions {
  safeStorage: SafeStorageLike | null
  keychain?: KeytarStore
  createLink?: ServerLinkFactory
  timing?: Partial<ConnectionTiming>
  /**
   * Environment for the development/test simulator profile (GATEHOUSE_SIMULATOR_URL...). Pass it only
   * when the app is not packaged.
   */
  developmentEnv?: Record<string, string | undefined>
}

type DomainChannels =
  keyof ReturnType<typeof createSettingsHandlers> | keyof ReturnType<typeof createConnectionHandlers>

export interface SettingsDomain {
  handlers: Pick<Handlers, DomainChannels>
  connection: ConnectionService
  credentials: CredentialService
  profiles: ProfileService
  /** Starts the connection (first health check). */
  start(): Promise<void>
  stop(): void
}

export function createSettingsDomain(
  core: Pick<CoreServices, 'settings' | 'userDataDir' | 'emit'>,
  options: SettingsDomainOptions,
): SettingsDomain {
  const credentials = createCredentialService({
    keychain:
      options.keychain ??
      // Test-only (never in a packaged app): parallel test instances share one OS keychain, so each
      // user-data folder gets its own keychain service and one instance never reads another's secrets.
      createKeytarStore(
        options.developmentEnv?.GATEHOUSE_TEST_KEYCHAIN_SERVICE
          ? { service: options.developmentEnv.GATEHOUSE_TEST_KEYCHAIN_SERVICE }
          : {},
      ),
    userDataDir: core.userDataDir,
    safeStorage: options.safeStorage,
    fallbackConsent: () => core.settings.get().credentialFallbackConsent,
  })
  const profiles = createProfileService(core.settings, credentials)
  const connection = createConnectionService({
    settings: core.settings,
    credentials,
    ...(options.createLink ? { createLink: options.createLink } : {}),
    ...(options.timing ? { timing: options.timing } : {}),
  })
  const deps = { settings: core.settings, profiles, credentials }

  const publishSettings = () => {
    buildSettingsView(deps).then(
      (view) => core.emit('settings.changed', view),
      (error: unknown) => log.warn('could not publish the settings', { error }),
    )
  }
  let consent = core.settings.get().credentialFallbackConsent
  const unsubscribers = [
    core.settings.onChange(publishSettings),
    core.settings.onChange((settings) => {
      // Consent withdrawn: the tokens it covered go too (the admin enters them again if needed).
      if (consent && !settings.credentialFallbackConsent && credentials.deleteFallbackFile()) {
        runSafely('connection reload', () => connection.reload())
      }
      consent = settings.credentialFallbackConsent
    }),
    profiles.onTokenChanged((profileId) => {
      publishSettings()
      if (profileId === core.settings.get().activeProfileId)
        runSafely('connection reload', () => connection.reload())
    }),
    connection.onChange((status) => core.emit('connection.changed', status)),
    connection.onCapabilitiesChange((view) => core.emit('connection.capabilitiesChanged', view)),
  ]

  return {
    handlers: {
      ...createSettingsHandlers(deps),
      ...createConnectionHandlers({
        connection,
        settings: core.settings,
        credentials,
        ...(options.createLink ? { createLink: options.createLink } : {}),
      }),
    },
    connection,
    credentials,
    profiles,
    async start() {
      if (options.developmentEnv) applySimulatorProfile(options.developmentEnv, core.settings, credentials)
      await connection.start()
    },
    stop() {
      for (const unsubscribe of unsubscribers) unsubscribe()
      connection.stop()
    },
  }
}
