/**
 * Builds the settings/credentials/connection domain the way main does, against a temp folder, with
 * every value that would reach the renderer recorded (events through the contract's schemas, invoke
 * results through the real `dispatch`).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IpcMainInvokeEvent } from 'electron'
import {
  events,
  type ChannelName,
  type EventName,
  type RequestOf,
  type ResponseOf,
} from '../../../electron/shared/contract/index'
import type { Result } from '../../../electron/shared/result'
import { APP_ORIGIN } from '../../../electron/main/app/identity'
import type { ConnectionTiming } from '../../../electron/main/connection/connection-service'
import type { SafeStorageLike } from '../../../electron/main/credentials/encrypted-file-store'
import { createKeytarStore, type KeytarStore } from '../../../electron/main/credentials/keytar-store'
import type { EmitEvent } from '../../../electron/main/ipc/event-sink'
import { dispatch, type Handler } from '../../../electron/main/ipc/validated-ipc-main'
import { createSettingsDomain, type SettingsDomain } from '../../../electron/main/settings/settings-domain'
import { createSettingsService, type SettingsService } from '../../../electron/main/settings/settings-service'
import {
  safeStorage as harnessSafeStorage,
  setEncryptionAvailable,
} from '../../harness/electron-double/safe-storage'

/** A keychain that fails exactly as keytar does on a Linux box without D-Bus/Secret Service. */
export function keychainWithoutDaemon(): KeytarStore {
  return createKeytarStore({
    load: async () => ({
      getPassword: async () => {
        throw new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')
      },
      setPassword: async () => {
        throw new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')
      },
      deletePassword: async () => {
        throw new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')
      },
    }),
  })
}

/** The harness's safeStorage (real AES-GCM) switched on: a computer with an OS encryption key. */
export function workingSafeStorage(): SafeStorageLike {
  setEncryptionAvailable(true)
  return harnessSafeStorage
}

export interface Recorded {
  events: { name: string; payload: unknown }[]
  responses: unknown[]
}

export interface TestDomain {
  dir: string
  settings: SettingsService
  domain: SettingsDomain
  recorded: Recorded
  invoke<C extends ChannelName>(channel: C, request?: RequestOf<C>): Promise<Result<ResponseOf<C>>>
  dispose(): void
}

export const FAST_TIMING: Partial<ConnectionTiming> = {
  healthIntervalMs: 300,
  baseRetryMs: 60,
  maxRetryMs: 300,
  checkTimeoutMs: 3000,
}

export function createTestDomain(
  options: {
    keychain?: KeytarStore
    safeStorage?: SafeStorageLike | null
    timing?: Partial<ConnectionTiming>
    /** The user-data folder (e.g. a small tmpfs in the fault suite); default a new temp folder. */
    dir?: string
  } = {},
): TestDomain {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'gatehouse-settings-'))
  const settings = createSettingsService({ cwd: dir })
  const recorded: Recorded = { events: [], responses: [] }
  const emit: EmitEvent = (name: EventName, payload) => {
    // What the real event sink does: validate against the contract, send the parsed value.
    const checked = events[name].payload.parse(payload)
    recorded.events.push({ name, payload: checked })
  }
  const domain = createSettingsDomain(
    { settings, userDataDir: dir, emit },
    {
      safeStorage: options.safeStorage === undefined ? null : options.safeStorage,
      keychain: options.keychain ?? keychainWithoutDaemon(),
      timing: options.timing ?? FAST_TIMING,
    },
  )
  const sender = {
    senderFrame: { url: `${APP_ORIGIN}/index.html`, parent: null },
    sender: { id: 1 },
  } as unknown as IpcMainInvokeEvent
  return {
    dir,
    settings,
    domain,
    recorded,
    async invoke(channel, request) {
      const handler = domain.handlers[channel as keyof typeof domain.handlers] as unknown as Handler<
        typeof channel
      >
      const result = await dispatch(channel, handler, sender, request, [APP_ORIGIN])
      recorded.responses.push(result)
      return result
    },
    dispose() {
      domain.stop()
      if (!options.dir) rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Resolves when `predicate` holds for the domain's connection status (polls; the loop is fast in tests). */
export async function waitForStatus(
  domain: SettingsDomain,
  predicate: (s: ReturnType<SettingsDomain['connection']['current']>) => boolean,
  timeoutMs = 8000,
): Promise<ReturnType<SettingsDomain['connection']['current']>> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    const status = domain.connection.current()
    if (predicate(status)) return status
    await new Promise((r) => setTimeout(r, 25))
  }
  throw new Error(`status never matched; last: ${JSON.stringify(domain.connection.current())}`)
}
